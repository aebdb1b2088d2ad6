using ConnectMonitor.Engine.Pacing;

namespace ConnectMonitor.Engine.Tests.Pacing;

/// <summary>
/// A bulk run against a service with a token-bucket quota, simulated on a stepped clock, as the cmdlet runs it:
/// <see cref="ThrottleLimit"/> workers each take the next contact, wait for the limiter, send, and get the answer
/// after <see cref="LatencySeconds"/> (give or take <see cref="LatencyJitter"/> of it, so answers sent together come
/// back in any order); contacts are taken in input order within the cmdlet's window of results (twice the throttle
/// limit, one when it is 1: a contact held up in a retry holds up the contacts after it). A throttled attempt is sent
/// again after the module's own retry wait (<see cref="PacedRetryPolicy.Backoff(CallPacing, int, double)"/>), at most
/// <see cref="MaxAttempts"/> attempts a contact. The service throttles an attempt when its bucket
/// (<see cref="QuotaRps"/>, burst <see cref="QuotaBurst"/>, full at first) is empty, and, independent of the quota,
/// the first attempt of a chosen <see cref="BackgroundShare"/> of contacts that passes it (another tool sharing the
/// quota), as the Connect double's per-contact faults do. Deterministic for a <see cref="Seed"/>.
/// </summary>
internal sealed class QuotaSimulation
{
    public double QuotaRps { get; init; } = double.PositiveInfinity;
    public int QuotaBurst { get; init; } = 5;
    public int Contacts { get; init; } = 200;
    public int ThrottleLimit { get; init; } = 8;
    public double BackgroundShare { get; init; }

    /// <summary>When true, the <see cref="BackgroundShare"/> of contacts throttled once is evenly spaced (every k-th
    /// contact, as the pacing benchmark's double does) rather than drawn at random.</summary>
    public bool EvenlySpaced { get; init; }
    public double LatencySeconds { get; init; } = 0.004;
    public double LatencyJitter { get; init; } = 0.2;
    public int MaxAttempts { get; init; } = 5;
    public int Seed { get; init; } = 20;

    /// <summary>Seconds the quota needs at the least for the run: what the burst does not cover, at the quota's rate.</summary>
    public double MinimumSeconds => (Contacts - QuotaBurst) / QuotaRps;

    public Action<string>? Trace { get; init; }

