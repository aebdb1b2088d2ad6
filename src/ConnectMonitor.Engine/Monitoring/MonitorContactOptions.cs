using System;
using ConnectMonitor.Engine.Pacing;

namespace ConnectMonitor.Engine.Monitoring
{
    /// <summary>How a <see cref="ContactMonitorService"/> sends: pacing, time-outs and retry budget. The defaults
    /// change nothing about the SDK's behaviour.</summary>
    public sealed class MonitorContactOptions
    {
        /// <summary>The SDK's own behaviour: no pacing, the SDK's time-out and retry settings.</summary>
        public static MonitorContactOptions Default { get; } = new MonitorContactOptions();

        /// <summary>The token bucket every attempt waits on (shared across services of one pipeline); null for none.</summary>
        internal RequestRateLimiter RateLimiter { get; set; }

        /// <summary>Time-out of one attempt (the HTTP request); null for the SDK's default (100 s).</summary>
        public TimeSpan? RequestTimeout { get; set; }

        /// <summary>Attempts per call including the first; null for the SDK's setting (AWS_MAX_ATTEMPTS, else 3).</summary>
        public int? MaxAttempts { get; set; }

        /// <summary>Base of the jittered exponential back-off between attempts when <see cref="MaxAttempts"/> or
        /// <see cref="RateLimiter"/> is set.</summary>
        public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(50);

        /// <summary>Attempts per call for bulk runs when the user has not chosen (AWS_MAX_ATTEMPTS): throttling is
        /// expected there and retries are cheap once paced.</summary>
        public const int BulkMaxAttempts = 5;

        /// <summary>
        /// Options for a pipeline: pacing at <paramref name="requestsPerSecond"/> with <paramref name="burst"/> (0 turns
        /// pacing off), an optional per-attempt time-out, and <see cref="BulkMaxAttempts"/> unless AWS_MAX_ATTEMPTS is set.
        /// </summary>
        public static MonitorContactOptions ForPipeline(double requestsPerSecond, int burst, TimeSpan? requestTimeout) =>
            new MonitorContactOptions
            {
                RateLimiter = requestsPerSecond > 0 ? new RequestRateLimiter(requestsPerSecond, burst) : null,
                RequestTimeout = requestTimeout,
                MaxAttempts = string.IsNullOrEmpty(Environment.GetEnvironmentVariable("AWS_MAX_ATTEMPTS")) ? BulkMaxAttempts : (int?)null,
            };
    }
}
