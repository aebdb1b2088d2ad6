using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using ConnectMonitor.Engine.Connect;
using ConnectMonitor.Engine.Errors;
using ConnectMonitor.Engine.Monitoring;
using ConnectMonitor.Engine.Pacing;
using ConnectMonitor.Engine.Sessions;

namespace ConnectMonitor.Engine.Calls
{
    /// <summary>
    /// The one way every operation is sent (MonitorContact, the lookups, any operation added later): through the
    /// session's client for the call's region (credentials and region resolved and checked first, waits end at Stop;
    /// the client's own pipeline paces every call by the pipeline's limiter for (endpoint, operation) with the
    /// pipeline's retry budget), its answer checked for shape (a body too big to read whole is an invalid answer;
    /// empty, cut, not-JSON and missing required lists are caught by the operation's
    /// <see cref="ConnectReadUnmarshaller{TResponse}"/>), and every failure translated by
    /// <see cref="ServiceErrorTranslator"/> into a documented id. Thread-safe.
    /// </summary>
    internal sealed class ConnectCallPath
    {
        private readonly ConnectSession _session;
        private readonly ConcurrentDictionary<string, int> _sent = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);

        /// <summary>A call path over <paramref name="session"/> (whose clients carry the pipeline's pacing).</summary>
        public ConnectCallPath(ConnectSession session)
        {
            _session = session ?? throw new ArgumentNullException(nameof(session));
        }

        /// <summary>Calls sent so far on this path, per operation (a page is a call; retries of a call are not counted again).</summary>
        public IReadOnlyDictionary<string, int> CallsSent() => new Dictionary<string, int>(_sent, StringComparer.Ordinal);

        /// <summary>
        /// Sends one call of <paramref name="target"/>'s operation. Throws <see cref="ConnectServiceException"/> (every
        /// failure of the call, after the retries), <see cref="ConnectConfigurationException"/> (no call can be made) or
        /// <see cref="OperationCanceledException"/> (<paramref name="cancellationToken"/> fired). <paramref name="report"/>,
        /// when given, gets the endpoint and the attempts sent, whether the call succeeds or not.
        /// </summary>
        public async Task<TResponse> SendAsync<TResponse>(CallTarget target, AmazonWebServiceRequest request,
            Func<AmazonConnectClient, CancellationToken, Task<TResponse>> send, CancellationToken cancellationToken, CallReport report = null)
            where TResponse : AmazonWebServiceResponse
        {
            if (request == null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            await _session.EnsureReadyAsync(target.Region, cancellationToken).ConfigureAwait(false);
            var client = _session.ClientForRegion(target.Region, out var endpoint);
            report = report ?? new CallReport();
            report.Endpoint = endpoint;

            _sent.AddOrUpdate(target.Operation, 1, (_, n) => n + 1);
            TResponse response;
            try
            {
                response = await send(client, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                // The client's pipeline wrote on the failure how many attempts the call took.
                report.Attempts = CallAttempts.Of(ex);
                if (ex is ConnectMonitorException || (ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
                {
                    throw;
                }

                throw ServiceErrorTranslator.Translate(ex, target);
            }

            report.Attempts = CallAttempts.Of(response);
            if (response is ConnectReadResponse read && read.BodyLimitExceeded)
            {
                throw ServiceErrorTranslator.InvalidAnswer(ConnectErrorCodes.InvalidResponse,
                    $"the response body is larger than {ResponseBody.ReadAnswerMaxBytes / 1024} KiB, far more than a {target.Operation} answer; it was not read whole",
                    response.ResponseMetadata?.RequestId, target);
            }

            return response;
        }
    }

    /// <summary>Where one call went and how many attempts it took.</summary>
    internal sealed class CallReport
    {
        /// <summary>The endpoint the call was sent to (redacted).</summary>
        public string Endpoint { get; set; }

        /// <summary>Attempts sent (first send included).</summary>
        public int Attempts { get; set; }
    }
}
