using System;
using System.Globalization;
using ConnectMonitor.Engine.Diagnostics;

namespace ConnectMonitor.Engine.Pacing
{
    /// <summary>
    /// Finds the rate the service allows and keeps to it, in the manner of the AWS SDKs' adaptive retry mode
    /// (a client-side rate limiter driven by throttling answers, with CUBIC congestion control), made robust to
    /// throttling that our own rate does not cause. The model, cycle by cycle:
    /// <list type="number">
    /// <item><b>Unpaced until throttled.</b> Nothing is held back until the service first throttles (an account
    /// without a tight quota never waits). The first throttle cuts once <see cref="MinAnswersToEstimate"/> answers were
    /// let through (or <see cref="MinimumSpanSeconds"/> after it came): attempts sent together come back in any order,
    /// and a throttle that comes back first says nothing about the quota's rate (cut on it, from no answers, and the
    /// pace starts at the floor).</item>
    /// <item><b>Cut.</b> On a throttle that tracks our rate the rate drops to <see cref="Beta"/> times the rate the
    /// quota let through, and the client's bucket is emptied like the service's. That rate is the higher of the answers
    /// not throttled per second since the previous cut (the service's bucket was empty at both throttles, so that is its
    /// refill rate; time the client's own bucket sat full, when the pipeline did not ask for the pace, is left out) and
    /// the answers of the last <see cref="MeasurementWindowSeconds"/>: a span in which we sent below the quota measures
    /// our pace, not the quota, so the higher is the better estimate. Answers taken by background throttling (below)
    /// are added back, as they were not the quota's. After a clean climb (below) a cut keeps at least the rate of the
    /// previous one if the answers came within <see cref="HeldRateReached"/> of it since: the quota let that rate
    /// through again on the way up. Attempts waiting at the cut book their places
    /// again at the new rate.</item>
    /// <item><b>Climb, at most one cut per climb.</b> The rate then follows the CUBIC curve back to the rate of the
    /// cut, in the time <see cref="RecoveryRequests"/> requests take at that rate (within [<see cref="MinRecoverySeconds"/>,
    /// <see cref="MaxRecoverySeconds"/>]): a low quota is probed as gently as a high one and a high one found as
    /// quickly. A throttle of an attempt sent during the climb (or before the cut) does not cut again: the rate is
    /// below what the quota just let through, so the throttle is the same congestion or not ours. It still empties the
    /// client's bucket, and it is counted toward the background share. Two exceptions, both evidence that the rate of the
    /// cut was wrong: more than a quarter of the climb's answers throttled, beyond chance; and a call throttled
    /// <see cref="RepeatedThrottles"/> times in a row (throttling not ours falls on calls independently). A climb with
    /// no more throttles than the background share explains is <em>clean</em>.</item>
    /// <item><b>Probe, and judge.</b> Beyond the climb the curve probes above the rate of the cut. A throttle there
    /// cuts only when throttling tracks our rate: more throttles than the background share explains
    /// (<see cref="BackgroundThrottling"/>), or a call throttled <see cref="RepeatedThrottles"/> times in a row; and,
    /// after a clean climb, only once the rate we send at (every attempt, less the background share) has reached the
    /// rate of the last cut (before that the quota, which let that rate through on the way up, has not been pushed
    /// past). Throttling beyond any background share (<see cref="BackgroundThrottling.ProbeBeyondAnyBackground"/>) is
    /// ours whatever the phase.
    /// Another tool's occasional throttles thus cost a retry each, not the pace.</item>
    /// <item><b>Bounds.</b> The rate never goes above twice the achieved rate (an idle pipeline builds up no unlimited
    /// allowance), and stays within [<see cref="MinRate"/>, <see cref="MaxRate"/>]; a pipeline's floor is the
    /// operation's default quota (<see cref="DefaultQuota"/>), so no run of throttles not caused by us ever takes the
    /// pace below what an account gets without asking. A lower pace is the user's choice (a pinned rate).</item>
    /// </list>
    /// Attempts wait on a token bucket refilled at the current rate, holding at most <see cref="Burst"/> tokens.
    /// </summary>
    internal sealed class AdaptiveRateLimiter : RequestRateLimiter
    {
        /// <summary>Multiplicative decrease on throttling (the AWS SDKs' CUBIC beta).</summary>
        public const double Beta = 0.7;
        // How close to the rate of the last cut the answers let through must have come for a cut to keep that rate.
        private const double HeldRateReached = 0.9;

