using System.Diagnostics;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
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

        var state = InitialSessionState.CreateDefault2();
        using var runspace = RunspaceFactory.CreateRunspace(state);
        runspace.Open();
        using var ps = PowerShell.Create();
        ps.Runspace = runspace;
        ps.AddScript("Import-Module -Name $args[0] -ErrorAction Stop").AddArgument(ModuleFolder.ManifestPath).Invoke();
        ps.Commands.Clear();
        ps.AddScript("$args[4] | Start-ConnectContactMonitor -InstanceId $args[1] -UserId $args[2] -EndpointUrl $args[3] -ThrottleLimit $args[5] -MaxRequestsPerSecond 0")
            .AddArgument(ModuleFolder.ManifestPath).AddArgument(TestCredentials.InstanceId).AddArgument(TestCredentials.UserId)
            .AddArgument(connect.Endpoint).AddArgument(contacts).AddArgument(throttleLimit);

        var invocation = ps.BeginInvoke();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await connect.Server.WaitForArrivalsAsync(arrivedBefore + throttleLimit, timeout.Token);

        var clock = Stopwatch.StartNew();
        ps.Stop();
        clock.Stop();

        Assert.True(invocation.IsCompleted);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"Stop took {clock.Elapsed}");
        Assert.Equal(PSInvocationState.Stopped, ps.InvocationStateInfo.State);
        // Only the calls in flight when Stop came ever arrived. (With several workers, which contacts those are is not
        // input order: queued calls take free slots in whatever order the thread pool runs them.)
        Assert.Equal(arrivedBefore + throttleLimit, connect.Server.ArrivedCount);
        if (throttleLimit == 1)
        {
            Assert.All(connect.RequestsFor(contacts[1..]), r => Assert.Fail($"sent after the stop: {r}"));
        }
    }
}
