using System;
using System.Collections.Concurrent;
using ConnectMonitor.Engine.Text;

namespace ConnectMonitor.Engine.Pacing
{
    /// <summary>
    /// What one client's runtime pipeline paces and retries with, given when the client is created: the pipeline's
    /// limiters (<see cref="PipelinePacing"/>, one per endpoint and operation; null or off for none), the attempt budget
    /// and the back-off bases. Two clients share limiters exactly when they share a <see cref="PipelinePacing"/>.
    /// Thread-safe.
    /// </summary>
    internal sealed class ClientPacing
    {
        private const string RequestSuffix = "Request";
        private readonly ConcurrentDictionary<(string Endpoint, string RequestName), RequestRateLimiter> _limiters =
            new ConcurrentDictionary<(string Endpoint, string RequestName), RequestRateLimiter>();

        public ClientPacing(PipelinePacing pacing, int? maxAttempts, TimeSpan retryBaseDelay, TimeSpan throttleRetryBaseDelay)
        {
            Pacing = pacing;
            MaxAttempts = maxAttempts;
            RetryBaseDelay = retryBaseDelay;
            ThrottleRetryBaseDelay = throttleRetryBaseDelay;
        }

        /// <summary>No limiter and the SDK's attempt budget and back-off: attempts are still counted.</summary>
        public static ClientPacing None { get; } = new ClientPacing(null, null, TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(1));

        /// <summary>The pipeline's limiters, or null.</summary>
        public PipelinePacing Pacing { get; }

        /// <summary>Attempts allowed per call (first send included), or null to keep the SDK's setting.</summary>
        public int? MaxAttempts { get; }

        /// <summary>Base of the jittered exponential back-off between attempts.</summary>
        public TimeSpan RetryBaseDelay { get; }

        /// <summary>Base of the back-off after a throttling answer when no limiter paces the retry.</summary>
        public TimeSpan ThrottleRetryBaseDelay { get; }

        /// <summary>
        /// The pacing of one call about to enter the retry loop: the limiter for the endpoint the call was resolved to
        /// and its operation (the request type's name without "Request", e.g. MonitorContactRequest → MonitorContact,
        /// so an operation needs no pacing code of its own), the budget and the back-off.
        /// </summary>
        public CallPacing ForCall(Uri endpoint, string requestName) =>
            new CallPacing(LimiterFor(endpoint, requestName), MaxAttempts, RetryBaseDelay, ThrottleRetryBaseDelay);

        private RequestRateLimiter LimiterFor(Uri endpoint, string requestName)
        {
            if (Pacing == null || Pacing.Mode == PacingMode.Off)
            {
                return null;
            }

            var url = endpoint?.ToString() ?? "";
            return _limiters.GetOrAdd((url, requestName ?? ""), key => Pacing.LimiterFor(EndpointText.Redact(key.Endpoint), OperationOf(key.RequestName)));
        }

        /// <summary>The operation a request type is for: its name without the "Request" suffix.</summary>
        internal static string OperationOf(string requestName) =>
            requestName != null && requestName.Length > RequestSuffix.Length && requestName.EndsWith(RequestSuffix, StringComparison.Ordinal)
                ? requestName.Substring(0, requestName.Length - RequestSuffix.Length)
                : string.IsNullOrEmpty(requestName) ? "Unknown" : requestName;
    }
}
