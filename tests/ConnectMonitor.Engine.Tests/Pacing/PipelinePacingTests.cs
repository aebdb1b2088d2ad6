using ConnectMonitor.Engine.Monitoring;
using ConnectMonitor.Engine.Pacing;
using Xunit;

namespace ConnectMonitor.Engine.Tests.Pacing;

/// <summary>One limiter per pipeline per endpoint and operation, in the mode the pipeline asked for.</summary>
public sealed class PipelinePacingTests
{
    private const string Endpoint = "https://connect.us-east-1.amazonaws.com/";

    [Fact]
    public void Every_call_to_one_operation_at_one_endpoint_shares_one_limiter_and_others_get_their_own()
    {
        var pacing = PipelinePacing.Adaptive();

        var monitor = pacing.LimiterFor(Endpoint, "MonitorContact");

        Assert.Same(monitor, pacing.LimiterFor(Endpoint, "MonitorContact"));
        Assert.NotSame(monitor, pacing.LimiterFor(Endpoint, "SearchUsers"));
        Assert.NotSame(monitor, pacing.LimiterFor("https://connect.eu-west-2.amazonaws.com/", "MonitorContact"));
        Assert.Equal(3, pacing.Operations.Count);
        Assert.NotSame(monitor, PipelinePacing.Adaptive().LimiterFor(Endpoint, "MonitorContact"));
    }

    [Fact]
    public void The_pipeline_options_choose_adaptive_pinned_or_no_pacing()
    {
        Assert.IsType<AdaptiveRateLimiter>(MonitorContactOptions.ForPipeline(null, 5, null).Pacing!.LimiterFor(Endpoint, "MonitorContact"));
        var pinned = Assert.IsType<FixedRateLimiter>(MonitorContactOptions.ForPipeline(20, 7, null).Pacing!.LimiterFor(Endpoint, "MonitorContact"));
        Assert.Equal((20.0, 7), (pinned.RequestsPerSecond, pinned.Burst));
        var off = MonitorContactOptions.ForPipeline(0, 5, null).Pacing!;
        Assert.Equal(PacingMode.Off, off.Mode);
        Assert.Null(off.LimiterFor(Endpoint, "MonitorContact"));
    }

    [Fact]
    public async Task The_summary_says_what_each_limiter_came_to()
    {
        var clock = new FakePacingClock();
        var pacing = new PipelinePacing(PacingMode.Adaptive, 0, 5, clock);
        var limiter = pacing.LimiterFor(Endpoint, "MonitorContact")!;
        Assert.Null(pacing.ProgressText());
        for (var i = 0; i < 41; i++)
        {
            clock.Advance(0.05);
            limiter.OnAnswered(await limiter.WaitAsync(CancellationToken.None), throttled: false);
        }
        Assert.Contains("never throttled", Assert.Single(pacing.Summary()));
        clock.Advance(0.025);

        limiter.OnAnswered(await limiter.WaitAsync(CancellationToken.None), throttled: true);

        Assert.Equal($"Pacing of MonitorContact at {Endpoint}: adaptive, settled at 20.0 requests/s (the rate the service allowed when it " +
                     "last throttled; paced at 14.0 requests/s at the end); 1 of 42 attempts throttled.", Assert.Single(pacing.Summary()));
        Assert.Equal("20.0 requests/s", pacing.ProgressText());
    }
}
