using ConnectMonitor.Engine.Pacing;
using Xunit;

namespace ConnectMonitor.Engine.Tests.Pacing;

/// <summary>The adaptive limiter's algorithm, on a clock moved by hand.</summary>
public sealed class AdaptiveRateLimiterTests
{
    private readonly FakePacingClock _clock = new();

    private AdaptiveRateLimiter NewLimiter(int burst = 5, double minRate = 0.5, double maxRate = 10000) => new(burst, minRate, maxRate, _clock);

    /// <summary>Sends <paramref name="count"/> attempts, answered unthrottled, <paramref name="perSecond"/> apart on the clock.</summary>
    private async Task SucceedAsync(AdaptiveRateLimiter limiter, int count, double perSecond)
    {
        for (var i = 0; i < count; i++)
        {
            _clock.Advance(1 / perSecond);
            var ticket = await GrantedAsync(limiter);
            limiter.OnAnswered(ticket, throttled: false);
        }
    }

    /// <summary>Two seconds of answers at 20 a second, then a throttling answer: the service's quota is 20/s.</summary>
    private async Task ThrottledAtTwentyAsync(AdaptiveRateLimiter limiter)
    {
        await SucceedAsync(limiter, 41, perSecond: 20);
        _clock.Advance(0.025); // the window holds the last 40 answers
        limiter.OnAnswered(await limiter.WaitAsync(CancellationToken.None), throttled: true);
    }

    /// <summary>Waits for a ticket, moving the clock on as far as the limiter asks.</summary>
    private async Task<PacingTicket> GrantedAsync(RequestRateLimiter limiter)
    {
        var asked = _clock.Requested.Count;
        var wait = limiter.WaitAsync(CancellationToken.None);
        // Each wake-up either grants the ticket or asks for a further delay (the rate changed, or rounding): follow it.
        while (!wait.IsCompleted && _clock.Requested.Count > asked)
        {
            asked = _clock.Requested.Count;
            _clock.Advance(Math.Max(_clock.Requested[^1], 1e-6)); // a delay below a tick is asked as zero
            SpinWait.SpinUntil(() => wait.IsCompleted || _clock.Requested.Count > asked, TimeSpan.FromSeconds(10));
        }
        return await wait.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Nothing_is_held_back_until_the_service_first_throttles()
    {
        var limiter = NewLimiter();

        var waits = Enumerable.Range(0, 500).Select(_ => limiter.WaitAsync(CancellationToken.None)).ToList();

        Assert.All(waits, w => Assert.True(w.IsCompletedSuccessfully));
        Assert.Empty(_clock.Requested);
        Assert.Null(limiter.CurrentRate);
        Assert.Null(limiter.SettledRate);
    }

    [Fact]
    public async Task A_throttle_cuts_the_rate_to_beta_times_the_achieved_rate_and_empties_the_bucket()
    {
        var limiter = NewLimiter();

        await ThrottledAtTwentyAsync(limiter);

        Assert.Equal(20.0, limiter.SettledRate!.Value, 1);
        Assert.Equal(14.0, limiter.CurrentRate!.Value, 1); // 0.7 times, as the AWS SDKs' CUBIC cuts
        // The service's bucket is empty, so is the client's: the next attempt waits one interval at the new rate.
        var next = limiter.WaitAsync(CancellationToken.None);
        Assert.False(next.IsCompleted);
        Assert.Equal(1 / limiter.CurrentRate.Value, _clock.Requested[^1], 3);
    }

    [Fact]
    public async Task One_congestion_event_cuts_once_however_many_attempts_in_flight_were_throttled()
    {
        var limiter = NewLimiter();
        await SucceedAsync(limiter, 41, perSecond: 20);
        _clock.Advance(0.025);
        var inFlight = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => limiter.WaitAsync(CancellationToken.None)));

        foreach (var ticket in inFlight)
        {
            limiter.OnAnswered(ticket, throttled: true);
        }

        var afterOneCut = limiter.CurrentRate!.Value;
        Assert.Equal(14.0, afterOneCut, 1);
        Assert.Equal(8, limiter.ThrottledAttempts);

        // An attempt paced under the new rate while it climbs back (1 s: 20 requests at 20/s) is not news: no cut.
        _clock.Advance(0.5);
        limiter.OnAnswered(await GrantedAsync(limiter), throttled: true);
        Assert.Equal(afterOneCut, limiter.CurrentRate!.Value, 6);

