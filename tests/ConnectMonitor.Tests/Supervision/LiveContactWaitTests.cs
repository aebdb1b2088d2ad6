using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Supervision;

/// <summary>
/// Get-ConnectLiveContact -Wait in a running pipeline, against a double of its own: Ctrl+C ends it at once (while it
/// waits for the next poll and while a poll hangs), and an outage of GetCurrentUserData (throttled past the retries, or
/// answering 5xx for several polls) is one warning, then one when the reads work again, and the watch goes on. Contacts
/// appear when the test adds them to the double's world, so nothing waits on a clock.
/// </summary>
public sealed class LiveContactWaitTests : OwnDoubleTest
{
    private const string NewContactId = "c0000000-0000-4000-8000-0000000000a1";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    private StoppableCommand BeginWatch(int pollIntervalSec) => StoppableCommand.Begin(
        "Get-ConnectLiveContact -InstanceId $args[0] -Agent jdoe -Wait -PollIntervalSec $args[1] -EndpointUrl $args[2] -Region $args[3]",
        TestCredentials.InstanceId, pollIntervalSec, Server.Endpoint.ToString(), TestCredentials.Region);

    private void JdoeTakesANewCall() => Server.World.AddAgentContact(TestCredentials.InstanceId,
        new AgentContact(NewContactId, SupervisorWorld.JdoeId, SupervisorWorld.BillingQueueId));

    private static string[] ContactIds(StoppableCommand command) =>
        command.Output.Select(o => (string)o.Properties["ContactId"].Value).ToArray();

    [Fact]
    public async Task Stop_ends_the_watch_at_once_while_it_waits_for_the_next_poll()
    {
        using var command = BeginWatch(3600);
        await command.WaitUntilAsync(c => c.Output.Count == 1, Bound);

        command.StopAndAssertStoppedWithin(TimeSpan.FromSeconds(1));
        Assert.Equal(new[] { SupervisorWorld.JdoeContactId }, ContactIds(command));
    }

    [Fact]
    public async Task Stop_ends_the_watch_at_once_while_a_poll_hangs()
    {
        using var command = BeginWatch(1);
        await command.WaitUntilAsync(c => c.Output.Count == 1, Bound);
        var arrived = Server.ArrivedCount;
        Server.Faults.ForContact("GetCurrentUserData", Fault.Delay(TimeSpan.FromMinutes(10)));
        using var timeout = new CancellationTokenSource(Bound);
        await Server.WaitForArrivalsAsync(arrived + 1, timeout.Token);

        command.StopAndAssertStoppedWithin(TimeSpan.FromSeconds(1));
    }

    [Theory]
    [InlineData("-Queue Billing")]
    [InlineData("-RoutingProfile 'Basic Routing Profile'")]
    [InlineData("-HierarchyGroup 'Team North'")]
    public async Task Every_filter_kind_catches_a_contact_as_it_connects(string filter)
    {
        using var command = StoppableCommand.Begin(
            $"Get-ConnectLiveContact -InstanceId $args[0] {filter} -Wait -PollIntervalSec 1 -EndpointUrl $args[1] -Region $args[2]",
            TestCredentials.InstanceId, Server.Endpoint.ToString(), TestCredentials.Region);
        await command.WaitUntilAsync(c => ContactIds(c).Contains(SupervisorWorld.JdoeContactId), Bound);

        JdoeTakesANewCall();
        await command.WaitUntilAsync(c => ContactIds(c).Contains(NewContactId), Bound);

        Assert.Equal(ContactIds(command).Length, ContactIds(command).Distinct().Count());
        command.StopAndAssertStoppedWithin(TimeSpan.FromSeconds(1));
    }

    public static TheoryData<string, int> Outages => new()
    {
        // Five throttled attempts fail one poll (the retry budget); fifteen 5xx answers fail three polls in a row.
        { "throttling", 5 },
        { "5xx", 15 },
    };

    [Theory]
    [MemberData(nameof(Outages))]
    public async Task An_outage_is_one_warning_and_one_when_it_ends_and_the_watch_goes_on(string kind, int failedAnswers)
    {
        using var command = BeginWatch(1);
        await command.WaitUntilAsync(c => c.Output.Count == 1, Bound);

        Server.Faults.ForContact("GetCurrentUserData", Enumerable.Range(0, failedAnswers)
            .Select(_ => kind == "throttling" ? Fault.Throttle() : Fault.InternalError()).ToArray());
        JdoeTakesANewCall();
        await command.WaitUntilAsync(c => c.Output.Count >= 2 && c.Warnings.Count >= 2, Bound);

        Assert.Equal(0, Server.Faults.PendingCount);
        Assert.Equal(new[] { SupervisorWorld.JdoeContactId, NewContactId }, ContactIds(command));
        var warnings = command.Warnings.Select(w => w.Message).ToArray();
        Assert.Equal(2, warnings.Length);
        Assert.StartsWith("Reading the live contacts failed:", warnings[0]);
        Assert.Contains("Still watching", warnings[0]);
        Assert.StartsWith("Reading the live contacts works again after", warnings[1]);
        command.StopAndAssertStoppedWithin(TimeSpan.FromSeconds(1));
    }
}
