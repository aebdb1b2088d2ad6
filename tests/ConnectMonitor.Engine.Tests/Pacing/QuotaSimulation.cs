using ConnectMonitor.Engine.Pacing;

namespace ConnectMonitor.Engine.Tests.Pacing;

/// <summary>
/// A bulk run against a service with a token-bucket quota, simulated on a stepped clock: <see cref="ThrottleLimit"/>
/// workers each take the next contact, wait for the limiter, send, and get the answer <see cref="LatencySeconds"/>
/// later; a throttled attempt is sent again (at most <see cref="MaxAttempts"/> attempts a contact), at once after one
/// throttle and after a back-off of 1 s doubling (half of it jitter) after more in a row, as the module's retry policy does. The service
/// throttles an attempt when its bucket (<see cref="QuotaRps"/>, burst <see cref="QuotaBurst"/>, full at first) is
/// empty, and, independent of the quota, the first attempt of a chosen <see cref="BackgroundShare"/> of contacts that
/// passes it (another tool sharing the quota), as the Connect double's per-contact faults do. Deterministic.
/// </summary>
internal sealed class QuotaSimulation
{
    public double QuotaRps { get; init; } = double.PositiveInfinity;
    public int QuotaBurst { get; init; } = 5;
    public int Contacts { get; init; } = 200;
    public int ThrottleLimit { get; init; } = 8;
    public double BackgroundShare { get; init; }
    public double LatencySeconds { get; init; } = 0.004;
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
        var chosen = Enumerable.Range(0, Contacts).Where(_ => random.NextDouble() < BackgroundShare).ToHashSet();
        var tokens = (double)QuotaBurst;
        var start = clock.Now;
        var workers = Enumerable.Range(0, ThrottleLimit).Select(_ => new Worker()).ToArray();
        int next = 0, done = 0, failed = 0, attempts = 0, throttled = 0;
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

                if (worker.Wait == null && worker.AnswerAt == null && worker.RetryAt == null && next < Contacts)
                {
                    worker.Contact = next++;
                    worker.Attempts = 0;
                    worker.Wait = limiter.WaitAsync(CancellationToken.None);
                }

                if (worker.Wait is { IsCompleted: true } wait)
                {
                    worker.Ticket = wait.Result;
                    worker.Wait = null;
                    worker.Attempts++;
                    attempts++;
                    var passes = double.IsInfinity(QuotaRps) || tokens >= 1;
                    if (passes)
                    {
                        tokens -= 1;
                    }

                    worker.Throttled = !passes || chosen.Remove(worker.Contact);
                    worker.AnswerAt = clock.Now + LatencySeconds;
                }
                else if (worker.AnswerAt is double due && clock.Now >= due - 1e-9)
                {
                    worker.AnswerAt = null;
                    limiter.OnAnswered(worker.Ticket, worker.Throttled);
                    lowest = Math.Min(lowest, limiter.CurrentRate ?? double.PositiveInfinity);
                    throttled += worker.Throttled ? 1 : 0;
                    if (!worker.Throttled)
                    {
                        done++;
                        finished = clock.Now;
                    }
                    else if (worker.Attempts >= MaxAttempts)
                    {
                        failed++;
                    }
                    else if (worker.Attempts < 2)
                    {
                        worker.Wait = limiter.WaitAsync(CancellationToken.None);
                    }
                    else
                    {
                        worker.RetryAt = clock.Now + Math.Pow(2, worker.Attempts - 2) * (0.5 + 0.5 * random.NextDouble());
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
