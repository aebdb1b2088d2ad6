using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace ConnectMonitor.Engine.Pacing
{
    /// <summary>
    /// A client-side token bucket, shaped like Amazon Connect's per-account API quota: it starts full with
    /// <see cref="Burst"/> tokens and refills at <see cref="RequestsPerSecond"/>. Every attempt (first sends and
    /// retries alike) takes one token; callers that find the bucket empty reserve the next token and wait for it,
    /// in arrival order. Thread-safe; one instance is shared by all calls of a pipeline.
    /// </summary>
    internal sealed class RequestRateLimiter
    {
        private readonly object _gate = new object();
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private double _tokens;
        private double _lastRefillSeconds;

        /// <summary>Creates a full bucket.</summary>
        public RequestRateLimiter(double requestsPerSecond, int burst)
        {
            if (requestsPerSecond <= 0 || double.IsNaN(requestsPerSecond) || double.IsInfinity(requestsPerSecond))
            {
                throw new ArgumentOutOfRangeException(nameof(requestsPerSecond), "The rate must be a positive number.");
            }
            if (burst < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(burst), "The burst must be at least 1.");
            }

            RequestsPerSecond = requestsPerSecond;
            Burst = burst;
            _tokens = burst;
        }

        /// <summary>The sustained rate.</summary>
        public double RequestsPerSecond { get; }

        /// <summary>How many requests may go at once after a quiet period.</summary>
        public int Burst { get; }

        /// <summary>
        /// Takes a token, waiting until one is due. Throws <see cref="OperationCanceledException"/> (and gives the
        /// reservation back) when <paramref name="cancellationToken"/> is cancelled first.
        /// </summary>
        public async Task WaitAsync(CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            TimeSpan wait;
            lock (_gate)
            {
                Refill();
                _tokens -= 1;
                wait = _tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-_tokens / RequestsPerSecond);
            }

            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            try
            {
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                lock (_gate)
                {
                    _tokens += 1;
                }
                throw;
            }
        }

        /// <summary>
        /// The service said "throttled": it sees fewer tokens than this bucket does (its clock started later, or
        /// another client shares the quota). Empty the bucket, so the next attempt waits a full interval and the
        /// two buckets are back in step.
        /// </summary>
        public void OnThrottled()
        {
            lock (_gate)
            {
                Refill();
                if (_tokens > 0)
                {
                    _tokens = 0;
                }
            }
        }

        private void Refill()
        {
            var now = _clock.Elapsed.TotalSeconds;
            _tokens = Math.Min(Burst, _tokens + (now - _lastRefillSeconds) * RequestsPerSecond);
            _lastRefillSeconds = now;
        }
    }
}
