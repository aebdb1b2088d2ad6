using ConnectMonitor.Engine.Pacing;
using Xunit;

namespace ConnectMonitor.Engine.Tests.Pacing;

/// <summary>How long a call waits before its next attempt, by what the last answer was and whether a limiter paces it.</summary>
public sealed class RetryBackoffTests
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan Throttling = TimeSpan.FromSeconds(1);

    private static CallPacing Call(RequestRateLimiter? limiter, int throttledInARow)
    {
        var pacing = new CallPacing(limiter, 5, Short, Throttling);
        for (var i = 0; i < throttledInARow; i++)
        {
            pacing.AttemptThrottled();
        }
        return pacing;
    }

    /// <summary>The range of many draws (the back-off is jittered).</summary>
    private static (double Min, double Max) Draws(CallPacing pacing, int retries)
    {
        var draws = Enumerable.Range(0, 2000).Select(_ => PacedRetryPolicy.Backoff(pacing, retries).TotalSeconds).ToList();
        return (draws.Min(), draws.Max());
    }

    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(2, 2.0)]
    [InlineData(3, 4.0)]
    [InlineData(4, 8.0)]
    public void With_pacing_off_a_throttled_retry_backs_off_like_the_sdks_standard_mode(int retries, double ceiling)
    {
        var (min, max) = Draws(Call(null, throttledInARow: retries), retries);

        Assert.InRange(max, ceiling * 0.8, ceiling);
        Assert.True(min < ceiling * 0.2, "full jitter draws from the whole range");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("adaptive")]
    public void Other_retries_back_off_from_the_short_base(string? pacing)
    {
        RequestRateLimiter? limiter = pacing == null ? null : new AdaptiveRateLimiter();

        Assert.InRange(Draws(Call(limiter, 0), retries: 1).Max, 0, 0.05);
        Assert.InRange(Draws(Call(limiter, 0), retries: 3).Max, 0.1, 0.2);
    }

    [Fact]
    public void With_a_limiter_a_throttled_retry_waits_for_it_and_backs_off_itself_only_when_throttled_again()
    {
        var limiter = new FixedRateLimiter(2, 5);

        Assert.InRange(Draws(Call(limiter, 1), retries: 1).Max, 0, 0.05);
        var twice = Draws(Call(limiter, 2), retries: 2);
        Assert.InRange(twice.Min, 0.5, 1.0);
        Assert.InRange(twice.Max, 0.5, 1.0);
        var thrice = Draws(Call(limiter, 3), retries: 3);
        Assert.InRange(thrice.Min, 1.0, 2.0);
        Assert.InRange(thrice.Max, 1.0, 2.0);
    }

    [Theory]
    [InlineData(20.0, 0.25)]
    [InlineData(40.0, 0.125)]
    [InlineData(200.0, 0.05)]
    [InlineData(2.0, 1.0)]
    public void A_retry_throttled_again_backs_off_for_the_time_the_pace_lets_a_burst_through(double rate, double seconds)
    {
        // Results are written in input order: a call held up for a second holds up every input after it, while the
        // limiter already keeps the pace. So the back-off follows the pace (burst 5), within 50 ms and 1 s.
        var limiter = new FixedRateLimiter(rate, 5);

        var twice = Draws(Call(limiter, 2), retries: 2);
        Assert.InRange(twice.Min, seconds / 2, seconds);
        Assert.InRange(twice.Max, seconds / 2, seconds);
        var thrice = Draws(Call(limiter, 3), retries: 3);
        Assert.InRange(thrice.Max, seconds, 2 * seconds);
    }
}
