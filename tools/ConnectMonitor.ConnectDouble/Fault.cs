using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ConnectMonitor.ConnectDouble;

/// <summary>
/// One scripted misbehaviour for one request, queued on a <see cref="FaultPlan"/>. Create with the static
/// factories: modelled errors (<see cref="Throttle"/>, <see cref="AccessDenied"/>, …), raw statuses and bodies,
/// transport failures (<see cref="ConnectionReset"/>) and slowness (<see cref="Delay"/>).
/// </summary>
public abstract class Fault
{
    private protected Fault(string description) => Description = description;

    /// <summary>Short description, recorded in <see cref="RecordedRequest.Fault"/>.</summary>
    public string Description { get; }

    /// <inheritdoc />
    public override string ToString() => Description;

    internal abstract Task<FaultOutcome> ApplyAsync(FaultContext ctx);

    // ---- modelled errors (x-amzn-ErrorType with the Connect namespace, body {"Message": …}) ----

    /// <summary>429 ThrottlingException.</summary>
    public static Fault Throttle(string message = "Rate exceeded") => new ErrorFault(ConnectError.Throttling(message));
    /// <summary>500 InternalServiceException.</summary>
    public static Fault InternalError(string message = "Request processing failed because of an error or failure with the service.") => new ErrorFault(ConnectError.InternalService(message));
    /// <summary>400 InvalidRequestException.</summary>
    public static Fault InvalidRequest(string message = "The request is not valid.") => new ErrorFault(ConnectError.InvalidRequest(message));
    /// <summary>403 AccessDeniedException.</summary>
    public static Fault AccessDenied(string message = "You do not have sufficient access to perform this action.") => new ErrorFault(ConnectError.AccessDenied(message));
    /// <summary>404 ResourceNotFoundException.</summary>
    public static Fault ResourceNotFound(string message = "The specified resource was not found.") => new ErrorFault(ConnectError.ResourceNotFound(message));
    /// <summary>409 IdempotencyException.</summary>
    public static Fault Idempotency(string message = "The client token was already used with different parameters.") => new ErrorFault(ConnectError.Idempotency(message));
    /// <summary>402 ServiceQuotaExceededException.</summary>
    public static Fault ServiceQuotaExceeded(string message = "The service quota has been exceeded.") => new ErrorFault(ConnectError.ServiceQuotaExceeded(message));

    /// <summary>Any error code with any status, in the modelled error shape (Connect namespace suffix, body {"Message": …}).</summary>
    public static Fault ServiceError(string code, int status, string message) => new ErrorFault(new ConnectError(status, code, message));

    /// <summary>An error code the model does not list (default 400), in the normal error shape.</summary>
    public static Fault UnknownError(string code = "SomeFutureException", int status = 400, string message = "An error the client has never heard of.") =>
        new ErrorFault(new ConnectError(status, code, message));

    /// <summary>503 ServiceUnavailableException (not in the model; a generic AWS transient error).</summary>
    public static Fault ServiceUnavailable() =>
        new ErrorFault(new ConnectError(503, "ServiceUnavailableException", "Service is unavailable.", ConnectError.CoralServiceNamespace, "message"));

    /// <summary>An error whose code travels only in the body's "__type" (no x-amzn-ErrorType header), message in lower-case "message".</summary>
    public static Fault BodyTypedError(string code, int status, string message = "Error in body only.") =>
        new RawFault($"body-typed {status} {code}", status,
            JsonSerializer.Serialize(new Dictionary<string, string> { ["__type"] = $"com.amazonaws.connect#{code}", ["message"] = message }),
            "application/json", code);

    // ---- raw answers ----

    /// <summary>Any status with any body and content type, no x-amzn-ErrorType.</summary>
    public static Fault Status(int status, string body = "", string contentType = "text/plain") =>
        new RawFault($"status {status}", status, body, contentType, null);

    /// <summary>502 text/html page as a proxy or load balancer would send; no x-amzn-ErrorType.</summary>
    public static Fault HtmlBadGateway() => new RawFault("html 502", 502,
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n",
        "text/html", null);

    /// <summary>200 application/json with a truncated JSON body.</summary>
    public static Fault MalformedJson() => new MalformedJsonFault();

