using ConnectMonitor.Engine.Pacing;
using Xunit;

namespace ConnectMonitor.Engine.Tests.Pacing;

/// <summary>
/// The adaptive pacing model as a whole, on simulated bulk runs against a token-bucket quota (deterministic, no wall
/// clock): it finds the quota, and throttles our rate does not cause cost a retry each, not the pace.
/// </summary>
public sealed class AdaptivePacingModelTests
{
    [Theory]
    [InlineData(2.0, 40, 1)]
    [InlineData(2.0, 40, 8)]
    [InlineData(20.0, 200, 1)]
    [InlineData(20.0, 200, 8)]
    [InlineData(40.0, 300, 16)]
    public void A_run_against_a_quota_takes_little_more_than_the_quota_allows(double quota, int contacts, int throttleLimit)
    {
        var simulation = new QuotaSimulation { QuotaRps = quota, Contacts = contacts, ThrottleLimit = throttleLimit };

        var run = simulation.Run();

        Assert.True(run.Seconds <= 1.15 * simulation.MinimumSeconds, $"{run} against {simulation.MinimumSeconds:0.00} s at the least");
        Assert.Equal(0, run.Failed);
    }

    [Theory]
    [InlineData(2.0, 40, 8, 0.004)]
    [InlineData(20.0, 200, 8, 0.004)]
    [InlineData(40.0, 300, 16, 0.02)]
    public void Answers_coming_back_in_any_order_do_not_sink_the_first_estimate(double quota, int contacts, int throttleLimit, double latency)
    {
        // Attempts sent together come back in any order: a throttle may come back before the answers the quota let
        // through. Cut on it, from no answers, and the pace starts at the floor and takes a minute to climb back.
        foreach (var seed in Enumerable.Range(1, 10))
        {
            var simulation = new QuotaSimulation { QuotaRps = quota, Contacts = contacts, ThrottleLimit = throttleLimit, LatencySeconds = latency, Seed = seed };

            var run = simulation.Run();

            Assert.True(run.Seconds <= 1.15 * simulation.MinimumSeconds, $"seed {seed}: {run} against {simulation.MinimumSeconds:0.00} s at the least");
            Assert.Equal(0, run.Failed);
        }
    }

    [Theory]
    [InlineData(40.0, 300, 16, 0.03)]
    [InlineData(40.0, 300, 16, 0.10)]
    [InlineData(20.0, 200, 8, 0.10)]
    public void Occasional_throttles_not_caused_by_our_rate_cost_retries_not_the_pace(double quota, int contacts, int throttleLimit, double share)
    {
        foreach (var seed in Enumerable.Range(1, 10))
        {
            var latency = throttleLimit > 8 ? 0.02 : 0.004;
            var quiet = new QuotaSimulation { QuotaRps = quota, Contacts = contacts, ThrottleLimit = throttleLimit, Seed = seed, LatencySeconds = latency }.Run();
            var shared = new QuotaSimulation { QuotaRps = quota, Contacts = contacts, ThrottleLimit = throttleLimit, Seed = seed, LatencySeconds = latency, BackgroundShare = share }.Run();

            Assert.True(shared.Seconds <= 1.5 * quiet.Seconds, $"seed {seed}: {shared} against {quiet} without them");
            Assert.True(shared.LowestRate >= quota / 3, $"seed {seed}: paced as low as {shared.LowestRate:0.00} against a quota of {quota}");
            Assert.Equal(0, shared.Failed);
        }
    }

    [Theory]
    [InlineData(20.0, 200, 1, 0.001, 0.3)]
    [InlineData(20.0, 200, 1, 0.004, 0.3)]
    [InlineData(20.0, 200, 2, 0.004, 0.3)]
    [InlineData(40.0, 300, 4, 0.004, 0.3)]
    [InlineData(2.0, 40, 1, 0.004, 0.35)] // the floor is this quota: every probe above it is throttled
    public void A_settled_rate_above_the_quota_is_corrected_not_held(double quota, int contacts, int throttleLimit, double latency, double maxThrottledShare)
    {
        // A first estimate on the high side (the service's burst is in it) followed by a clean climb: throttles beyond
        // it were read as "the quota not yet pushed past" as long as the *answered* rate stayed below that estimate,
        // which it always does when the estimate is above the quota, so the pace probed to twice the achieved rate,
        // 40% of attempts were throttled and contacts ran out of attempts (seen in the benchmark: 2 errors in 200). Before
        // the fix, over these seeds: 42% throttled at 20 rps (seed 12), 49% at 2 rps with the estimate stuck at 10.
        foreach (var seed in Enumerable.Range(1, 30))
        {
            var simulation = new QuotaSimulation { QuotaRps = quota, Contacts = contacts, ThrottleLimit = throttleLimit, LatencySeconds = latency, Seed = seed };

            var run = simulation.Run();

            Assert.True(run.Failed == 0 && run.Throttled <= maxThrottledShare * run.Attempts, $"seed {seed}: {run}");
        }
    }

    [Fact]
    public void Evenly_spaced_background_throttles_do_not_hold_the_pace_below_the_quota()
    {
        // Every 33rd contact throttled once (as the benchmark's double does it): each lands beyond a clean climb while
        // the measured background share is still 0. Cutting on each held the pace near 32 against a 40 rps quota.
        foreach (var seed in Enumerable.Range(1, 10))
        {
            var simulation = new QuotaSimulation
            {
                QuotaRps = 40, Contacts = 300, ThrottleLimit = 16, LatencySeconds = 0.02, Seed = seed, BackgroundShare = 0.03, EvenlySpaced = true,
            };

            var run = simulation.Run();

            Assert.True(run.Seconds <= 1.3 * simulation.MinimumSeconds, $"seed {seed}: {run} against {simulation.MinimumSeconds:0.00} s at the least");
            Assert.Equal(0, run.Failed);
        }
    }

    [Fact]
    public void Throttles_at_any_rate_without_a_quota_never_sink_the_pace()
    {
        foreach (var seed in new[] { 1, 2, 3, 4, 5 })
        {
            var run = new QuotaSimulation { Contacts = 300, ThrottleLimit = 16, BackgroundShare = 0.10, Seed = seed }.Run();

            // 16 workers at 4 ms a call could go 4,000 a second; 10% of contacts throttled once must not bring that
            // anywhere near the 2/s floor.
            Assert.True(run.LowestRate >= 15, $"seed {seed}: {run}");
        }
    }

    [Fact]
    public async Task A_pipeline_never_paces_an_operation_below_its_default_quota()
    {
        var clock = new FakePacingClock();
        var limiter = new PipelinePacing(PacingMode.Adaptive, 0, 5, clock).LimiterFor("https://connect.us-east-1.amazonaws.com/", "MonitorContact")!;

        // Nothing ever gets through (another tool holds the whole quota), for a minute.
        for (var i = 0; i < 60; i++)
        {
            var wait = limiter.WaitAsync(CancellationToken.None);
            clock.Advance(1);
            limiter.OnAnswered(await wait.WaitAsync(TimeSpan.FromSeconds(10)), throttled: true);
        }

        Assert.Equal(2.0, limiter.CurrentRate); // Amazon Connect's published default: 2 requests a second
    }
}
