using System.Management.Automation;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Supervision;

/// <summary>
/// Names to ids in real pipelines (Start-ConnectContactMonitor -UserName, Get-ConnectLiveContact's filters), asserted on
/// the double's request log: one lookup per name per instance per pipeline, bad and ambiguous names, empty results,
/// pagination, throttled lookups and Ctrl+C during a lookup. A new double per test, so every count is the test's own.
/// </summary>
public sealed class NameLookupPipelineTests : IAsyncLifetime
{
    private const string SearchUsers = "/search-users";
    private const string Start = "ConnectMonitor.Commands.StartConnectContactMonitorCommand";
    private const string Get = "ConnectMonitor.Commands.GetConnectLiveContactCommand";
    private ConnectDoubleServer _server = null!;

    public async Task InitializeAsync() => _server = await ConnectDoubleServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private PowerShellSession NewSession() =>
        PowerShellSession.WithModule()
            .SetVariable("endpoint", _server.Endpoint.ToString())
            .SetVariable("instance", TestCredentials.InstanceId)
            .SetVariable("region", TestCredentials.Region);

    [Fact]
    public async Task A_supervisor_name_is_looked_up_once_for_a_whole_pipeline()
    {
        using var ps = NewSession();
        var contacts = TestCredentials.ContactIds.Take(6).ToArray();

        var run = ps.Run("$args[0] | Start-ConnectContactMonitor -InstanceId $instance -UserName jane.supervisor -EndpointUrl $endpoint -Region $region", (object)contacts);

        Assert.Empty(run.Errors);
        Assert.Equal(contacts, run.Output.Select(o => (string)o.Properties["ContactId"].Value));
        Assert.All(run.Output, o => Assert.Equal(TestCredentials.UserId, o.Properties["UserId"].Value));
        Assert.Equal(1, await _server.CountRequestsToAsync(SearchUsers, 7));
        Assert.Equal(6, _server.Requests.Count(r => r.Path == "/contact/monitor"));
    }

    [Fact]
    public async Task Each_instance_gets_its_own_lookup_and_its_own_answer()
    {
        const string otherInstance = "9e9e9e9e-1d2b-4c6a-9e7f-0a1b2c3d4e5f";
        const string otherJane = "9e9e9e9e-8d41-4f3e-a6b0-9c8d7e6f5a41";
        _server.World.AddNamedUser(otherInstance, new DirectoryUser(otherJane, SupervisorWorld.SupervisorName));
        _server.World.AddContact(otherInstance, "other-contact-1").AddContact(otherInstance, "other-contact-2");
        using var ps = NewSession();

        var run = ps.Run(
            "@([pscustomobject]@{ContactId='other-contact-1';InstanceId=$args[0]}, [pscustomobject]@{ContactId=$args[1];InstanceId=$instance}, " +
            "[pscustomobject]@{ContactId='other-contact-2';InstanceId=$args[0]}) | Start-ConnectContactMonitor -UserName jane.supervisor -EndpointUrl $endpoint -Region $region",
            otherInstance, TestCredentials.ContactIds[0]);

        Assert.Empty(run.Errors);
        Assert.Equal(new object[] { otherJane, TestCredentials.UserId, otherJane }, run.Output.Select(o => o.Properties["UserId"].Value));
        Assert.Equal(2, await _server.CountRequestsToAsync(SearchUsers, 5));
    }

    [Theory]
    [InlineData("jane.sup", "NameNotFound", ErrorCategory.ObjectNotFound, "search-users")]
    [InlineData("Jane Supervisor", "NameNotFound", ErrorCategory.ObjectNotFound, "not the display name")]
    [InlineData("KIM", "AmbiguousName", ErrorCategory.InvalidArgument, SupervisorWorld.KimUpperId)]
    public async Task A_bad_supervisor_name_is_one_error_per_contact_after_one_lookup(string name, string errorId, ErrorCategory category, string messagePart)
    {
        using var ps = NewSession();
        var contacts = TestCredentials.ContactIds.Take(3).ToArray();

        var run = ps.Run("$args[0] | Start-ConnectContactMonitor -InstanceId $instance -UserName $args[1] -EndpointUrl $endpoint -Region $region", contacts, name);

        Assert.Empty(run.Output);
        Assert.Equal(3, run.Errors.Count);
        Assert.All(run.Errors, e => IsError(e, errorId, category, Start));
        Assert.Equal(contacts, run.Errors.Select(e => e.TargetObject));
        Assert.Contains(messagePart, run.Errors[0].Exception.Message);
        Assert.Equal(1, await _server.CountRequestsToAsync(SearchUsers, 1));
        Assert.DoesNotContain(_server.Requests, r => r.Path == "/contact/monitor");
    }

