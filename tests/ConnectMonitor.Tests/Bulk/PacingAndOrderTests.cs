using System.Diagnostics;
using System.Management.Automation;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Bulk;

/// <summary>Pacing to the account quota, calls in flight at once, output in input order, progress and -Verbose.</summary>
public sealed class PacingAndOrderTests(ConnectDoubleFixture connect) : IClassFixture<ConnectDoubleFixture>
{
    [Fact]
    public async Task A_paced_run_against_a_quota_sees_no_throttling_error_and_takes_about_the_quota_time()
    {
        // A server of its own: the quota is per server.
        await using var server = await ConnectDoubleServer.StartAsync();
        var contacts = Enumerable.Range(0, 25).Select(i => $"paced-{i}-{Guid.NewGuid():N}").ToArray();
        server.World.AddContacts(TestCredentials.InstanceId, contacts);
        server.Faults.SetRateLimit(10, burst: 5);
        using var ps = connect.NewSession().SetVariable("endpoint", server.Endpoint.ToString());

        var clock = Stopwatch.StartNew();
        var run = ps.Run("$args | Start-ConnectContactMonitor -InstanceId $instance -UserId $user -EndpointUrl $endpoint -ThrottleLimit 4 -MaxRequestsPerSecond 10 -Burst 5",
            contacts.Cast<object?>().ToArray());
        clock.Stop();

        Assert.Empty(run.Errors);
        Assert.Equal(contacts, run.Output.Select(o => (string)o.Properties["ContactId"].Value));
        // (25 - 5 burst) / 10 per second = 2 s at the least; the client's bucket keeps retries rare.
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1.9), $"took {clock.Elapsed}");
        Assert.True(server.Requests.Count(r => r.ResponseStatus == 429) <= 3, string.Join("\n", server.Requests));
    }

    [Fact]
    public void A_pinned_pace_of_two_per_second_lets_a_burst_of_five_go_first()
    {
        var contacts = connect.NewContacts(7, "default-pace");
        using var ps = connect.NewSession();
        // A first call in a cold process spends a moment between taking its token and arriving; warm up first so
        // that arrival times are token times.
        Assert.Empty(ps.Run("Start-ConnectContactMonitor $args[0] -InstanceId $instance -UserId $user -EndpointUrl $endpoint", connect.NewContacts(1, "warm-up")[0]).Errors);

        var run = ps.Run("$args | Start-ConnectContactMonitor -InstanceId $instance -UserId $user -EndpointUrl $endpoint -MaxRequestsPerSecond 2 -Burst 5",
            contacts.Cast<object?>().ToArray());

        Assert.Empty(run.Errors);
        var arrivals = connect.RequestsFor(contacts).Select(r => r.ReceivedAt).Order().ToArray();
        // A bucket of 5 refilled at 2 per second lets at most 5 + 2t requests through in any t seconds, so 7 need a
        // second at the least.
        Assert.True(arrivals[6] - arrivals[0] >= TimeSpan.FromSeconds(0.9), "arrivals (ms after the first): " + string.Join(" ", arrivals.Select(a => (a - arrivals[0]).TotalMilliseconds.ToString("0"))));
    }

    [Fact]
    public async Task With_ThrottleLimit_output_keeps_input_order_while_a_slow_answer_holds_the_later_ones()
    {
        var contacts = connect.NewContacts(12, "order");
        var missing = $"missing-{Guid.NewGuid():N}";
        // The first contact answers last: later results wait for it, in order.
        connect.Server.Faults.ForContact(contacts[0], Fault.Delay(TimeSpan.FromSeconds(1)));
        var inputs = contacts.Take(3).Append(missing).Concat(contacts.Skip(3)).ToArray();
        using var ps = connect.NewSession();

        var run = await Task.Run(() => ps.Run(
            "$args | Start-ConnectContactMonitor -InstanceId $instance -UserId $user -EndpointUrl $endpoint -ThrottleLimit 8 -MaxRequestsPerSecond 0",
            inputs.Cast<object?>().ToArray()));

        Assert.Equal(contacts, run.Output.Select(o => (string)o.Properties["ContactId"].Value));
        ErrorAssert.Is(Assert.Single(run.Errors), "ResourceNotFoundException", ErrorCategory.ObjectNotFound, missing);
        // How many calls -ThrottleLimit 8 has in flight is measured by the benchmark's latency case (-ThrottleLimit 8 at
        // least 6x faster than 1), not by a time window here that a loaded machine can miss.
    }

    [Fact]
    public void Progress_is_written_for_many_inputs_and_not_for_one()
    {
        var contacts = connect.NewContacts(6, "progress");
        using var ps = connect.NewSession();

        var one = ps.Run("Start-ConnectContactMonitor $args[0] -InstanceId $instance -UserId $user -EndpointUrl $endpoint", contacts[0]);
        var many = ps.Run("$args | Start-ConnectContactMonitor -InstanceId $instance -UserId $user -EndpointUrl $endpoint -MaxRequestsPerSecond 0", contacts[1..].Cast<object?>().ToArray());
        var silenced = ps.Run("$ProgressPreference = 'SilentlyContinue'; $args | Start-ConnectContactMonitor -InstanceId $instance -UserId $user -EndpointUrl $endpoint -MaxRequestsPerSecond 0 -ClientToken 'again'",
            contacts[1..].Cast<object?>().ToArray());

        Assert.Empty(one.Progress);
        Assert.NotEmpty(many.Progress);
        Assert.True(many.Progress.Count <= 3, "progress is throttled, not one record per item");
        var last = many.Progress[^1];
        Assert.Equal(ProgressRecordType.Completed, last.RecordType);
        Assert.Equal("5 of 5 contacts done: 5 started, 0 failed", last.StatusDescription);
        Assert.Empty(silenced.Progress);
    }

    [Fact]
    public void Verbose_says_what_was_sent_where_with_attempts_and_no_secret()
    {
        var contact = connect.NewContacts(1, "verbose")[0];
        connect.Server.Faults.ForContact(contact, Fault.Throttle());
        using var ps = connect.NewSession();

        var run = ps.Run("Start-ConnectContactMonitor $args[0] -InstanceId $instance -UserId $user -EndpointUrl $endpoint -Verbose", contact);

        Assert.Empty(run.Errors);
        var line = Assert.Single(run.Verbose, v => v.StartsWith("MonitorContact", StringComparison.Ordinal));
        var answered = connect.RequestsFor(contact)[^1];
        Assert.Contains(contact, line);
        Assert.Contains(TestCredentials.InstanceId, line);
        Assert.Contains(TestCredentials.Region, line);
        Assert.Contains(connect.Endpoint.TrimEnd('/'), line);
        Assert.Contains("2 attempts", line);
        Assert.Contains(answered.RequestId, line);
        Assert.DoesNotContain(TestCredentials.SecretAccessKey, string.Join("\n", run.Verbose));
    }
}