        /// <summary>The CUBIC curve climbs back to the rate of the last cut in the time this many requests take at that rate.</summary>
        public const double RecoveryRequests = 20;

        /// <summary>The shortest climb back to the rate of the last cut.</summary>
        public const double MinRecoverySeconds = 0.5;

        /// <summary>The longest climb back to the rate of the last cut.</summary>
        public const double MaxRecoverySeconds = 10;

        /// <summary>Cuts closer together than this estimate the achieved rate over the window rather than between them.</summary>
        public const double MinSecondsBetweenCuts = 1.0;

        /// <summary>The window over which the achieved rate is measured.</summary>
        public const double MeasurementWindowSeconds = 2.0;

        /// <summary>
        /// The shortest time an achieved rate is measured over. The first throttling answer comes after the service's
        /// burst, a few answers in a few milliseconds: measured over this span they make an estimate on the high side,
        /// which costs a throttled attempt or two to correct, where one on the low side would cost seconds of probing.
        /// </summary>
        public const double MinimumSpanSeconds = 0.1;

        /// <summary>
        /// The first cut waits until this many answers were let through (or <see cref="MinimumSpanSeconds"/> has passed
        /// since the first throttle): answers sent together come back in any order, and a throttle that comes back
        /// first says nothing yet about the rate the quota lets through.
        /// </summary>
        public const int MinAnswersToEstimate = 3;

        /// <summary>
        /// A call's attempts throttled this many times in a row are throttled by our rate: throttling that is not ours
        /// (another tool's share of the quota) falls on calls independently, so even at the largest background share
        /// (<see cref="BackgroundThrottling.MaxShare"/>) three in a row happen to fewer than 2% of calls.
        /// </summary>
        public const int RepeatedThrottles = 3;

        /// <summary>The lowest rate it paces at unless told otherwise (the AWS SDKs' minimum fill rate); a pipeline's
        /// limiters use the operation's default quota instead (<see cref="DefaultQuota"/>).</summary>
        public const double DefaultMinRate = 0.5;

        /// <summary>The highest rate it ever paces at unless told otherwise.</summary>
        public const double DefaultMaxRate = 10000;

        private readonly object _gate = new object();
        private readonly RateMeter _achieved = new RateMeter(MeasurementWindowSeconds, MinimumSpanSeconds);
        // Every answer, throttled or not: the rate we actually send at, which is what pushes the quota.
        private readonly RateMeter _attempted = new RateMeter(MeasurementWindowSeconds, MinimumSpanSeconds);
        // The highest answered rate since the last cut: whether the quota let the rate of that cut through again.
        private double _peakAchievedSinceCut;
        private readonly BackgroundThrottling _background = new BackgroundThrottling();
        private TokenBucket _bucket;
        private double _rate;
        private double _lastMaxRate;
        private double _lastCutAt = double.NegativeInfinity;
        private long _answeredSinceCut;
        private double _firstThrottleAt = double.NaN;
        private double _fullSecondsAtCut;
        private long _cuts;
        private double _recoverySeconds;
        private double _scale;
        private readonly int _traceId = PacingTrace.Enabled ? PacingTrace.NextLimiter() : 0;
        private double _tracedAt = double.NegativeInfinity;

        /// <summary>Creates a limiter that holds nothing back until the service first throttles.</summary>
        public AdaptiveRateLimiter(int burst = 5, double minRate = DefaultMinRate, double maxRate = DefaultMaxRate)
            : this(burst, minRate, maxRate, null)
        {
        }

        internal AdaptiveRateLimiter(int burst, double minRate, double maxRate, PacingClock clock)
            : base(clock)
        {
            if (burst < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(burst), "The burst must be at least 1.");
            }
            if (!(minRate > 0) || !(maxRate >= minRate) || double.IsInfinity(maxRate))
            {
                throw new ArgumentOutOfRangeException(nameof(minRate), "The rate bounds must be positive, finite and in order.");
            }

            Burst = burst;
            MinRate = minRate;
            MaxRate = maxRate;
        }

        /// <summary>Most tokens the client's bucket holds (requests that may go at once after a quiet period).</summary>
        public override int Burst { get; }

        /// <summary>The floor of the rate.</summary>
        public double MinRate { get; }

        /// <summary>The ceiling of the rate.</summary>
        public double MaxRate { get; }

        /// <inheritdoc />
        public override string Mode => "adaptive";