    [Fact]
    public async Task An_exact_name_wins_over_names_that_differ_only_by_case()
    {
        using var ps = NewSession();

        var run = ps.Run("Get-ConnectLiveContact -InstanceId $instance -Agent kim, jdoe -EndpointUrl $endpoint -Region $region");

        Assert.Empty(run.Errors);
        Assert.Equal(SupervisorWorld.JdoeContactId, Assert.Single(run.Output).Properties["ContactId"].Value);
        Assert.Equal(1, await _server.CountRequestsToAsync(SearchUsers, 2)); // kim and jdoe in one search
    }

    [Fact]
    public async Task Live_contact_filters_resolve_several_names_in_one_search_and_report_the_bad_ones()
    {
        using var ps = NewSession();

        var run = ps.Run("Get-ConnectLiveContact -InstanceId $instance -Queue Billing, 'No Such Queue', Claims -EndpointUrl $endpoint -Region $region");

        var error = Assert.Single(run.Errors);
        IsError(error, "NameNotFound", ErrorCategory.ObjectNotFound, Get);
        Assert.Equal("No Such Queue", error.TargetObject);
        Assert.Contains("search-queues", error.Exception.Message);
        Assert.Equal(new[] { "Billing", "Billing", "Claims", "Claims" }, run.Output.Select(o => (string)o.Properties["QueueName"].Value).Order());
        Assert.Equal(1, await _server.CountRequestsToAsync("/search-queues", 3));
    }

