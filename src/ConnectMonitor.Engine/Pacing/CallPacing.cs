using System;
using System.Threading;
using Amazon.Runtime;

namespace ConnectMonitor.Engine.Pacing
{
    /// <summary>
    /// What the pacing handler and retry policy need to know about one call (its rate limiter, its retry budget) and
    /// what they report back (attempts). Created for each call by <see cref="CallPacingHandler"/>, outside the SDK's
    /// retry loop, and kept in the call's own request context (<see cref="IRequestContext.ContextAttributes"/>), which
    /// every handler and the retry policy are handed.
    /// </summary>
    internal sealed class CallPacing
    {
        private const string ContextKey = "ConnectMonitor.CallPacing";

        private int _attempts;
        private int _throttledInARow;
        private Exception _lastFailure;

        public CallPacing(RequestRateLimiter limiter, int? maxAttempts, TimeSpan retryBaseDelay, TimeSpan throttleRetryBaseDelay)
        {
            Limiter = limiter;
            MaxAttempts = maxAttempts;
            RetryBaseDelay = retryBaseDelay;
            ThrottleRetryBaseDelay = throttleRetryBaseDelay;
        }

        /// <summary>The pipeline's limiter for this operation and endpoint, or null when pacing is off.</summary>
        public RequestRateLimiter Limiter { get; }

        /// <summary>Attempts allowed (first send included), or null to keep the SDK's setting.</summary>
        public int? MaxAttempts { get; }

        /// <summary>Base of the jittered exponential back-off between attempts.</summary>
        public TimeSpan RetryBaseDelay { get; }

        /// <summary>Base of the jittered exponential back-off after a throttling answer when there is no limiter to
        /// wait on (pacing off): the AWS SDKs' throttling back-off, 1 s doubling to at most 20 s.</summary>
        public TimeSpan ThrottleRetryBaseDelay { get; }

        /// <summary>True when this call's retries follow <see cref="PacedRetryPolicy"/>'s timing and budget rather than the SDK's.</summary>
        public bool OwnsRetryTiming => Limiter != null || MaxAttempts.HasValue;

        /// <summary>Attempts sent so far (first send included).</summary>
        public int Attempts => Volatile.Read(ref _attempts);

        /// <summary>True when the latest attempt was answered with throttling.</summary>
        public bool LastAttemptThrottled => ThrottledInARow > 0;

        /// <summary>How many of the latest attempts in a row were answered with throttling.</summary>
        public int ThrottledInARow => Volatile.Read(ref _throttledInARow);

        public void AttemptStarting() => Interlocked.Increment(ref _attempts);

        public void AttemptThrottled() => Interlocked.Increment(ref _throttledInARow);

        /// <summary>The latest attempt got an answer or failure other than throttling.</summary>
        public void AttemptNotThrottled() => Volatile.Write(ref _throttledInARow, 0);

        /// <summary>
        /// Ends the call with its last failure when every allowed attempt (<see cref="MaxAttempts"/>, else
        /// <paramref name="sdkAttempts"/>) has been sent. The SDK retries a reset ("stale") connection without counting
        /// it against its budget; the documented attempt count is a bound on requests sent, so those count here too.
        /// </summary>
        public void ThrowIfBudgetSpent(int sdkAttempts)
        {
            var budget = MaxAttempts ?? sdkAttempts;
            var last = Volatile.Read(ref _lastFailure);
            if (last != null && Attempts >= budget)
            {
                throw new AttemptBudgetSpentException(budget, last);
            }
        }

        public void AttemptFailed(Exception failure) => Volatile.Write(ref _lastFailure, failure);

        /// <summary>Makes this the pacing of the call <paramref name="executionContext"/> belongs to.</summary>
        public void AttachTo(IExecutionContext executionContext) => executionContext.RequestContext.ContextAttributes[ContextKey] = this;

        /// <summary>The pacing of the call <paramref name="executionContext"/> belongs to, or null when it has none.</summary>
        public static CallPacing Of(IExecutionContext executionContext) =>
            executionContext.RequestContext.ContextAttributes.TryGetValue(ContextKey, out var pacing) ? pacing as CallPacing : null;
    }
}
