using ConnectMonitor.Engine.Pacing;
using Xunit;

namespace ConnectMonitor.Engine.Tests.Pacing;

/// <summary>How throttling that does not track our rate is told from throttling that does.</summary>
public sealed class BackgroundThrottlingTests
{
    private static BackgroundThrottling AfterClimb(int answers, int throttled)
    {
        var judge = new BackgroundThrottling();
        judge.Cut(measureClimb: true);
        for (var i = 0; i < answers; i++)
        {
            judge.ClimbAnswered(throttled: i < throttled);
        }
        judge.Cut(measureClimb: true);
        return judge;
    }

    [Fact]
    public void With_no_background_measured_the_first_throttle_beyond_the_climb_tracks_our_rate()
    {
        var judge = AfterClimb(answers: 30, throttled: 0);

        Assert.Equal(0, judge.Share);
        Assert.False(judge.ProbeAnswered(throttled: false));
        Assert.True(judge.ProbeAnswered(throttled: true));
    }

    [Fact]
    public void The_share_throttled_while_climbing_back_is_the_background()
    {
        Assert.Equal(0.1, AfterClimb(answers: 30, throttled: 3).Share, 6);
        Assert.Equal(0, AfterClimb(answers: 9, throttled: 3).Share); // too few answers to say
        Assert.Equal(0.25, AfterClimb(answers: 20, throttled: 15).Share, 6); // never more than a quarter
    }

    [Fact]
    public void A_climb_after_a_cut_measured_over_a_short_span_says_nothing()
    {
        var judge = new BackgroundThrottling();
        judge.Cut(measureClimb: false);
        for (var i = 0; i < 30; i++)
        {
            judge.ClimbAnswered(throttled: true);
        }
        judge.Cut(measureClimb: true);

        Assert.Equal(0, judge.Share);
    }

    [Fact]
    public void Beyond_the_climb_only_throttling_beyond_the_background_share_tracks_our_rate()
    {
        // Background 10%: one throttle in ten answers is expected; four in ten (>= 1 + 1 + 2 sd) is ours.
        var judge = AfterClimb(answers: 40, throttled: 4);
        var verdicts = new List<bool>();
        for (var i = 0; i < 10; i++)
        {
            verdicts.Add(judge.ProbeAnswered(throttled: i == 9));
        }
        Assert.DoesNotContain(true, verdicts);

        var busy = AfterClimb(answers: 40, throttled: 4);
        var answers = Enumerable.Range(0, 10).Select(i => busy.ProbeAnswered(throttled: i % 2 == 1)).ToList();
        Assert.Equal([false, false, false, false, false, false, false, true, false, true], answers);
    }
}
