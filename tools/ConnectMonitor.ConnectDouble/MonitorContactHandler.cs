using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace ConnectMonitor.ConnectDouble;

/// <summary>
/// The request pipeline: route → SigV4 → rate limit and scripted faults → body validation → world semantics,
/// with latency before every answer, and every request recorded however it ends.
/// </summary>
internal sealed class MonitorContactHandler
{
    private const string Route = "/contact/monitor";
    private readonly ConnectDoubleOptions _options;
    private readonly SigV4Verifier _verifier;
    private readonly ConnectWorld _world;
    private readonly FaultPlan _faults;
    private readonly RequestLog _log;
    private readonly Action _onLimitReached;
    private readonly CancellationToken _stopping;
    private int _count;

    public MonitorContactHandler(ConnectDoubleOptions options, SigV4Verifier verifier, ConnectWorld world, FaultPlan faults,
        RequestLog log, Action onLimitReached, CancellationToken stopping)
    {
        (_options, _verifier, _world, _faults, _log, _onLimitReached, _stopping) = (options, verifier, world, faults, log, onLimitReached, stopping);
    }

    private TimeProvider Time => _options.TimeProvider;

    public async Task HandleAsync(HttpContext ctx)
    {
        var receivedAt = Time.GetUtcNow();
        var requestId = Guid.NewGuid().ToString();
        var number = Interlocked.Increment(ref _count);
        _log.Arrived();
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ctx.RequestAborted, _stopping);
        var ct = cts.Token;

        var raw = ctx.Features.Get<IHttpRequestFeature>()?.RawTarget ?? (ctx.Request.Path + ctx.Request.QueryString).ToString();
        var q = raw.IndexOf('?');
        var rawPath = q < 0 ? raw : raw[..q];
        var rawQuery = q < 0 ? "" : raw[q..];

