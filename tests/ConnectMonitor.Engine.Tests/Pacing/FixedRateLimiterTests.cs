using ConnectMonitor.Engine.Pacing;
using Xunit;

namespace ConnectMonitor.Engine.Tests.Pacing;

/// <summary>The pinned rate (-MaxRequestsPerSecond N): a token bucket that never changes its rate.</summary>
public sealed class FixedRateLimiterTests
{
    private readonly FakePacingClock _clock = new();

    [Fact]
    public async Task A_full_bucket_lets_the_burst_go_then_paces_at_the_rate()
    {
        var limiter = new FixedRateLimiter(2, 5, _clock);

        var waits = Enumerable.Range(0, 7).Select(_ => limiter.WaitAsync(CancellationToken.None)).ToList();

        Assert.Equal(5, waits.Count(w => w.IsCompleted));
        Assert.Equal([0.5, 1.0], _clock.Requested.Select(s => Math.Round(s, 6)));
        _clock.Advance(0.5);
        await waits[5].WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(waits[6].IsCompleted);
    }

    [Fact]
    public async Task Concurrent_callers_share_one_bucket_and_are_spaced_one_interval_apart()
    {
        var limiter = new FixedRateLimiter(10, 1, _clock);

        var waits = new Task<PacingTicket>[8];
        Parallel.For(0, waits.Length, i => waits[i] = limiter.WaitAsync(CancellationToken.None));

        // One caller takes the token; the other seven reserve the next seven, 0.1 s apart, whatever thread they came on.
        Assert.Equal(new[] { 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7 }, _clock.Requested.Select(s => Math.Round(s, 6)).Order());
        _clock.Advance(0.7);
        await Task.WhenAll(waits);
    }

    [Fact]
    public async Task A_throttle_empties_the_bucket_but_never_changes_the_rate()
    {
        var limiter = new FixedRateLimiter(2, 5, _clock);
        var ticket = await limiter.WaitAsync(CancellationToken.None);

        limiter.OnAnswered(ticket, throttled: true);
        limiter.OnAnswered(ticket, throttled: true);

        Assert.Equal(2, limiter.CurrentRate);
        var next = limiter.WaitAsync(CancellationToken.None);
        Assert.False(next.IsCompleted);
        Assert.Equal(0.5, _clock.Requested[^1], 6);
        Assert.Equal(2, limiter.ThrottledAttempts);
    }

    [Fact]
    public async Task A_cancelled_wait_ends_at_once_and_gives_its_place_back()
    {
        var limiter = new FixedRateLimiter(1, 1, _clock);
        await limiter.WaitAsync(CancellationToken.None);
        using var stop = new CancellationTokenSource();

        var waiting = limiter.WaitAsync(stop.Token);
        stop.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        // The next caller waits one interval, not two.
        _ = limiter.WaitAsync(CancellationToken.None);
        Assert.Equal(1.0, _clock.Requested[^1], 6);
    }

    [Fact]
    public void A_rate_too_small_for_one_timer_still_waits_and_never_throws()
    {
        var limiter = new FixedRateLimiter(1e-9, 1, _clock);
        _ = limiter.WaitAsync(CancellationToken.None);

        var waiting = limiter.WaitAsync(CancellationToken.None);

        Assert.False(waiting.IsFaulted);
        Assert.True(_clock.Requested[^1] <= 86400, "waits in steps a timer can take");
    }
}
