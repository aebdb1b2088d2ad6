using System;
using System.Collections.Generic;
using System.Linq;

namespace ConnectMonitor.Engine.Pacing
{
    /// <summary>
    /// Judges whether throttling tracks our own rate, for <see cref="AdaptiveRateLimiter"/>. A quota's throttling does:
    /// it stops when the rate drops below the quota and grows as the rate rises above it. Throttling that does not
    /// (another tool taking a share of the same account's quota, a busy service) throttles a share of attempts at any
    /// rate. So:
    /// <list type="bullet">
    /// <item>The <em>background share</em> is measured while the limiter climbs back after a cut (its rate is below
    /// what the quota just let through, so a throttle there is not ours): the throttled share of the answers of one
    /// climb, pooled over the last <see cref="RememberedClimbs"/> climbs with at least <see cref="MinClimbAnswers"/>
    /// answers each, and never more than <see cref="MaxShare"/>. Only climbs after a cut whose estimate was measured between
    /// two cuts count (the first cuts of a run estimate over a short span and may overshoot the quota).</item>
    /// <item>Beyond the climb (probing at and above the last rate) a throttle is ours only when the throttled answers
    /// are more than the background share explains, by at least one and beyond chance: throttled &gt;= b N + 1 +
    /// 2 sqrt(b (1 - b) N) for N answers at background share b. With no background that is the first throttle.</item>
    /// <item>During the climb the same test with the largest share it ever puts down to others (<see cref="MaxShare"/>)
    /// tells a cut whose rate was wrong (more than a quarter of the climb's answers throttled, beyond chance): that
    /// throttling is ours too.</item>
    /// <item>A climb with no more throttles than that background explains is <em>clean</em>: the quota let the rate of
    /// the last cut through again (<see cref="ClimbWasClean"/>).</item>
    /// </list>
    /// Not thread-safe: the owning limiter locks around it.
    /// </summary>
    internal sealed class BackgroundThrottling
    {
        /// <summary>The most of the throttling it ever puts down to others (beyond it, throttling is taken as ours).</summary>
        public const double MaxShare = 0.25;

        /// <summary>A climb with fewer answers says nothing about the background share.</summary>
        public const int MinClimbAnswers = 10;

        /// <summary>How many measured climbs the share is pooled over.</summary>
        public const int RememberedClimbs = 3;

        private readonly Queue<(long Answers, long Throttled)> _climbs = new Queue<(long Answers, long Throttled)>();
        private bool _measuringClimb;
        private long _climbAnswers;
        private long _climbThrottled;
        private long _probeAnswers;
        private long _probeThrottled;

        /// <summary>The share of attempts throttled whatever our rate (0 until measured).</summary>
        public double Share { get; private set; }

        /// <summary>
        /// True when the climb since the last cut had answers and no more throttles than the background share explains
        /// (by one and beyond chance): the quota let the rate of the last cut through again.
        /// </summary>
        public bool ClimbWasClean => _climbAnswers > 0 && !BeyondChance(_climbThrottled, _climbAnswers, Share);

        /// <summary>
        /// A cut: closes the climb that led to it (its share counts when it was measured), and starts a new climb,
        /// measured when <paramref name="measureClimb"/>.
        /// </summary>
        public void Cut(bool measureClimb)
        {
            if (_measuringClimb && _climbAnswers >= MinClimbAnswers)
            {
                _climbs.Enqueue((_climbAnswers, _climbThrottled));
                while (_climbs.Count > RememberedClimbs)
                {
                    _climbs.Dequeue();
                }

                Share = Math.Min(MaxShare, (double)_climbs.Sum(c => c.Throttled) / _climbs.Sum(c => c.Answers));
            }

            _measuringClimb = measureClimb;
            _climbAnswers = _climbThrottled = _probeAnswers = _probeThrottled = 0;
        }

        /// <summary>
        /// An answer to an attempt sent while climbing back (below the rate of the last cut); true when it is a throttle
        /// and the climb's throttles are more than even the most background there may be (<see cref="MaxShare"/>)
        /// explains: the rate of the cut was wrong (a first estimate on the high side), so the throttling is ours.
        /// </summary>
        public bool ClimbAnswered(bool throttled)
        {
            _climbAnswers++;
            if (!throttled)
            {
                return false;
            }

            _climbThrottled++;
            return BeyondChance(_climbThrottled, _climbAnswers, MaxShare);
        }

        /// <summary>An answer to an attempt sent beyond the climb; true when it is a throttle that tracks our rate.</summary>
        public bool ProbeAnswered(bool throttled)
        {
            _probeAnswers++;
            if (!throttled)
            {
                return false;
            }

            _probeThrottled++;
            return BeyondChance(_probeThrottled, _probeAnswers, Share);
        }

        /// <summary>
        /// Whether the probe's answers so far were throttled beyond even the largest background share (<see cref="MaxShare"/>),
        /// beyond chance: no other tool explains that, so it is our rate, whatever the phase says.
        /// </summary>
        public bool ProbeBeyondAnyBackground => BeyondChance(_probeThrottled, _probeAnswers, MaxShare);

        /// <summary>True when <paramref name="throttled"/> of <paramref name="answers"/> is more than a background share
        /// <paramref name="share"/> explains, by one and beyond chance (two standard deviations).</summary>
        private static bool BeyondChance(long throttled, long answers, double share)
        {
            var expected = share * answers;
            return throttled >= expected + 1 + 2 * Math.Sqrt(expected * (1 - share));
        }
    }
}