        var status = 0;
        string? errorCode = null;
        string? faultDescription = null;
        var replay = false;
        string? answered = null;
        SigV4Result? sig = null;
        ParsedBody? parsed = null;
        byte[] body = [];
        // Record each request before its answer leaves the double (just before the response starts, or before an
        // abort), so a client that has seen the answer, or the reset, always finds the request in the log.
        var recorded = 0;
        void RecordOnce(int answeredStatus, string? answeredError)
        {
            if (Interlocked.Exchange(ref recorded, 1) == 0)
            {
                Record(ctx, number, receivedAt, requestId, rawPath, rawQuery, body, sig, parsed, answeredStatus, answeredError, faultDescription, replay, answered);
            }
        }
        void AbortAndRecord()
        {
            RecordOnce(0, null);
            ctx.Abort();
        }
        ctx.Response.OnStarting(() =>
        {
            RecordOnce(ctx.Response.StatusCode, ctx.Items.TryGetValue(ResponseWriter.RecordedErrorCodeItem, out var code) ? code as string : null);
            return Task.CompletedTask;
        });
        try
        {
            body = await ReadBodyAsync(ctx, ct).ConfigureAwait(false);
            if (body.Length > _options.MaxBodyBytes)
            {
                (status, errorCode) = await AnswerAsync(ctx, requestId, new ConnectError(413, "RequestEntityTooLargeException", "The request body is too large.", ConnectError.CoralServiceNamespace, "message"), ct);
                return;
            }
            var latency = _faults.Latency;
            if (latency > TimeSpan.Zero) await Task.Delay(latency, Time, ct).ConfigureAwait(false);

            if (number > _options.MaxRequests)
            {
                // Answer first: stopping the host before the 503 is written would reset the connection instead.
                (status, errorCode) = await AnswerAsync(ctx, requestId, ConnectError.Unavailable(), ct);
                await ctx.Response.CompleteAsync().ConfigureAwait(false);
                _onLimitReached();
                return;
            }
            var supervisor = SupervisorOperation.Match(ctx.Request.Method, rawPath);
            var readiness = supervisor is null ? ReadinessOperation.Match(ctx.Request.Method, rawPath) : null;
            if (supervisor is null && readiness is null && (!HttpMethods.IsPost(ctx.Request.Method) || !string.Equals(rawPath, Route, StringComparison.Ordinal)))
            {
                (status, errorCode) = await AnswerAsync(ctx, requestId, ConnectError.UnknownOperation(), ct);
                return;
            }

            parsed = MonitorContactValidator.Parse(body);
            sig = _verifier.Verify(ctx.Request.Method, rawPath, rawQuery, name => ctx.Request.Headers[name].Where(v => v is not null).ToArray()!, body);
            if (sig.Error is { } authError)
            {
                (status, errorCode) = await AnswerAsync(ctx, requestId, authError, ct);
                return;
            }

            var abortAfterProcessing = false;
            var cutMidBody = false;
            if (!_faults.TryAcquire(Time))
            {
                faultDescription = "rate limit";
                (status, errorCode) = await AnswerAsync(ctx, requestId, ConnectError.Throttling(), ct);
                return;
            }
            var operation = supervisor?.Name ?? readiness?.Name ?? "MonitorContact";
            if (!_options.OperationQuotas.TryAcquire(operation, Time))
            {
                faultDescription = operation + " quota";
                (status, errorCode) = await AnswerAsync(ctx, requestId, ConnectError.Throttling(), ct);
                return;
            }
            if (_faults.Take(supervisor?.Name ?? readiness?.Name ?? parsed.ContactId) is { } fault)
            {
                faultDescription = fault.Description;
                var outcome = await fault.ApplyAsync(new FaultContext(ctx, requestId, parsed.ContactId, Time, ct)).ConfigureAwait(false);
                switch (outcome.Kind)
                {
                    case FaultOutcomeKind.Answered:
                        (status, errorCode) = (outcome.Status, outcome.ErrorCode);
                        return;
                    case FaultOutcomeKind.Abort:
                        AbortAndRecord();
                        return;
                    case FaultOutcomeKind.ContinueThenAbort:
                        abortAfterProcessing = true;
                        break;
                    case FaultOutcomeKind.ContinueThenCut:
                        cutMidBody = true;
                        break;
                }
            }

            if (supervisor is not null || readiness is not null)
            {
                var signedFor = sig.SigningRegion ?? TestCredentials.Region;
                var (json, failure) = supervisor is not null
                    ? supervisor.Handle(rawPath, rawQuery, body, _world, signedFor, _options.AccountId)
                    : readiness!.Handle(rawQuery, _world, signedFor, _options.AccountId);
                if (abortAfterProcessing) { ctx.Abort(); return; }
                if (failure is not null) { (status, errorCode) = await AnswerAsync(ctx, requestId, failure, ct); return; }
                if (cutMidBody)
                {
                    await ResponseWriter.WriteCutAsync(ctx, requestId, json!, ct).ConfigureAwait(false);
                    ctx.Abort();
                    status = 200;
                    return;
                }
                await ResponseWriter.WriteAsync(ctx, requestId, 200, json!, "application/json", ct).ConfigureAwait(false);
                status = 200;
                return;
            }

            var (request, invalid) = MonitorContactValidator.Validate(parsed);
            if (invalid is not null)
            {
                if (abortAfterProcessing) { AbortAndRecord(); return; }
                (status, errorCode) = await AnswerAsync(ctx, requestId, invalid, ct);
                return;
            }
            var region = sig.SigningRegion ?? TestCredentials.Region;
            var (result, error, isReplay) = _world.Monitor(request!, PartitionOf(region), region, _options.AccountId, receivedAt);
            replay = isReplay;
            if (abortAfterProcessing) { AbortAndRecord(); return; }
            if (error is not null)
            {
                (status, errorCode) = await AnswerAsync(ctx, requestId, error, ct);
                return;
            }
            answered = result!.ContactId;
            if (cutMidBody)
            {
                await ResponseWriter.WriteSuccessCutAsync(ctx, requestId, result!, ct).ConfigureAwait(false);
                ctx.Abort();
                status = 200;
                return;
            }
            await ResponseWriter.WriteSuccessAsync(ctx, requestId, result!, ct).ConfigureAwait(false);
            status = 200;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            status = 0; // client gave up or the server is stopping: answer nothing (never an empty 200)
            ctx.Abort();
        }
        catch (Exception e) when (!ctx.Response.HasStarted)
        {
            (status, errorCode) = await AnswerAsync(ctx, requestId, ConnectError.InternalService($"Connect double bug: {e.GetType().Name}: {e.Message}"), CancellationToken.None);
        }
        finally
        {
            RecordOnce(status, errorCode); // the client gave up, or nothing was answered
        }
    }


    /// <summary>Partition of a region: aws-cn for cn-*, aws-us-gov for us-gov-*, aws-iso(-b) for us-iso(b)-*, else aws.</summary>
    internal static string PartitionOf(string region) =>
        region.StartsWith("cn-", StringComparison.Ordinal) ? "aws-cn"
        : region.StartsWith("us-gov-", StringComparison.Ordinal) ? "aws-us-gov"
        : region.StartsWith("us-isob-", StringComparison.Ordinal) ? "aws-iso-b"
        : region.StartsWith("us-iso-", StringComparison.Ordinal) ? "aws-iso"
        : "aws";

    private static async Task<(int, string?)> AnswerAsync(HttpContext ctx, string requestId, ConnectError error, CancellationToken ct)
    {
        await ResponseWriter.WriteErrorAsync(ctx, requestId, error, ct).ConfigureAwait(false);
        return (error.Status, error.Code);
    }

    private async Task<byte[]> ReadBodyAsync(HttpContext ctx, CancellationToken ct)
    {
        using var ms = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await ctx.Request.Body.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
        {
            ms.Write(buffer, 0, read);
            if (ms.Length > _options.MaxBodyBytes) break;
        }
        return ms.ToArray();
    }

    private void Record(HttpContext ctx, long number, DateTimeOffset receivedAt, string requestId, string rawPath, string rawQuery, byte[] body,
        SigV4Result? sig, ParsedBody? parsed, int status, string? errorCode, string? fault, bool replay, string? answered)
    {
        parsed ??= body.Length > 0 ? MonitorContactValidator.Parse(body) : new ParsedBody();
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var h in ctx.Request.Headers) headers[h.Key] = h.Value.ToString();
        var r = new RecordedRequest
        {
            ReceivedAt = receivedAt,
            Method = ctx.Request.Method,
            Path = rawPath,
            Query = rawQuery,
            Headers = headers,
            Body = System.Text.Encoding.UTF8.GetString(body),
            AccessKeyId = sig?.AccessKeyId,
            SigningRegion = sig?.SigningRegion,
            SigningService = sig?.SigningService,
            SignatureValid = sig?.IsValid ?? false,
            HasSecurityToken = sig?.HasSecurityToken ?? ctx.Request.Headers.ContainsKey("X-Amz-Security-Token"),
            InstanceId = parsed.InstanceId,
            ContactId = parsed.ContactId,
            UserId = parsed.UserId,
            AllowedMonitorCapabilities = parsed.AllowedMonitorCapabilities,
            ClientToken = parsed.ClientToken,
            ResponseStatus = status,
            ErrorCode = errorCode,
            Fault = fault,
            IdempotentReplay = replay,
            AnsweredContactId = answered,
            RequestId = requestId,
            Sequence = number,
        };
        // Log before recording, so a test that waits for the recorded request also sees its log line.
        _options.Log?.Invoke(string.Create(CultureInfo.InvariantCulture,
            $"{r.ReceivedAt:yyyy-MM-ddTHH:mm:ss.fffZ} key={r.AccessKeyId ?? "-"} {r.Method} {r.Path} contact={r.ContactId ?? "-"} status={(r.ResponseStatus == 0 ? "aborted" : r.ResponseStatus)} error={r.ErrorCode ?? "-"}{(r.Fault is null ? "" : $" fault=\"{r.Fault}\"")}{(r.IdempotentReplay ? " replay" : "")}{(r.AnsweredContactId is null ? "" : $" answered={r.AnsweredContactId}")} requestId={r.RequestId}"));
        _log.Add(r);
    }
}
