using System.Diagnostics;
using System.Management.Automation;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Supervision;

/// <summary>
/// Tab completion of names from the instance, through TabExpansion2 in a real runspace against the double (what a shell
/// shows is tested in tests/Pester/Completion.Tests.ps1): the bound (a stalled endpoint offers nothing, soon), the
/// per-session cache (asserted on the double's log), nothing sent without an instance, and never an error. A new double
/// per test, so every count is the test's own.
/// </summary>
public sealed class NameCompletionTests : IAsyncLifetime
{
    private const string Session = "-EndpointUrl $endpoint -Region $region";
    private ConnectDoubleServer _server = null!;

    public async Task InitializeAsync() => _server = await ConnectDoubleServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private PowerShellSession NewSession() =>
        PowerShellSession.WithModule()
            .SetVariable("endpoint", _server.Endpoint.ToString())
            .SetVariable("instance", TestCredentials.InstanceId)
            .SetVariable("region", TestCredentials.Region);

    /// <summary>TabExpansion2 at the end of <paramref name="line"/>: the completion texts, and the run (for its errors).</summary>
    private static (List<string> Texts, RunResult Run) Complete(PowerShellSession ps, string line)
    {
        var run = ps.Run("$r = TabExpansion2 -inputScript $args[0] -cursorColumn $args[0].Length; $r.CompletionMatches | ForEach-Object CompletionText", line);
        return (run.Output.Select(o => o.BaseObject.ToString()!).ToList(), run);
    }

    /// <summary>
    /// Completes until an answer comes (at most 15 times): a session's first read starts the engine and the AWS SDK, which on
    /// a busy machine can take longer than the 2 s bound; its late answer serves the next Tab, as a user would press it again.
    /// </summary>
    private static (List<string> Texts, RunResult Run) CompleteUntilAnswered(PowerShellSession ps, string line)
    {
        var completion = Complete(ps, line);
        for (var attempt = 1; attempt < 15 && completion.Texts.Count == 0; attempt++)
        {
            completion = Complete(ps, line);
        }

        return completion;
    }

    [Fact]
    public void User_names_come_from_the_instance_and_a_second_completion_sends_no_request()
    {
        using var ps = NewSession();

        var first = CompleteUntilAnswered(ps, $"Start-ConnectContactMonitor -InstanceId $instance {Session} -UserName ja");
        var again = Complete(ps, $"Start-ConnectContactMonitor -InstanceId $instance {Session} -UserName ja");
        var longer = Complete(ps, $"Get-ConnectLiveContact -InstanceId $instance {Session} -Agent jan");

        Assert.Equal(["jane.supervisor"], first.Texts);
        Assert.Equal(first.Texts, again.Texts);
        Assert.Equal(["jane.supervisor"], longer.Texts);
        var searches = _server.Requests.Where(r => r.Path == "/search-users").ToList();
        Assert.Single(searches);
        Assert.Contains("\"STARTS_WITH\"", searches[0].Body);
    }

    [Fact]
    public void Each_session_reads_for_itself()
    {
        using (var first = NewSession())
        {
            Assert.Contains("Billing", CompleteUntilAnswered(first, $"Get-ConnectLiveContact -InstanceId $instance {Session} -Queue B").Texts);
        }

        using var second = NewSession();
        Assert.Contains("Billing", CompleteUntilAnswered(second, $"Get-ConnectLiveContact -InstanceId $instance {Session} -Queue B").Texts);
        Assert.Equal(2, _server.Requests.Count(r => r.Path == "/search-queues"));
    }

    [Theory]
    [InlineData("Start-ConnectContactMonitor {0} -UserName ja")]
    [InlineData("Get-ConnectLiveContact {0} -Agent j")]
    [InlineData("Get-ConnectLiveContact {0} -Queue ")]
    [InlineData("Get-ConnectLiveContact {0} -RoutingProfile Cl")]
    [InlineData("Get-ConnectLiveContact {0} -HierarchyGroup 'Team")]
    [InlineData("Get-ConnectLiveContact {0} -InstanceId '' -Agent j")]
    public void Without_an_instance_nothing_is_sent_and_nothing_offered(string line)
    {
        using var ps = NewSession();

        var completion = Complete(ps, string.Format(line, Session));

        Assert.Empty(completion.Texts);
        Assert.Empty(completion.Run.Errors);
        Assert.Equal(0, _server.ArrivedCount);
    }

    [Fact]
    public async Task A_stalled_endpoint_offers_nothing_within_the_bound()
    {
        _server.Faults.ForContact("SearchQueues", Fault.Delay(TimeSpan.FromSeconds(90)));
        using var ps = NewSession();
        var clock = Stopwatch.StartNew();

        var completion = Complete(ps, $"Get-ConnectLiveContact -InstanceId $instance {Session} -Queue B");

        clock.Stop();
        Assert.Empty(completion.Texts);
        Assert.Empty(completion.Run.Errors);
        using var arrived = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _server.WaitForArrivalsAsync(1, arrived.Token);
        // The bound is about 2 s; far under the double's 90 s stall, whatever the machine's load.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"completion took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("AccessDenied", "")]
    [InlineData("Throttled", "")]
    [InlineData("BrokenAnswer", "")]
    [InlineData("UnknownInstance", "")]
    [InlineData("None", "-ProfileName no-such-profile")]
    [InlineData("None", "-EndpointUrl 'not a url'")]
    [InlineData("None", "-Region 'not a region!'")]
    [InlineData("None", "-AccessKey AKIDONLY")]
    [InlineData("None", "-InstanceId 'arn:aws:connect:us-east-1:123:instance/x'")]
    public void Completion_never_writes_errors_and_a_failure_offers_nothing(string fault, string extra)
    {
        switch (fault)
        {
            case "AccessDenied": _server.Faults.Always("SearchUsers", Fault.AccessDenied()); break;
            case "Throttled": _server.Faults.Always("SearchUsers", Fault.Throttle()); break;
            case "BrokenAnswer": _server.Faults.Always("SearchUsers", Fault.MalformedJson()); break;
        }

        var instance = extra.Contains("-InstanceId") ? "" : fault == "UnknownInstance" ? "-InstanceId " + TestCredentials.MissingInstanceId : "-InstanceId $instance";
        var endpoint = extra.Contains("-EndpointUrl") ? "" : "-EndpointUrl $endpoint";
        var region = extra.Contains("-Region") ? "" : "-Region $region";
        using var ps = NewSession();

        var completion = Complete(ps, $"Start-ConnectContactMonitor {instance} {endpoint} {region} {extra} -UserName ja");
        var errors = ps.Run("$Error.Count");

        Assert.Empty(completion.Texts);
        Assert.Empty(completion.Run.Errors);
        Assert.Null(completion.Run.Exception);
        Assert.Equal(0, (int)errors.Output[0].BaseObject);
    }
}