        /// <inheritdoc />
        public override double? CurrentRate
        {
            get
            {
                lock (_gate)
                {
                    return _bucket == null ? (double?)null : _rate;
                }
            }
        }

        /// <summary>
        /// The rate the service allowed when it last throttled (what the limiter settles around), or null while it has
        /// never throttled.
        /// </summary>
        public double? SettledRate
        {
            get
            {
                lock (_gate)
                {
                    return _bucket == null ? (double?)null : _lastMaxRate;
                }
            }
        }

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
            lock (_gate)
            {
                generation = _cuts;
                return _bucket?.Take(now) ?? 0;
            }
        }

        private protected override bool IsCurrent(long generation)
        {
            lock (_gate)
            {
                return generation == _cuts;
            }
        }

        private protected override void CancelReservation(long generation)
        {
            lock (_gate)
            {
                // A cut since then forgave every reservation: nothing to give back.
                if (generation == _cuts)
                {
                    _bucket?.GiveBack();
                }
            }
        }

        /// <summary>The share of attempts throttled whatever the rate, as measured so far (see <see cref="BackgroundThrottling"/>).</summary>
        public double BackgroundShare
        {
            get
            {
                lock (_gate)
                {
                    return _background.Share;
                }
            }
        }

        private protected override void Answered(PacingTicket ticket, bool throttled, int throttledBefore, double now)
        {
            lock (_gate)
            {
                _attempted.Add(now);
                var tracksOurRate = Judge(ticket, throttled, throttledBefore, now);
                if (PacingTrace.Enabled && (throttled || now - _tracedAt >= 0.5))
                {
                    _tracedAt = now;
                    PacingTrace.Write(_traceId, now, string.Format(CultureInfo.InvariantCulture,
                        "{0} asked {1:0.0000} ({2}) rate {3:0.00} settled {4:0.00} achieved {5:0.00} background {6:0.000}{7}",
                        throttled ? "THROTTLED" : "answered", ticket.AskedAtSeconds, Phase(ticket), _rate, _lastMaxRate,
                        _achieved.Rate(now), _background.Share, throttled ? (tracksOurRate ? ": cut" : ": no cut") : ""));
                }

                if (throttled)
                {
                    if (tracksOurRate)
                    {
                        Cut(now, fromProbe: _bucket != null && ticket.AskedAtSeconds >= _lastCutAt + _recoverySeconds);
                    }
                    else
                    {
                        // Not a cut, but the service's bucket is empty now: stay in step with it.
                        _bucket?.Empty(now);
                    }
                }
                else
                {
                    _achieved.Add(now);
                    _peakAchievedSinceCut = Math.Max(_peakAchievedSinceCut, _achieved.Rate(now));
                    _answeredSinceCut++;
                    Probe(now);
                }
            }
        }

        /// <summary>
        /// Files the answer under the phase its attempt was sent in (before the last cut, its climb, or beyond), and
        /// says whether a throttle there tracks our rate.
        /// </summary>
        private bool Judge(PacingTicket ticket, bool throttled, int throttledBefore, double now)
        {
            if (_bucket == null)
            {
                // Never cut before: the first throttle is the first cut once there is something to estimate from.
                if (!throttled)
                {
                    return false;
                }

                _firstThrottleAt = double.IsNaN(_firstThrottleAt) ? now : _firstThrottleAt;
                return _answeredSinceCut >= MinAnswersToEstimate || now - _firstThrottleAt >= MinimumSpanSeconds;
            }

            if (ticket.AskedAtSeconds <= _lastCutAt)
            {
                // Paced before the last cut: the cut already answered this congestion.
                return false;
            }

            // Throttling that is not ours falls on calls independently of each other: a call throttled again and again
            // (RepeatedThrottles in a row) is throttled by our rate, whatever the phase.
            var repeated = throttled && throttledBefore + 1 >= RepeatedThrottles;
            if (ticket.AskedAtSeconds < _lastCutAt + _recoverySeconds)
            {
                return _background.ClimbAnswered(throttled) || repeated;
            }

            var beyondBackground = _background.ProbeAnswered(throttled);
            if (throttled && !repeated && !_background.ProbeBeyondAnyBackground && _background.ClimbWasClean &&
                _attempted.Rate(now) * (1 - _background.Share) < _lastMaxRate)
            {
                // The climb went back up to the rate of the last cut cleanly, and we have not yet sent faster than that:
                // the quota, which let that rate through, has not been pushed past. Not ours. "Sent" counts throttled
                // attempts too (less the background's share): measured by answers let through, a rate of the last cut
                // above the quota would never be reached, and the throttles of every probe past the quota excused.
                return false;
            }

            return beyondBackground || repeated;
        }

        private void Cut(double now, bool fromProbe)
        {
            var betweenCuts = _bucket != null && now - _lastCutAt >= MinSecondsBetweenCuts;
            // Time the client's bucket sat full, the pipeline did not ask for the pace (a back-off, a slow input): it
            // did not test the quota either, so it does not count.
            var pushedSeconds = betweenCuts ? Math.Max(MinimumSpanSeconds, now - _lastCutAt - (_bucket.FullSecondsAt(now) - _fullSecondsAtCut)) : 0;
            // Both spans end with the service's bucket empty; a span in which we sent below the quota (a climb, a
            // depressed window) under-estimates it, so the higher of the two is the better estimate.
            var achieved = Math.Max(betweenCuts ? _answeredSinceCut / pushedSeconds : 0, _achieved.Rate(now)) / (1 - _background.Share);
            var rateToUse = _bucket == null ? achieved : Math.Min(_rate, achieved);
            // A throttle beyond a clean climb: the quota let the rate of the last cut through again on the way up, so
            // the estimate does not fall below it (a span that was partly a climb measures our pace, not the quota).
            // Only when it did: a rate of the last cut above the quota is never let through, and holding it would keep
            // the pace probing past the quota with every cut.
            var held = fromProbe && _background.ClimbWasClean && rateToUse < _lastMaxRate && _peakAchievedSinceCut >= HeldRateReached * _lastMaxRate;
            if (held)
            {
                rateToUse = _lastMaxRate;
            }

            if (PacingTrace.Enabled)
            {
                PacingTrace.Write(_traceId, now, string.Format(CultureInfo.InvariantCulture,
                    "CUT {0} answered since last {1} over {2:0.000} s (pushed {3:0.000} s) achieved {4:0.00} background {5:0.000} -> settled {6:0.00} rate {7:0.00}",
                    (betweenCuts ? "between cuts" : "over the window") + (held ? ", held after a clean climb:" : ":"), _answeredSinceCut, now - _lastCutAt, pushedSeconds, achieved,
                    _background.Share, Clamp(rateToUse), Clamp(Beta * Clamp(rateToUse))));
            }

            _background.Cut(measureClimb: betweenCuts);
            _lastMaxRate = Clamp(rateToUse);
            _lastCutAt = now;
            _answeredSinceCut = 0;
            _peakAchievedSinceCut = 0;
            // CUBIC: W(t) = C (t - K)^3 + Wmax, with W(0) = Beta * Wmax, so C = Wmax (1 - Beta) / K^3.
            _recoverySeconds = Math.Max(MinRecoverySeconds, Math.Min(MaxRecoverySeconds, RecoveryRequests / _lastMaxRate));
            _scale = _lastMaxRate * (1 - Beta) / (_recoverySeconds * _recoverySeconds * _recoverySeconds);
            SetRate(Clamp(Beta * _lastMaxRate), now);
            // Attempts already waiting booked their places at the old rate: they book again at the new one.
            _bucket.Reset(now);
            _fullSecondsAtCut = _bucket.FullSeconds;
            _cuts++;
        }

        private string Phase(PacingTicket ticket) =>
            _bucket == null ? "unpaced" : ticket.AskedAtSeconds <= _lastCutAt ? "before the cut" :
            ticket.AskedAtSeconds < _lastCutAt + _recoverySeconds ? "climb" : "probe";

        private void Probe(double now)
        {
            if (_bucket == null)
            {
                return;
            }

            var t = now - _lastCutAt - _recoverySeconds;
            var cubic = _scale * t * t * t + _lastMaxRate;
            SetRate(Clamp(Math.Min(cubic, 2 * _achieved.Rate(now))), now);
        }

        private void SetRate(double rate, double now)
        {
            _rate = rate;
            var capacity = Math.Min(Burst, Math.Max(1, rate));
            if (_bucket == null)
            {
                _bucket = new TokenBucket(rate, capacity, now);
            }
            else
            {
                _bucket.Change(rate, capacity, now);
            }
        }

        private double Clamp(double rate) => Math.Max(MinRate, Math.Min(MaxRate, rate));
    }
}