        // Throttled beyond the climb, with no background throttling measured, it is: it cuts again.
        _clock.Advance(0.6);
        limiter.OnAnswered(await GrantedAsync(limiter), throttled: true);
        Assert.True(limiter.CurrentRate < afterOneCut, $"{limiter.CurrentRate} after {afterOneCut}");
    }

    [Fact]
    public async Task Attempts_waiting_when_the_rate_is_cut_book_their_places_again_at_the_new_rate()
    {
        var limiter = NewLimiter();
        await ThrottledAtTwentyAsync(limiter);
        var asked = _clock.Requested.Count;
        var waiting = Enumerable.Range(0, 20).Select(_ => limiter.WaitAsync(CancellationToken.None)).ToList();
        Assert.Equal(Enumerable.Range(1, 20).Select(k => Math.Round(k / 14.0, 4)), _clock.Requested.Skip(asked).Select(d => Math.Round(d, 4)));

        // Past the climb (1 s) fourteen have gone and been answered; then a throttle: a cut, with six still waiting.
        _clock.Advance(1.05);
        Assert.True(SpinWait.SpinUntil(() => waiting.Count(w => w.IsCompleted) == 14, TimeSpan.FromSeconds(10)));
        foreach (var gone in waiting.Where(w => w.IsCompleted).ToList())
        {
            limiter.OnAnswered(await gone, throttled: false);
        }
        var oldRate = limiter.CurrentRate!.Value;
        limiter.OnAnswered(new PacingTicket(_clock.NowSeconds), throttled: true);
        var newRate = limiter.CurrentRate!.Value;
        Assert.True(newRate < oldRate, $"cut from {oldRate} to {newRate}");
        asked = _clock.Requested.Count;
        const double elapsed = 0.4;
        _clock.Advance(elapsed); // every place booked at the old rate has come due (the last at 20/14 s), the bucket not yet full

        // At the new rate only the tokens earned since the cut go; the others book again, the last n/rate from the cut.
        var earned = (int)Math.Floor(elapsed * newRate);
        Assert.InRange(earned, 1, 4);
        Assert.True(SpinWait.SpinUntil(() => waiting.Count(w => w.IsCompleted) == 14 + earned && _clock.Requested.Count == asked + 6 - earned, TimeSpan.FromSeconds(10)),
            $"asked: {string.Join(" ", _clock.Requested.Skip(asked))}");
        Assert.Equal(6 / newRate - elapsed, _clock.Requested.Skip(asked).Max(), 4);
    }

    [Theory]
    [InlineData(5.0, 1)]
    [InlineData(5.0, 8)]
    [InlineData(12.0, 4)]
    public void Cuts_seconds_apart_take_the_quota_from_the_answers_between_them(double quota, int throttleLimit)
    {
        // A run that starts far above the quota (unpaced) settles on it: the answers between cuts are what it let through
        // (or, when more, the answers of the last two seconds, which may hold part of the service's burst of 5: at a
        // low quota that is up to a quarter above it, on the side a throttle or two corrects).
        var run = new QuotaSimulation { QuotaRps = quota, Contacts = (int)(20 * quota), ThrottleLimit = throttleLimit }.Run(limiterFloor: 0.5);

        Assert.InRange(run.SettledRate!.Value, 0.9 * quota, 1.25 * quota);
        Assert.Equal(0, run.Failed);
    }

    [Fact]
    public async Task While_not_throttled_it_climbs_the_cubic_curve_back_to_the_last_rate_and_then_beyond()
    {
        var limiter = NewLimiter();
        await ThrottledAtTwentyAsync(limiter);
        var cutAt = _clock.NowSeconds;
        const double recovery = 1.0; // the time of 20 requests at the last rate, 20/s
        var rates = new List<(double T, double Rate)>();

        // Answers keep coming faster than the rate (as if the service allowed more), so only the curve limits it.
        while (_clock.NowSeconds - cutAt < 2 * recovery)
        {
            _clock.Advance(0.025);
            limiter.OnAnswered(new PacingTicket(_clock.NowSeconds), throttled: false);
            rates.Add((_clock.NowSeconds - cutAt, limiter.CurrentRate!.Value));
        }

        Assert.All(rates.Zip(rates.Skip(1)), pair => Assert.True(pair.Second.Rate >= pair.First.Rate, "never falls while not throttled"));
        Assert.Equal(20, rates.First(r => r.T >= recovery).Rate, 0);
        Assert.True(rates[0].Rate < 15, $"starts near 14: {rates[0].Rate}");
        Assert.True(rates[^1].Rate > 25, $"probes beyond the last rate: {rates[^1].Rate}");
    }

    [Fact]
    public async Task It_never_paces_above_twice_the_rate_it_achieves()
    {
        var limiter = NewLimiter();
        await ThrottledAtTwentyAsync(limiter);

        // The pipeline only asks for 2 a second (slow contacts, few inputs) for a long time.
        await SucceedAsync(limiter, 60, perSecond: 2);

        Assert.InRange(limiter.CurrentRate!.Value, 0.5, 2 * 2);
    }

    [Fact]
    public async Task The_rate_stays_within_its_floor_and_ceiling()
    {
        var floor = NewLimiter(minRate: 0.5);
        for (var i = 0; i < 20; i++)
        {
            // Nothing ever gets through (another tool holds the whole quota), a throttle every 50 ms.
            _clock.Advance(0.05);
            floor.OnAnswered(await GrantedAsync(floor), throttled: true);
        }
        Assert.Equal(0.5, floor.CurrentRate);

        var ceiling = NewLimiter(maxRate: 50);
        await SucceedAsync(ceiling, 41, perSecond: 200);
        ceiling.OnAnswered(await ceiling.WaitAsync(CancellationToken.None), throttled: true);
        Assert.Equal(35.0, ceiling.CurrentRate!.Value, 3);
        for (var i = 0; i < 2000; i++)
        {
            _clock.Advance(0.01);
            ceiling.OnAnswered(new PacingTicket(_clock.NowSeconds), throttled: false);
        }
        Assert.Equal(50, ceiling.CurrentRate);
    }

    [Fact]
    public async Task The_bucket_holds_at_most_the_burst_after_a_quiet_period()
    {
        var limiter = NewLimiter(burst: 3);
        await ThrottledAtTwentyAsync(limiter);

        _clock.Advance(60);
        var waits = Enumerable.Range(0, 4).Select(_ => limiter.WaitAsync(CancellationToken.None)).ToList();

        Assert.Equal(3, waits.Count(w => w.IsCompleted));
    }
}
