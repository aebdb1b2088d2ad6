using System;
using System.Collections.Generic;

namespace ConnectMonitor.Engine.Pacing
{
    /// <summary>
    /// Measures the rate of events (answers the service did not throttle) over a sliding window. Until the window
    /// has passed since the first event, the rate is taken over the time since then (not since the first request: a
    /// cold first call can take a second), but never over less than <see cref="MinimumSpan"/>.
    /// Not thread-safe: the owning limiter locks around it.
    /// </summary>
    internal sealed class RateMeter
    {
        private readonly Queue<double> _events = new Queue<double>();
        private double? _start;

        public RateMeter(double windowSeconds, double minimumSpanSeconds)
        {
            Window = windowSeconds;
            MinimumSpan = minimumSpanSeconds;
        }

        public double Window { get; }

        public double MinimumSpan { get; }

        public void Add(double now)
        {
            _start = _start ?? now;
            _events.Enqueue(now);
            Trim(now);
        }

        /// <summary>Events per second over the window ending now; 0 before anything was measured.</summary>
        public double Rate(double now)
        {
            if (_start == null)
            {
                return 0;
            }

            Trim(now);
            var span = Math.Max(MinimumSpan, Math.Min(Window, now - _start.Value));
            return _events.Count / span;
        }

        private void Trim(double now)
        {
            while (_events.Count > 0 && _events.Peek() <= now - Window)
            {
                _events.Dequeue();
            }
        }
    }
}
