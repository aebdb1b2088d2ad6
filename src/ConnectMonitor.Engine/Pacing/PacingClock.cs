using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace ConnectMonitor.Engine.Pacing
{
    /// <summary>
    /// The time the rate limiters read and wait on. The real one is a monotonic stopwatch and Task.Delay; tests give
    /// a clock they move by hand, so the pacing algorithm is tested without sleeping.
    /// </summary>
    internal abstract class PacingClock
    {
        /// <summary>The monotonic system clock.</summary>
        public static PacingClock System { get; } = new SystemPacingClock();

        /// <summary>Seconds since some fixed point; only differences matter.</summary>
        public abstract double NowSeconds { get; }

        /// <summary>Waits <paramref name="delay"/>; throws <see cref="OperationCanceledException"/> as soon as
        /// <paramref name="cancellationToken"/> is cancelled.</summary>
        public abstract Task Delay(TimeSpan delay, CancellationToken cancellationToken);

        private sealed class SystemPacingClock : PacingClock
        {
            private readonly Stopwatch _clock = Stopwatch.StartNew();

            public override double NowSeconds => _clock.Elapsed.TotalSeconds;

            public override Task Delay(TimeSpan delay, CancellationToken cancellationToken) => Task.Delay(delay, cancellationToken);
        }
    }
}