    /// <summary>200 application/json with exactly <paramref name="body"/> ("" for an empty body, "{}" for an empty object, or
    /// members of any shape: another instance's ARN, an agent's, control characters...). Nothing is performed.</summary>
    public static Fault Success200(string body) => new RawFault($"200 body {(body.Length == 0 ? "(empty)" : body.Length > 40 ? body[..40] + "…" : body)}", 200, body, "application/json", null);

    /// <summary>200 for any paged operation with every list empty and a NextToken that is always the same: pages that never end.</summary>
    public static Fault EndlessPages() => new RawFault("200 endless pages", 200,
        "{\"UserDataList\":[],\"Users\":[],\"Queues\":[],\"RoutingProfiles\":[],\"UserHierarchyGroups\":[],\"Permissions\":[],\"InstanceSummaryList\":[],\"NextToken\":\"again-and-again\"}",
        "application/json", null);

    /// <summary>200 whose body is <paramref name="bytes"/> long (a JSON string padded with spaces), streamed in chunks so
    /// the double never holds it; the client should stop reading long before the end.</summary>
    public static OversizedBodyFault OversizedBody(long bytes = 50L * 1024 * 1024) => new(bytes);

    /// <summary>An error whose message carries terminal escape sequences and control characters (clear screen, a
    /// forged line, a hidden title-setting OSC, a bell, a NUL, a bidi override).</summary>
    public static Fault HostileErrorText(string code = "AccessDeniedException", int status = 403) =>
        new ErrorFault(new ConnectError(status, code, HostileText));

    /// <summary>The text <see cref="HostileErrorText"/> sends.</summary>
    public const string HostileText = "Denied\u001b[2J\u001b[H\r\nPS C:\\> fake prompt\u001b]0;owned\u0007\u0000\u0008\u202eevil\u009b31m red";

    // ---- transport ----

    /// <summary>Performs the operation, starts a 200 answer (headers and part of the body, with a Content-Length for the
    /// whole), then cuts the connection: the client sees the answer end in mid-body.</summary>
    public static Fault CutMidBody() => new CutMidBodyFault();

    /// <summary>Aborts the connection without any response (and without performing the operation).</summary>
    public static Fault ConnectionReset() => new AbortFault(afterProcessing: false);

    /// <summary>Performs the operation normally (the world changes, the ClientToken is recorded), then aborts the
    /// connection before the response: the client sees a transport failure although the effect happened.</summary>
    public static Fault ConnectionResetAfterProcessing() => new AbortFault(afterProcessing: true);

    /// <summary>Waits <paramref name="delay"/> (cancelled when the client gives up or the server stops), then answers normally.</summary>
    public static Fault Delay(TimeSpan delay) => new DelayFault(delay);

    // ---- implementations ----

    private sealed class ErrorFault(ConnectError error) : Fault($"{error.Status} {error.Code}")
    {
        internal override async Task<FaultOutcome> ApplyAsync(FaultContext ctx)
        {
            await ResponseWriter.WriteErrorAsync(ctx.Http, ctx.RequestId, error, ctx.Cancellation).ConfigureAwait(false);
            return FaultOutcome.Answered(error.Status, error.Code);
        }
    }

    private sealed class RawFault(string description, int status, string body, string contentType, string? recordedCode) : Fault(description)
    {
        internal override async Task<FaultOutcome> ApplyAsync(FaultContext ctx)
        {
            ctx.Http.Items[ResponseWriter.RecordedErrorCodeItem] = recordedCode;
            await ResponseWriter.WriteAsync(ctx.Http, ctx.RequestId, status, body, contentType, ctx.Cancellation).ConfigureAwait(false);
            return FaultOutcome.Answered(status, recordedCode);
        }
    }

    /// <summary>See <see cref="OversizedBody"/>; <see cref="BytesWritten"/> tells how much of the body the client took.</summary>
    public sealed class OversizedBodyFault(long bytes) : Fault($"200 oversized {bytes} bytes")
    {
        private long _written;

        /// <summary>Bytes of the body written before the client stopped reading (or all of them).</summary>
        public long BytesWritten => Interlocked.Read(ref _written);

