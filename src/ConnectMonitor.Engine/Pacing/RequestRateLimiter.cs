using System;
using System.Threading;
using System.Threading.Tasks;

namespace ConnectMonitor.Engine.Pacing
{
    /// <summary>
    /// Client-side pacing of one service operation at one endpoint, shared by every call and retry of a pipeline
    /// (see <see cref="PipelinePacing.LimiterFor"/>). Every attempt waits in <see cref="WaitAsync"/> before it is sent
    /// and reports its answer with <see cref="OnAnswered"/>. Thread-safe.
    /// </summary>
    internal abstract class RequestRateLimiter
    {
        private const double MaxSingleDelaySeconds = 86400;
        private readonly object _statsGate = new object();
        private long _attempts;
        private long _throttled;

        internal RequestRateLimiter(PacingClock clock) => Clock = clock ?? PacingClock.System;

        internal PacingClock Clock { get; }

        /// <summary>"fixed" or "adaptive".</summary>
        public abstract string Mode { get; }

        /// <summary>The rate attempts are paced at now (requests per second), or null while nothing holds them back.</summary>
        public abstract double? CurrentRate { get; }

        /// <summary>Most attempts let go at once after a quiet period (the client's bucket).</summary>
        public abstract int Burst { get; }

        /// <summary>Answers the service did not throttle, per second, over the last few seconds.</summary>
        public abstract double AchievedRate { get; }

        /// <summary>Attempts answered so far (throttled or not).</summary>
        public long AnsweredAttempts { get { lock (_statsGate) return _attempts; } }

        /// <summary>Attempts the service answered with throttling.</summary>
        public long ThrottledAttempts { get { lock (_statsGate) return _throttled; } }

        /// <summary>
        /// Waits until the next attempt may be sent and returns a ticket saying when the attempt asked (the pacing
        /// decision it was sent under; pass it to <see cref="OnAnswered"/>). Throws <see cref="OperationCanceledException"/> at once when
        /// <paramref name="cancellationToken"/> is cancelled, and then gives its place back.
        /// </summary>
        public async Task<PacingTicket> WaitAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var askedAt = Clock.NowSeconds;
                var due = askedAt + Reserve(askedAt, out var generation);
                if (due > Clock.NowSeconds)
                {
                    try
                    {
                        // In steps of at most a day: Task.Delay takes no more than about 24 days, a tiny rate waits longer.
                        for (var left = due - Clock.NowSeconds; left > 0; left = due - Clock.NowSeconds)
                        {
                            await Clock.Delay(TimeSpan.FromSeconds(Math.Min(left, MaxSingleDelaySeconds)), cancellationToken).ConfigureAwait(false);
                        }
                    }
                    catch (OperationCanceledException)
                    {
                        CancelReservation(generation);
                        throw;
                    }

                    if (!IsCurrent(generation))
                    {
                        // The rate was cut while this attempt waited: its place was booked at the old rate. Ask again.
                        continue;
                    }
                }

                return new PacingTicket(askedAt);
            }
        }

        /// <summary>
        /// The service answered the attempt let through at <paramref name="ticket"/>: <paramref name="throttled"/> when it
        /// said ThrottlingException (or 429), false for any other answer (an answer that was not throttled used the
        /// quota). Attempts that got no answer (connection failure, time-out) are not reported.
        /// </summary>
        /// <param name="ticket">what <see cref="WaitAsync"/> returned for the attempt</param>
        /// <param name="throttled">the answer was a throttle</param>
        /// <param name="throttledBefore">how many attempts of the same call in a row were throttled before this one</param>
        public void OnAnswered(PacingTicket ticket, bool throttled, int throttledBefore = 0)
        {
            lock (_statsGate)
            {
                _attempts++;
                if (throttled)
                {
                    _throttled++;
                }
            }

            Answered(ticket, throttled, throttledBefore, Clock.NowSeconds);
        }

        /// <summary>Takes a token now, or reserves the next one; returns the seconds to wait for it, and the generation
        /// of the rate it was booked under.</summary>
        private protected abstract double Reserve(double now, out long generation);

        /// <summary>False when the rate changed in a way that voids reservations booked under <paramref name="generation"/>.</summary>
        private protected virtual bool IsCurrent(long generation) => true;

        /// <summary>Gives back a reservation (booked under <paramref name="generation"/>) whose wait was cancelled.</summary>
        private protected abstract void CancelReservation(long generation);

        private protected abstract void Answered(PacingTicket ticket, bool throttled, int throttledBefore, double now);
    }

    /// <summary>When an attempt asked a <see cref="RequestRateLimiter"/> to go, i.e. which pacing decision it went under.</summary>
    internal readonly struct PacingTicket
    {
        internal PacingTicket(double askedAtSeconds) => AskedAtSeconds = askedAtSeconds;

        /// <summary>The limiter's clock when the attempt asked to go (a waiter keeps the place it reserved then).</summary>
        public double AskedAtSeconds { get; }
    }
}
