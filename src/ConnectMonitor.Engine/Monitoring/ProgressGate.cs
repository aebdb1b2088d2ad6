using System;
using System.Diagnostics;

namespace ConnectMonitor.Engine.Monitoring
{
    /// <summary>
    /// Decides when a bulk run reports progress: never for a single input, then at most once per
    /// <see cref="Interval"/>, so a fast run of thousands of items does not flood the host.
    /// </summary>
    public sealed class ProgressGate
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private TimeSpan _last = TimeSpan.MinValue;

        /// <summary>Creates a gate with the given minimum interval between reports.</summary>
        public ProgressGate(TimeSpan interval) => Interval = interval;

        /// <summary>The minimum time between two reports.</summary>
        public TimeSpan Interval { get; }

        /// <summary>True once any report was let through (so a final "completed" record is due).</summary>
        public bool Reported { get; private set; }

        /// <summary>True while a report is on show: one was let through and not <see cref="Clear"/>ed since.</summary>
        public bool Showing { get; private set; }

        /// <summary>
        /// Takes the report off show before something that must not be drawn over (a -Confirm prompt): true when one was
        /// showing, so the caller writes a completed record now. The next <see cref="ShouldReport"/> shows it again.
        /// </summary>
        public bool Clear()
        {
            var was = Showing;
            Showing = false;
            return was;
        }

        /// <summary>True when a report should go out now, given how many inputs have been seen.</summary>
        public bool ShouldReport(int inputsSeen)
        {
            if (inputsSeen < 2)
            {
                return false;
            }

            var now = _clock.Elapsed;
            if (Reported && now - _last < Interval)
            {
                return false;
            }

            _last = now;
            Reported = true;
            Showing = true;
            return true;
        }
    }
}
