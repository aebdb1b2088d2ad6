using System.Globalization;
using System.Text.RegularExpressions;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Bulk;

/// <summary>
/// A pipeline against a service that enforces a quota: adaptive pacing by default, no pacing with
/// -MaxRequestsPerSecond 0; no ThrottlingException reaches the user while retries remain, and Ctrl+C ends a pacing
/// wait at once. Each test has a server of its own, since the quota is per server.
/// </summary>
public sealed class AdaptivePacingTests
{
    private static async Task<(ConnectDoubleServer Server, string[] Contacts)> QuotaServerAsync(int contacts, double rps, int burst = 5)
    {
        var server = await ConnectDoubleServer.StartAsync();
        var ids = Enumerable.Range(0, contacts).Select(i => $"quota-{i}-{Guid.NewGuid():N}").ToArray();
        server.World.AddContacts(TestCredentials.InstanceId, ids);
        server.Faults.SetRateLimit(rps, burst);
        return (server, ids);
    }

    private static PowerShellSession Session(ConnectDoubleServer server) =>
        PowerShellSession.WithModule()
            .SetVariable("endpoint", server.Endpoint.ToString())
            .SetVariable("instance", TestCredentials.InstanceId)
            .SetVariable("user", TestCredentials.UserId);

    [Fact]
    public async Task Without_pacing_parameters_the_pipeline_finds_the_quota_and_says_where_it_settled()
    {
        var (server, contacts) = await QuotaServerAsync(80, rps: 20);
        await using var _ = server;
        using var ps = Session(server);

        var run = await Task.Run(() => ps.Run("$args | Start-ConnectContactMonitor -InstanceId $instance -UserId $user -EndpointUrl $endpoint -ThrottleLimit 8 -Verbose",
            contacts.Cast<object?>().ToArray()));

        Assert.Empty(run.Errors);
        Assert.Equal(contacts, run.Output.Select(o => (string)o.Properties["ContactId"].Value));
        // The service's burst runs out, so it throttles; the pacing line says where it settled and counts what the
        // service saw. (How near the quota it settles, and how few attempts are throttled, depends on the machine's
        // load: the pacing benchmark measures that, and the simulation in AdaptivePacingModelTests checks the model.)
        var throttled = server.Requests.Count(r => r.ResponseStatus == 429);
        Assert.True(throttled >= 1, "the quota never throttled");
        var settledLine = Assert.Single(run.Verbose, v => v.StartsWith("Pacing of MonitorContact at " + server.Endpoint, StringComparison.Ordinal));
        var settled = double.Parse(Regex.Match(settledLine, @"adaptive, settled at ([0-9.]+) requests/s").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.True(settled > 0, settledLine);
        Assert.Contains($"; {throttled} of {server.Requests.Count} attempts throttled.", settledLine);
        Assert.Matches(@"^80 of 80 contacts done: 80 started, 0 failed; [0-9]+\.[0-9] requests/s$", run.Progress[^1].StatusDescription);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(16)]
    public async Task With_pacing_off_throttled_calls_back_off_and_no_throttling_error_reaches_the_user(int throttleLimit)
    {
        var (server, contacts) = await QuotaServerAsync(60, rps: 20);
        await using var _ = server;
        using var ps = Session(server).SetVariable("throttle", throttleLimit);

        var run = await Task.Run(() => ps.Run("$args | Start-ConnectContactMonitor -InstanceId $instance -UserId $user -EndpointUrl $endpoint -ThrottleLimit $throttle -MaxRequestsPerSecond 0",
            contacts.Cast<object?>().ToArray()));

        Assert.Empty(run.Errors);
        Assert.Equal(contacts, run.Output.Select(o => (string)o.Properties["ContactId"].Value));
        Assert.Contains(server.Requests, r => r.ResponseStatus == 429);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public async Task Stop_ends_a_pacing_wait_within_a_second_and_nothing_more_is_sent(int throttleLimit)
    {
        // Pinned at one request per 20 s: after the first, every call waits on the limiter.
        var (server, contacts) = await QuotaServerAsync(throttleLimit + 3, rps: 1000);
        await using var _ = server;
        using var command = StoppableCommand.Begin(
            "$args[3] | Start-ConnectContactMonitor -InstanceId $args[0] -UserId $args[1] -EndpointUrl $args[2] -ThrottleLimit $args[4] -MaxRequestsPerSecond 0.05 -Burst 1",
            TestCredentials.InstanceId, TestCredentials.UserId, server.Endpoint.ToString(), contacts, throttleLimit);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await server.WaitForArrivalsAsync(1, timeout.Token);

        command.StopAndAssertStoppedWithin(TimeSpan.FromSeconds(1));
        await server.AssertNothingMoreArrivesAsync(1);
    }
}
