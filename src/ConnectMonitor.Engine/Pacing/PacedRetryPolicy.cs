using System;
using System.Globalization;
using System.Threading.Tasks;
using Amazon.Runtime;
using ConnectMonitor.Engine.Diagnostics;

namespace ConnectMonitor.Engine.Pacing
{
    /// <summary>
    /// The SDK's own retry policy (standard, adaptive or legacy, as configured) making every decision — what is
    /// retryable, the retry quota, clock skew — with three changes for paced calls: a call our rate limiter paces does
    /// not also wait for the adaptive mode's client-side limiter (<see cref="ObtainSendToken"/>), the attempt budget can be raised
    /// (<see cref="CallPacing.MaxAttempts"/>), and the wait between attempts is a jittered exponential back-off
    /// ("full jitter": a random part of base × 2^(retry-1), at most 20 s), with a short base
    /// (<see cref="CallPacing.RetryBaseDelay"/>) for errors and connection failures. After a throttling answer with
    /// a rate limiter, the limiter itself makes the retry wait for the quota, so only a little jitter is added (a long
    /// back-off on top would only waste the quota), unless the call was throttled twice or more in a row (then it backs
    /// off from the time the pace takes to let a burst through, at most the throttling base, doubled for each further
    /// throttle); without one (pacing off) a throttled retry backs off like the AWS
    /// SDKs' standard mode, from <see cref="CallPacing.ThrottleRetryBaseDelay"/> (1 s). Every wait ends at once when the
    /// call is cancelled. Calls without <see cref="CallPacing"/> get the SDK policy unchanged.
    /// </summary>
    internal sealed class PacedRetryPolicy : RetryPolicy
    {
        private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(20);
        private static readonly Random Jitter = new Random();
        private readonly RetryPolicy _sdk;

        public PacedRetryPolicy(RetryPolicy sdkPolicy)
        {
            _sdk = sdkPolicy ?? throw new ArgumentNullException(nameof(sdkPolicy));
            MaxRetries = sdkPolicy.MaxRetries;
            Logger = sdkPolicy.Logger;
        }

        public override bool CanRetry(IExecutionContext executionContext) => _sdk.CanRetry(executionContext);

        public override bool RetryForException(IExecutionContext executionContext, Exception exception) =>
            _sdk.RetryForException(executionContext, exception);

        public override Task<bool> RetryForExceptionAsync(IExecutionContext executionContext, Exception exception) =>
            _sdk.RetryForExceptionAsync(executionContext, exception);

        public override bool RetryLimitReached(IExecutionContext executionContext)
        {
            var pacing = CallPacing.Of(executionContext);
            return pacing?.MaxAttempts is int attempts
                ? executionContext.RequestContext.Retries >= attempts - 1
                : _sdk.RetryLimitReached(executionContext);
        }

        public override void WaitBeforeRetry(IExecutionContext executionContext)
        {
            var pacing = CallPacing.Of(executionContext);
            if (pacing == null || !pacing.OwnsRetryTiming)
            {
                _sdk.WaitBeforeRetry(executionContext);
                return;
            }

            Task.Delay(Backoff(pacing, executionContext.RequestContext.Retries), executionContext.RequestContext.CancellationToken)
                .GetAwaiter().GetResult();
        }

        public override Task WaitBeforeRetryAsync(IExecutionContext executionContext)
        {
            var pacing = CallPacing.Of(executionContext);
            return pacing == null || !pacing.OwnsRetryTiming
                ? _sdk.WaitBeforeRetryAsync(executionContext)
                : Task.Delay(Backoff(pacing, executionContext.RequestContext.Retries), executionContext.RequestContext.CancellationToken);
        }

        public override bool OnRetry(IExecutionContext executionContext) => _sdk.OnRetry(executionContext);

        public override bool OnRetry(IExecutionContext executionContext, bool bypassAcquireCapacity) =>
            _sdk.OnRetry(executionContext, bypassAcquireCapacity);

        public override bool OnRetry(IExecutionContext executionContext, bool bypassAcquireCapacity, bool isThrottlingError) =>
            _sdk.OnRetry(executionContext, bypassAcquireCapacity, isThrottlingError);

        public override void NotifySuccess(IExecutionContext executionContext) => _sdk.NotifySuccess(executionContext);

        public override void NotifyError(IExecutionContext executionContext, Exception exception) => _sdk.NotifyError(executionContext, exception);