    public SimulationResult Run(double? limiterFloor = null)
    {
        var lastTrace = 0.0;
        const double step = 0.0005;
        var clock = new SteppedPacingClock();
        var limiter = new AdaptiveRateLimiter(5, limiterFloor ?? DefaultQuota.RequestsPerSecond, AdaptiveRateLimiter.DefaultMaxRate, clock);
        var random = new Random(Seed);
        var every = BackgroundShare > 0 ? (int)Math.Round(1 / BackgroundShare) : 0;
        var chosen = EvenlySpaced
            ? Enumerable.Range(0, Contacts).Where(i => every > 0 && i % every == every / 2).ToHashSet()
            : Enumerable.Range(0, Contacts).Where(_ => random.NextDouble() < BackgroundShare).ToHashSet();
        var tokens = (double)QuotaBurst;
        var start = clock.Now;
        var workers = Enumerable.Range(0, ThrottleLimit).Select(_ => new Worker()).ToArray();
        var window = ThrottleLimit == 1 ? 1 : 2 * ThrottleLimit;
        var finishedContacts = new bool[Contacts];
        int next = 0, head = 0, done = 0, failed = 0, attempts = 0, throttled = 0;
        var lowest = double.PositiveInfinity;
        var finished = start;

        while (done + failed < Contacts)
        {
            if (clock.Now - start > 3600)
            {
                throw new InvalidOperationException($"The run did not end within an hour: {done} done, {failed} failed.");
            }

            foreach (var worker in workers)
            {
                if (worker.RetryAt is double retryAt && clock.Now >= retryAt - 1e-9)
                {
                    worker.RetryAt = null;
                    worker.Wait = limiter.WaitAsync(CancellationToken.None);
                }

                // The cmdlet hands results back in input order and keeps at most a window of them pending.
                if (worker.Wait == null && worker.AnswerAt == null && worker.RetryAt == null && next < Contacts && next < head + window)
                {
                    worker.Contact = next++;
                    worker.Attempts = 0;
                    worker.Pacing = new CallPacing(limiter, MaxAttempts, TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(1));
                    worker.Wait = limiter.WaitAsync(CancellationToken.None);
                }

                if (worker.Wait is { IsCompleted: true } wait)
                {
                    worker.Ticket = wait.Result;
                    worker.Wait = null;
                    worker.Attempts++;
                    worker.Pacing!.AttemptStarting();
                    attempts++;
                    var passes = double.IsInfinity(QuotaRps) || tokens >= 1;
                    if (passes)
                    {
                        tokens -= 1;
                    }

                    worker.Throttled = !passes || chosen.Remove(worker.Contact);
                    worker.AnswerAt = clock.Now + LatencySeconds * (1 + LatencyJitter * (2 * random.NextDouble() - 1));
                }
                else if (worker.AnswerAt is double due && clock.Now >= due - 1e-9)
                {
                    worker.AnswerAt = null;
                    limiter.OnAnswered(worker.Ticket, worker.Throttled, worker.Pacing!.ThrottledInARow);
                    lowest = Math.Min(lowest, limiter.CurrentRate ?? double.PositiveInfinity);
                    throttled += worker.Throttled ? 1 : 0;
                    if (!worker.Throttled || worker.Attempts >= MaxAttempts)
                    {
                        done += worker.Throttled ? 0 : 1;
                        failed += worker.Throttled ? 1 : 0;
                        finished = clock.Now;
                        finishedContacts[worker.Contact] = true;
                        while (head < Contacts && finishedContacts[head])
                        {
                            head++;
                        }
                    }
                    else
                    {
                        worker.Pacing!.AttemptThrottled();
                        worker.RetryAt = clock.Now + PacedRetryPolicy.Backoff(worker.Pacing, worker.Attempts, random.NextDouble()).TotalSeconds;
                    }
                }
            }

            if (Trace != null && clock.Now - start >= lastTrace + 0.25)
            {
                lastTrace = clock.Now - start;
                Trace($"t {lastTrace:0.00} rate {limiter.CurrentRate:0.00} settled {limiter.SettledRate:0.00} achieved {limiter.AchievedRate:0.00} done {done} throttled {throttled}");
            }

            // Each waiter woken by this step either gets its ticket or asks for another delay: let all of them.
            var waiting = workers.Where(w => w.Wait is { IsCompleted: false }).Select(w => w.Wait!).ToList();
            var delaysBefore = clock.DelayCount;
            var woken = clock.Advance(step);
            if (woken > 0 && !SpinWait.SpinUntil(() => waiting.Count(w => w.IsCompleted) + clock.DelayCount - delaysBefore >= woken, TimeSpan.FromSeconds(30)))
            {
                throw new InvalidOperationException("A waiter woken by the clock did not go on.");
            }

            if (!double.IsInfinity(QuotaRps))
            {
                tokens = Math.Min(QuotaBurst, tokens + step * QuotaRps);
            }
        }

        return new SimulationResult(finished - start, failed, attempts, throttled, lowest, limiter.SettledRate, limiter.BackgroundShare);
    }

    private sealed class Worker
    {
        public int Contact;
        public int Attempts;
        public CallPacing? Pacing;
        public Task<PacingTicket>? Wait;
        public PacingTicket Ticket;
        public double? AnswerAt;
        public double? RetryAt;
        public bool Throttled;
    }
}

/// <summary>What a simulated run came to.</summary>
internal sealed record SimulationResult(double Seconds, int Failed, int Attempts, int Throttled, double LowestRate, double? SettledRate, double BackgroundShare)
{
    public override string ToString() =>
        $"{Seconds:0.00} s, {Failed} failed, {Throttled} of {Attempts} attempts throttled, lowest rate {LowestRate:0.00}, settled {SettledRate:0.00}, background {BackgroundShare:0.000}";
}
