using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Bulk;

/// <summary>Ctrl+C (PowerShell.Stop) cancels the calls in flight at once, and nothing is sent afterwards.</summary>
public sealed class StopProcessingTests(ConnectDoubleFixture connect) : IClassFixture<ConnectDoubleFixture>
{
    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    public async Task Stop_cancels_calls_in_flight_promptly_and_sends_nothing_more(int throttleLimit)
    {
        var contacts = connect.NewContacts(throttleLimit + 4, "stop");
        foreach (var contact in contacts)
        {
            connect.Server.Faults.ForContact(contact, Fault.Delay(TimeSpan.FromSeconds(60)));
        }
        var arrivedBefore = connect.Server.ArrivedCount;

        using var command = StoppableCommand.Begin(
            "$args[4] | Start-ConnectContactMonitor -InstanceId $args[1] -UserId $args[2] -EndpointUrl $args[3] -ThrottleLimit $args[5] -MaxRequestsPerSecond 0",
            ModuleFolder.ManifestPath, TestCredentials.InstanceId, TestCredentials.UserId, connect.Endpoint, contacts, throttleLimit);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await connect.Server.WaitForArrivalsAsync(arrivedBefore + throttleLimit, timeout.Token);

        command.StopAndAssertStoppedWithin(TimeSpan.FromSeconds(2));
        // Only the calls in flight when Stop came ever arrived. (With several workers, which contacts those are is not
        // input order: queued calls take free slots in whatever order the thread pool runs them.)
        await connect.Server.AssertNothingMoreArrivesAsync(arrivedBefore + throttleLimit);
        if (throttleLimit == 1)
        {
            Assert.All(connect.RequestsFor(contacts[1..]), r => Assert.Fail($"sent after the stop: {r}"));
        }
    }
}