        /// <summary>
        /// The SDK's adaptive mode (AWS_RETRY_MODE=adaptive, retry_mode = adaptive) acquires a send token from its own
        /// client-side rate limiter here; a call our limiter paces does not also wait for the SDK's: two limiters
        /// learning one quota would each slow for the other's throttles, and the acquire loop of AWSSDK.Core 4.0.102.19
        /// (without AWS_NEW_RETRIES_2026=true) does not refill its bucket while it waits, so a call that finds it empty
        /// waits 14 times its first estimate (up to 28 s) and fails with "capacity could not be obtained" (see
        /// docs/performance.md). With our pacing off the SDK's limiter is the one asked for, and stays.
        /// </summary>
        public override void ObtainSendToken(IExecutionContext executionContext, Exception exception)
        {
            if (CallPacing.Of(executionContext)?.Limiter == null)
            {
                _sdk.ObtainSendToken(executionContext, exception);
            }
        }

        /// <inheritdoc cref="ObtainSendToken"/>
        public override Task ObtainSendTokenAsync(IExecutionContext executionContext, Exception exception) =>
            CallPacing.Of(executionContext)?.Limiter == null ? _sdk.ObtainSendTokenAsync(executionContext, exception) : Task.CompletedTask;

        public override bool IsThrottlingError(Exception exception) => _sdk.IsThrottlingError(exception);

        public override bool IsStaleConnectionError(Exception exception) => _sdk.IsStaleConnectionError(exception);

        public override bool IsTransientError(IExecutionContext executionContext, Exception exception) =>
            _sdk.IsTransientError(executionContext, exception);

        public override bool IsServiceTimeoutError(Exception exception) => _sdk.IsServiceTimeoutError(exception);

        internal static TimeSpan Backoff(CallPacing pacing, int retries)
        {
            double random;
            lock (Jitter)
            {
                random = Jitter.NextDouble();
            }

            var wait = Backoff(pacing, retries, random);
            if (PacingTrace.Enabled)
            {
                PacingTrace.Write(0, PacingClock.System.NowSeconds, string.Format(CultureInfo.InvariantCulture,
                    "retry wait {0:0.000} s after attempt {1} ({2} throttled in a row)", wait.TotalSeconds, pacing.Attempts, pacing.ThrottledInARow));
            }

            return wait;
        }

        /// <summary>The wait before the next attempt, given a draw <paramref name="random"/> in [0, 1) for the jitter.</summary>
        internal static TimeSpan Backoff(CallPacing pacing, int retries, double random)
        {
            if (pacing.LastAttemptThrottled && pacing.Limiter != null)
            {
                // The limiter already holds a throttled retry back until the quota has room: after one throttling
                // answer add only a little jitter. A call throttled again and again (the limiter is still finding the
                // quota, or another tool takes it) also backs off itself, so its attempts are spread out, half of it
                // jitter; not longer than it must: results are written in input order, so a call held up holds up
                // every input after it, and the limiter already keeps the pace.
                if (pacing.ThrottledInARow < 2)
                {
                    return TimeSpan.FromTicks((long)(pacing.RetryBaseDelay.Ticks * random));
                }

                // From the time the pace lets the limiter's burst through (within the short and the throttling
                // base), doubled for each further throttle.
                var burstTime = pacing.Limiter.CurrentRate is double rate && rate > 0
                    ? TimeSpan.FromSeconds(pacing.Limiter.Burst / rate).Ticks
                    : pacing.RetryBaseDelay.Ticks;
                var throttleBase = Math.Min(pacing.ThrottleRetryBaseDelay.Ticks, Math.Max(pacing.RetryBaseDelay.Ticks, burstTime));
                var doubled = Math.Min(MaxBackoff.Ticks, throttleBase * Math.Pow(2, pacing.ThrottledInARow - 2));
                return TimeSpan.FromTicks((long)(doubled * (0.5 + 0.5 * random)));
            }

            var baseDelay = pacing.LastAttemptThrottled ? pacing.ThrottleRetryBaseDelay : pacing.RetryBaseDelay;
            var ceiling = Math.Min(Math.Max(MaxBackoff.Ticks, baseDelay.Ticks), baseDelay.Ticks * Math.Pow(2, Math.Max(0, retries - 1)));
            return TimeSpan.FromTicks((long)(ceiling * random));
        }
    }
}
