using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Engine.Errors;
using ConnectMonitor.Engine.Monitoring;
using ConnectMonitor.Engine.Sessions;
using ConnectMonitor.Engine.Supervision;
using Xunit;

namespace ConnectMonitor.Engine.Tests.Supervision;

/// <summary>The engine's supervisor lookups against the double: caching, one limiter per operation, ARNs, bounded paging.</summary>
public sealed class SupervisorLookupsTests : DoubleServerTest
{
    private ConnectSession NewService(double? requestsPerSecond = 0) => new(DoubleSession(), MonitorContactOptions.ForPipeline(requestsPerSecond, 1, null));

    [Fact]
    public async Task A_name_resolved_once_is_not_looked_up_again_and_its_id_names_the_agent_later()
    {
        using var service = NewService();
        var lookups = new SupervisorLookups(service);

        var first = await lookups.ResolveAsync(DirectoryResourceKind.User, TestCredentials.InstanceId, null, "jdoe", CancellationToken.None);
        var again = await lookups.ResolveAsync(DirectoryResourceKind.User, TestCredentials.InstanceId, null, "jdoe", CancellationToken.None);
        var contacts = await lookups.GetLiveContactsAsync(new LiveContactQuery
        {
            InstanceId = TestCredentials.InstanceId,
            FilterKind = DirectoryResourceKind.User,
            Ids = [first.Single!.Id],
        }, CancellationToken.None);

        Assert.Same(first, again);
        Assert.Equal("jdoe", Assert.Single(contacts).AgentUsername);
        Assert.Equal(1, await Server.CountRequestsToAsync("/search-users", 3)); // the agent's name came from the earlier lookup
    }

    [Fact]
    public async Task Each_operation_gets_its_own_limiter_per_endpoint()
    {
        // Adaptive pacing (the default): it starts unpaced, so this costs no time, but keeps a limiter per operation.
        using var service = NewService(requestsPerSecond: null);
        var lookups = new SupervisorLookups(service);

        await lookups.ResolveAsync(DirectoryResourceKind.Queue, TestCredentials.InstanceId, null, "Billing", CancellationToken.None);
        await lookups.ResolveAsync(DirectoryResourceKind.User, TestCredentials.InstanceId, null, "jdoe", CancellationToken.None);
        await lookups.ResolveAsync(DirectoryResourceKind.User, TestCredentials.InstanceId, null, "asmith", CancellationToken.None);
        await lookups.GetLiveContactsAsync(new LiveContactQuery
        {
            InstanceId = TestCredentials.InstanceId, FilterKind = DirectoryResourceKind.Queue, Ids = [SupervisorWorld.BillingQueueId],
        }, CancellationToken.None);

        Assert.Equal(["GetCurrentUserData", "SearchQueues", "SearchUsers"], lookups.LimiterKeys.Select(k => k.Split('\u001f')[1]).Order());
        Assert.All(lookups.LimiterKeys, k => Assert.StartsWith(Server.Endpoint.ToString().TrimEnd('/'), k.Split('\u001f')[0].TrimEnd('/')));
    }

    [Fact]
    public async Task A_service_that_never_stops_paging_is_an_error_not_an_endless_loop()
    {
        Server.World.PageSize = 1;
        using var service = NewService();
        var lookups = new SupervisorLookups(service, new SupervisorLookupOptions { MaxPages = 2 });

        var error = await Assert.ThrowsAsync<ConnectServiceException>(() => lookups.GetLiveContactsAsync(new LiveContactQuery
        {
            InstanceId = TestCredentials.InstanceId,
            FilterKind = DirectoryResourceKind.Queue,
            Ids = [SupervisorWorld.BillingQueueId, SupervisorWorld.ClaimsQueueId],
        }, CancellationToken.None));

        Assert.Equal("TooManyPages", error.ErrorCode);
        Assert.Contains("GetCurrentUserData", error.Message);
    }

    [Theory]
    [InlineData("arn:aws:connect:eu-west-2:111122223333:instance/i-1/agent/a-1", "c-1", "arn:aws:connect:eu-west-2:111122223333:instance/i-1/contact/c-1")]
    [InlineData("arn:aws-us-gov:connect:us-gov-west-1:111122223333:instance/i-1/agent/a-1", "c-1", "arn:aws-us-gov:connect:us-gov-west-1:111122223333:instance/i-1/contact/c-1")]
    [InlineData("arn:aws:connect:eu-west-2:111122223333:instance/i-1/queue/q-1", "c-1", null)]
    [InlineData(null, "c-1", null)]
    public void The_contact_arn_comes_from_the_agents_arn(string? userArn, string contactId, string? expected) =>
        Assert.Equal(expected, SupervisorLookups.ContactArnFrom(userArn!, contactId));
}
