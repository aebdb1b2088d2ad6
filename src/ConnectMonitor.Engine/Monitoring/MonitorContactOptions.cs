using System;
using ConnectMonitor.Engine.Pacing;
using ConnectMonitor.Engine.Sessions;

namespace ConnectMonitor.Engine.Monitoring
{
    /// <summary>How a <see cref="ConnectSession"/> sends: pacing, time-outs and retry budget. The defaults
    /// change nothing about the SDK's behaviour.</summary>
    public sealed class MonitorContactOptions
    {
        /// <summary>The SDK's own behaviour: no pacing, the SDK's time-out and retry settings.</summary>
        public static MonitorContactOptions Default { get; } = new MonitorContactOptions();

        /// <summary>The pipeline's pacing (one limiter per endpoint and operation, shared across the services of one
        /// pipeline); null for none.</summary>
        public PipelinePacing Pacing { get; set; }

        /// <summary>Time-out of one attempt (the HTTP request); null for the SDK's default (100 s).</summary>
        public TimeSpan? RequestTimeout { get; set; }

        /// <summary>Attempts per call including the first; null for the SDK's setting (AWS_MAX_ATTEMPTS, else 3).</summary>
        public int? MaxAttempts { get; set; }

        /// <summary>Base of the jittered exponential back-off between attempts when <see cref="MaxAttempts"/> or
        /// <see cref="Pacing"/> is set.</summary>
        public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(50);

        /// <summary>Base of the jittered exponential back-off after a throttling answer when no limiter paces the
        /// retry (pacing off): the AWS SDKs' 1 s.</summary>
        public TimeSpan ThrottleRetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>Attempts per call for bulk runs when the user has not chosen (AWS_MAX_ATTEMPTS): throttling is
        /// expected there and retries are cheap once paced.</summary>
        public const int BulkMaxAttempts = 5;

        /// <summary>
        /// Options for a pipeline: adaptive pacing when <paramref name="requestsPerSecond"/> is null, pinned at that rate
        /// with <paramref name="burst"/>, or off for 0; an optional per-attempt time-out, and
        /// <see cref="BulkMaxAttempts"/> unless AWS_MAX_ATTEMPTS is set.
        /// </summary>
        public static MonitorContactOptions ForPipeline(double? requestsPerSecond, int burst, TimeSpan? requestTimeout) =>
            new MonitorContactOptions
            {
                Pacing = requestsPerSecond == null ? PipelinePacing.Adaptive(burst)
                    : requestsPerSecond > 0 ? PipelinePacing.Fixed(requestsPerSecond.Value, burst)
                    : PipelinePacing.Off(),
                RequestTimeout = requestTimeout,
                MaxAttempts = ConfigSettings.MaxAttempts.EnvironmentValue == null ? BulkMaxAttempts : (int?)null,
            };
    }
}
