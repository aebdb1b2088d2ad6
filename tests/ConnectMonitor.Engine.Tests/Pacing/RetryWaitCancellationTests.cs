using System.Diagnostics;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Engine.Monitoring;
using ConnectMonitor.Engine.Pacing;
using ConnectMonitor.Engine.Sessions;
using Xunit;

namespace ConnectMonitor.Engine.Tests.Pacing;

/// <summary>A call waiting between attempts (after throttling or an error, with pacing off or on) ends at once when cancelled.</summary>
public sealed class RetryWaitCancellationTests : DoubleServerTest
{
    private static readonly TimeSpan ADay = TimeSpan.FromDays(1);

    // The wait cancelled is a day long (and the SDK's own time-out 100 s): any bound far below both proves it ended at
    // once. 1 s failed twice on a busy 2-core machine at 1.004 s, the thread pool's delay in adding a thread for the
    // cancelled call's continuation while other tests hold its threads, not a wait of the module's.
    private static readonly TimeSpan AtOnce = TimeSpan.FromSeconds(3);
    public static TheoryData<string, string> Waits => new()
    {
        { "off", "throttled" },
        { "off", "server error" },
        { "adaptive", "server error" },
        { "fixed", "server error" },
    };

    [Theory]
    [MemberData(nameof(Waits))]
    public async Task Cancelling_a_call_that_waits_to_retry_ends_it_at_once_and_sends_nothing_more(string pacing, string fault)
    {
        var contact = $"retry-wait-{Guid.NewGuid():N}";
        Server.World.AddContacts(TestCredentials.InstanceId, [contact]);
        Server.Faults.Always(contact, fault == "throttled" ? Fault.Throttle() : Fault.InternalError());
        var options = new MonitorContactOptions
        {
            Pacing = pacing switch { "off" => PipelinePacing.Off(), "adaptive" => PipelinePacing.Adaptive(), _ => PipelinePacing.Fixed(1000, 5) },
            MaxAttempts = 5,
            // Back-off is a random part of the base: a day's base makes the wait long whatever the draw.
            RetryBaseDelay = ADay,
            ThrottleRetryBaseDelay = ADay,
        };
        using var service = new ConnectSession(DoubleSession(), options);
        using var stop = new CancellationTokenSource();

        var call = service.MonitorContactAsync(new MonitorContactInput(TestCredentials.InstanceId, contact, TestCredentials.UserId), stop.Token);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        // Recorded once answered: the call is then in (or entering) its wait before the second attempt.
        await Server.WaitForRequestsAsync(1, timeout.Token);

        var clock = Stopwatch.StartNew();
        stop.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
        clock.Stop();

        Assert.True(clock.Elapsed < AtOnce, $"cancel took {clock.Elapsed}");
        Assert.Single(Server.Requests, r => r.ContactId == contact);
    }
}
