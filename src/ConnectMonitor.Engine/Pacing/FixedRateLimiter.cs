using System;

namespace ConnectMonitor.Engine.Pacing
{
    /// <summary>
    /// A pinned rate (<c>-MaxRequestsPerSecond N</c>): a token bucket that starts full with <see cref="Burst"/> tokens
    /// and refills at <see cref="RequestsPerSecond"/>, the shape of Amazon Connect's per-account quota. When the service
    /// still throttles (its bucket started later, or another tool shares the quota) the bucket is emptied, so the next
    /// attempt waits a full interval and both buckets are back in step; the rate itself never changes.
    /// </summary>
    internal sealed class FixedRateLimiter : RequestRateLimiter
    {
        private readonly object _gate = new object();
        private readonly TokenBucket _bucket;
        private readonly RateMeter _achieved = new RateMeter(AdaptiveRateLimiter.MeasurementWindowSeconds, AdaptiveRateLimiter.MinimumSpanSeconds);

        /// <summary>Creates a full bucket.</summary>
        public FixedRateLimiter(double requestsPerSecond, int burst)
            : this(requestsPerSecond, burst, null)
        {
        }

        internal FixedRateLimiter(double requestsPerSecond, int burst, PacingClock clock)
            : base(clock)
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
            _bucket = new TokenBucket(requestsPerSecond, burst, Clock.NowSeconds);
        }

        /// <summary>The sustained rate.</summary>
        public double RequestsPerSecond { get; }

        /// <summary>How many requests may go at once after a quiet period.</summary>
        public override int Burst { get; }

        /// <inheritdoc />
        public override string Mode => "fixed";

        /// <inheritdoc />
        public override double? CurrentRate => RequestsPerSecond;

        /// <inheritdoc />
        public override double AchievedRate
        {
            get
            {
                lock (_gate)
                {
                    return _achieved.Rate(Clock.NowSeconds);
                }
            }
        }

        private protected override double Reserve(double now, out long generation)
        {
            generation = 0;
            lock (_gate)
            {
                return _bucket.Take(now);
            }
        }

        private protected override void CancelReservation(long generation)
        {
            lock (_gate)
            {
                _bucket.GiveBack();
            }
        }

        private protected override void Answered(PacingTicket ticket, bool throttled, int throttledBefore, double now)
        {
            lock (_gate)
            {
                if (throttled)
                {
                    _bucket.Empty(now);
                }
                else
                {
                    _achieved.Add(now);
                }
            }
        }
    }
}