    [Fact]
    public async Task An_ambiguous_team_name_lists_the_groups_and_sends_no_query()
    {
        using var ps = NewSession();

        var run = ps.Run("Get-ConnectLiveContact -InstanceId $instance -HierarchyGroup 'Team East' -EndpointUrl $endpoint -Region $region");

        var error = Assert.Single(run.Errors);
        IsError(error, "AmbiguousName", ErrorCategory.InvalidArgument, Get);
        Assert.Equal("Team East", error.TargetObject);
        Assert.Contains(SupervisorWorld.TeamEastAId, error.Exception.Message);
        Assert.Contains(SupervisorWorld.TeamEastBId, error.Exception.Message);
        await _server.CountRequestsToAsync("/search-user-hierarchy-groups", 1);
        Assert.DoesNotContain(_server.Requests, r => r.Path.StartsWith("/metrics/userdata/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("-Agent tnguyen")]                       // an agent on no contact
    [InlineData("-Agent mgarcia")]                       // only a ringing contact: not live by default
    [InlineData("-Agent jdoe -Channel CHAT")]            // jdoe's contact is a voice call
    [InlineData("-Queue Support")]                       // a queue nobody is working
    [InlineData("-Agent jdoe -State ENDED")]
    public void Nothing_live_is_no_output_and_no_error(string filter)
    {
        using var ps = NewSession();

        var run = ps.Run($"Get-ConnectLiveContact -InstanceId $instance {filter} -EndpointUrl $endpoint -Region $region");

        Assert.Null(run.Exception);
        Assert.Empty(run.Errors);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task Every_page_is_read_for_the_contacts_and_the_names()
    {
        _server.World.PageSize = 1;
        using var ps = NewSession();

        var run = ps.Run("Get-ConnectLiveContact -InstanceId $instance -Queue Billing, Claims -State CONNECTED, CONNECTED_ONHOLD, CONNECTING -EndpointUrl $endpoint -Region $region");

        Assert.Empty(run.Errors);
        Assert.Equal(TestCredentials.ContactIds.Take(5), run.Output.Select(o => (string)o.Properties["ContactId"].Value).Order());
        Assert.All(run.Output, o => Assert.NotNull(o.Properties["AgentUsername"].Value));
        Assert.All(run.Output, o => Assert.NotNull(o.Properties["QueueName"].Value));
        await _server.CountRequestsToAsync("/search-users", 1);
        Assert.Equal(2, _server.Requests.Count(r => r.Path == "/search-queues"));                         // 2 names, 1 per page
        Assert.Equal(5, _server.Requests.Count(r => r.Path.StartsWith("/metrics/userdata/", StringComparison.Ordinal))); // 5 agents
        Assert.Equal(5, _server.Requests.Count(r => r.Path == SearchUsers));                                // 5 agent names
    }

    [Fact]
    public async Task A_throttled_lookup_is_retried_and_the_pipeline_goes_on()
    {
        _server.Faults.ForContact("SearchUsers", Fault.Throttle(), Fault.Throttle());
        using var ps = NewSession();

        var run = ps.Run("$args[0] | Start-ConnectContactMonitor -InstanceId $instance -UserName jane.supervisor -EndpointUrl $endpoint -Region $region",
            (object)TestCredentials.ContactIds.Take(2).ToArray());

        Assert.Empty(run.Errors);
        Assert.Equal(2, run.Output.Count);
        Assert.Equal(3, await _server.CountRequestsToAsync(SearchUsers, 5));
        Assert.Equal(new[] { 429, 429, 200 }, _server.Requests.Where(r => r.Path == SearchUsers).Select(r => r.ResponseStatus));
    }

    [Fact]
    public async Task A_lookup_still_throttled_after_retries_is_an_error_per_contact_and_is_not_repeated()
    {
        _server.Faults.Always("SearchUsers", Fault.Throttle());
        using var ps = NewSession();
        var contacts = TestCredentials.ContactIds.Take(3).ToArray();

        var run = ps.Run("$args[0] | Start-ConnectContactMonitor -InstanceId $instance -UserName jane.supervisor -EndpointUrl $endpoint -Region $region", (object)contacts);

        Assert.Empty(run.Output);
        Assert.Equal(3, run.Errors.Count);
        Assert.All(run.Errors, e => IsError(e, "ThrottlingException", ErrorCategory.LimitsExceeded, Start));
        Assert.Contains("SearchUsers", run.Errors[0].Exception.Message);
        // One lookup's attempts (the bulk retry budget), not one lookup per contact.
        Assert.Equal(5, await _server.CountRequestsToAsync(SearchUsers, 5));
        Assert.DoesNotContain(_server.Requests, r => r.Path == "/contact/monitor");
    }

    [Theory]
    [InlineData("SearchUsers", "$args[2] | Start-ConnectContactMonitor -InstanceId $args[0] -UserName jane.supervisor -EndpointUrl $args[1] -Region us-east-1")]
    [InlineData("SearchUsers", "Get-ConnectLiveContact -InstanceId $args[0] -Agent jdoe -EndpointUrl $args[1] -Region us-east-1 | Start-ConnectContactMonitor -UserId x -EndpointUrl $args[1]")]
    [InlineData("GetCurrentUserData", "Get-ConnectLiveContact -InstanceId $args[0] -Agent " + SupervisorWorld.JdoeId + " -EndpointUrl $args[1] -Region us-east-1")]
    public async Task Ctrl_C_during_a_lookup_stops_at_once_and_sends_nothing_more(string heldOperation, string script)
    {
        _server.Faults.ForContact(heldOperation, Fault.Delay(TimeSpan.FromSeconds(60)));
        using var command = StoppableCommand.Begin(script,
            TestCredentials.InstanceId, _server.Endpoint.ToString(), TestCredentials.ContactIds.Take(3).ToArray());

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _server.WaitForArrivalsAsync(1, timeout.Token);

        command.StopAndAssertStoppedWithin(TimeSpan.FromSeconds(2));
        await _server.AssertNothingMoreArrivesAsync(1);
    }

    [Fact]
    public async Task WhatIf_with_a_user_name_sends_nothing_not_even_the_lookup()
    {
        using var ps = NewSession();

        var run = ps.Run("$args[0] | Start-ConnectContactMonitor -InstanceId $instance -UserName jane.supervisor -EndpointUrl $endpoint -Region $region -WhatIf",
            (object)TestCredentials.ContactIds.Take(2).ToArray());

        Assert.Empty(run.Errors);
        Assert.Empty(run.Output);
        await Task.Yield();
        Assert.Equal(0, _server.ArrivedCount);
    }

    private static void IsError(ErrorRecord error, string errorId, ErrorCategory category, string cmdletClass)
    {
        Assert.Equal($"{errorId},{cmdletClass}", error.FullyQualifiedErrorId);
        Assert.Equal(category, error.CategoryInfo.Category);
    }
}