        internal override async Task<FaultOutcome> ApplyAsync(FaultContext ctx)
        {
            var response = ctx.Http.Response;
            response.StatusCode = 200;
            response.Headers[ResponseWriter.RequestIdHeader] = ctx.RequestId;
            response.ContentType = "application/json";
            response.ContentLength = bytes;
            var head = System.Text.Encoding.UTF8.GetBytes("{\"ContactId\":\"");
            var tail = System.Text.Encoding.UTF8.GetBytes("\"}");
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)' ');
            try
            {
                // Through the pipe writer, so every chunk waits for the socket (back-pressure): what was written is what
                // the client took, plus the buffers in between, and writing stops once the client has gone.
                var writer = response.BodyWriter;
                await writer.WriteAsync(head, ctx.Cancellation).ConfigureAwait(false);
                var left = bytes - head.Length - tail.Length;
                while (left > 0)
                {
                    var n = (int)Math.Min(chunk.Length, left);
                    var flushed = await writer.WriteAsync(chunk.AsMemory(0, n), ctx.Cancellation).ConfigureAwait(false);
                    Interlocked.Add(ref _written, n);
                    left -= n;
                    if (flushed.IsCompleted || flushed.IsCanceled || ctx.Http.RequestAborted.IsCancellationRequested)
                    {
                        return FaultOutcome.Answered(200, null);
                    }
                }
                await writer.WriteAsync(tail, ctx.Cancellation).ConfigureAwait(false);
            }
            catch (Exception) when (ctx.Cancellation.IsCancellationRequested || ctx.Http.RequestAborted.IsCancellationRequested)
            {
                // The client stopped reading and closed the connection, as it should.
            }
            return FaultOutcome.Answered(200, null);
        }
    }

    private sealed class CutMidBodyFault() : Fault("cut mid-body")
    {
        internal override Task<FaultOutcome> ApplyAsync(FaultContext ctx) => Task.FromResult(FaultOutcome.ContinueThenCut);
    }

    private sealed class MalformedJsonFault() : Fault("malformed json 200")
    {
        internal override async Task<FaultOutcome> ApplyAsync(FaultContext ctx)
        {
            var body = $"{{\"ContactId\":\"{ctx.ContactId ?? "unknown"}\",\"ContactArn\":\"arn:aws:conn";
            await ResponseWriter.WriteAsync(ctx.Http, ctx.RequestId, 200, body, "application/json", ctx.Cancellation).ConfigureAwait(false);
            return FaultOutcome.Answered(200, null);
        }
    }

    private sealed class AbortFault(bool afterProcessing) : Fault(afterProcessing ? "connection reset after processing" : "connection reset")
    {
        internal override Task<FaultOutcome> ApplyAsync(FaultContext ctx) =>
            Task.FromResult(afterProcessing ? FaultOutcome.ContinueThenAbort : FaultOutcome.Abort);
    }

    private sealed class DelayFault(TimeSpan delay) : Fault($"delay {delay.TotalMilliseconds:0} ms")
    {
        internal override async Task<FaultOutcome> ApplyAsync(FaultContext ctx)
        {
            await Task.Delay(delay, ctx.Time, ctx.Cancellation).ConfigureAwait(false);
            return FaultOutcome.Continue;
        }
    }
}

/// <summary>What the pipeline does after a fault ran.</summary>
internal sealed record FaultOutcome(FaultOutcomeKind Kind, int Status = 0, string? ErrorCode = null)
{
    public static FaultOutcome Answered(int status, string? code) => new(FaultOutcomeKind.Answered, status, code);
    public static readonly FaultOutcome Continue = new(FaultOutcomeKind.Continue);
    public static readonly FaultOutcome Abort = new(FaultOutcomeKind.Abort);
    public static readonly FaultOutcome ContinueThenAbort = new(FaultOutcomeKind.ContinueThenAbort);
    public static readonly FaultOutcome ContinueThenCut = new(FaultOutcomeKind.ContinueThenCut);
}

internal enum FaultOutcomeKind { Answered, Continue, Abort, ContinueThenAbort, ContinueThenCut }

/// <summary>What a fault may use while it runs.</summary>
internal sealed record FaultContext(HttpContext Http, string RequestId, string? ContactId, TimeProvider Time, CancellationToken Cancellation);
