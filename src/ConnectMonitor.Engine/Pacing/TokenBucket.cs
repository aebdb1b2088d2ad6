using System;

namespace ConnectMonitor.Engine.Pacing
{
    /// <summary>
    /// A token bucket shaped like an AWS API quota: holds up to <see cref="Capacity"/> tokens, refills at
    /// <see cref="Rate"/> per second. Taking from an empty bucket reserves a future token (the count goes negative),
    /// so waiters are served in arrival order. Not thread-safe: the owning limiter locks around it.
    /// </summary>
    internal sealed class TokenBucket
    {
        private double _tokens;
        private double _lastRefill;

        public TokenBucket(double rate, double capacity, double now)
        {
            Rate = rate;
            Capacity = capacity;
            _tokens = capacity;
            _lastRefill = now;
        }

        public double Rate { get; private set; }

        public double Capacity { get; private set; }

        public double Tokens => _tokens;

        /// <summary>Seconds the bucket has spent full so far (nobody asked for the pace: the pipeline was slower).</summary>
        public double FullSeconds { get; private set; }

        /// <summary><see cref="FullSeconds"/> brought up to <paramref name="now"/>.</summary>
        public double FullSecondsAt(double now)
        {
            Refill(now);
            return FullSeconds;
        }

        /// <summary>Takes a token; returns the seconds until it is due (0 when one was there).</summary>
        public double Take(double now)
        {
            Refill(now);
            _tokens -= 1;
            return _tokens >= 0 ? 0 : -_tokens / Rate;
        }

        /// <summary>Gives back a token taken by a waiter that stopped waiting.</summary>
        public void GiveBack() => _tokens = Math.Min(Capacity, _tokens + 1);

        /// <summary>The service sees no tokens left: neither does this bucket (reservations stay).</summary>
        public void Empty(double now)
        {
            Refill(now);
            _tokens = Math.Min(_tokens, 0);
        }

        /// <summary>No tokens, and no reservations either (their holders will book again).</summary>
        public void Reset(double now)
        {
            Refill(now);
            _tokens = 0;
        }

        /// <summary>New rate and capacity from now on; tokens earned so far at the old rate are kept.</summary>
        public void Change(double rate, double capacity, double now)
        {
            Refill(now);
            Rate = rate;
            Capacity = capacity;
            _tokens = Math.Min(_tokens, capacity);
        }

        private void Refill(double now)
        {
            if (now > _lastRefill)
            {
                var filled = _tokens + (now - _lastRefill) * Rate;
                if (filled > Capacity)
                {
                    FullSeconds += Math.Min(now - _lastRefill, (filled - Math.Max(_tokens, Capacity)) / Rate);
                }

                _tokens = Math.Min(Capacity, filled);
                _lastRefill = now;
            }
        }
    }
}
