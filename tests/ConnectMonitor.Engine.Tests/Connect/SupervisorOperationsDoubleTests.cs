using System.Text.Json;
using Amazon.Runtime;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Engine.Connect;
using Xunit;

namespace ConnectMonitor.Engine.Tests.Connect;

/// <summary>
/// GetCurrentUserData and the four name searches end to end over real HTTP against the loopback double: wire shapes,
/// SigV4, the model's constraints checked before sending, typed errors and pagination.
/// </summary>
public sealed class SupervisorOperationsDoubleTests : DoubleServerTest
{
    private const string Instance = TestCredentials.InstanceId;
    [Fact]
    public async Task GetCurrentUserData_by_agent_sends_the_wire_shape_and_reads_the_contacts()
    {
        using var client = DoubleClient();
        var response = await client.GetCurrentUserDataAsync(new GetCurrentUserDataRequest
        {
            InstanceId = Instance,
            Filters = new UserDataFilters { Agents = [SupervisorWorld.JdoeId], ContactStates = ["CONNECTED"] },
        });

        var sent = await RecordedAsync(1);
        Assert.Equal("POST", sent.Method);
        Assert.Equal("/metrics/userdata/" + Instance, sent.Path);
        Assert.True(sent.SignatureValid);
        Assert.Equal("connect", sent.SigningService);
        using (var body = JsonDocument.Parse(sent.Body))
        {
            Assert.False(body.RootElement.TryGetProperty("InstanceId", out _));
            Assert.Equal(SupervisorWorld.JdoeId, body.RootElement.GetProperty("Filters").GetProperty("Agents")[0].GetString());
            Assert.Equal("CONNECTED", body.RootElement.GetProperty("Filters").GetProperty("ContactFilter").GetProperty("ContactStates")[0].GetString());
        }

        var user = Assert.Single(response.UserDataList);
        Assert.Equal(SupervisorWorld.JdoeId, user.User.Id);
        Assert.EndsWith("/agent/" + SupervisorWorld.JdoeId, user.User.Arn);
        Assert.Equal(SupervisorWorld.BasicProfileId, user.RoutingProfile.Id);
        Assert.Equal(SupervisorWorld.TeamNorthId, user.HierarchyPath[0].Id);
        var contact = Assert.Single(user.Contacts);
        Assert.Equal(SupervisorWorld.JdoeContactId, contact.ContactId);
        Assert.Equal("VOICE", contact.Channel);
        Assert.Equal("CONNECTED", contact.AgentContactState);
        Assert.Equal(SupervisorWorld.StateStart, contact.StateStartTimestamp);
        Assert.Equal(SupervisorWorld.BillingQueueId, contact.Queue.Id);
        Assert.Null(response.NextToken);
        Assert.Equal(sent.RequestId, response.ResponseMetadata.RequestId);
    }

    [Fact]
    public async Task GetCurrentUserData_pages_by_next_token_until_the_last_page()
    {
        Server.World.PageSize = 1;
        using var client = DoubleClient();
        var agents = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var response = await client.GetCurrentUserDataAsync(new GetCurrentUserDataRequest
            {
                InstanceId = Instance,
                Filters = new UserDataFilters { Queues = [SupervisorWorld.BillingQueueId, SupervisorWorld.ClaimsQueueId] },
                NextToken = token,
            });
            agents.AddRange(response.UserDataList.Select(u => u.User.Id));
            token = response.NextToken;
            pages++;
        }
        while (token != null);

        Assert.Equal(5, pages);
        Assert.Equal(new[] { SupervisorWorld.JdoeId, SupervisorWorld.AsmithId, SupervisorWorld.BwongId, SupervisorWorld.KleeId, SupervisorWorld.MgarciaId }.Order(), agents.Order());
    }

    [Fact]
    public async Task SearchUsers_by_exact_login_names_in_one_call()
    {
        using var client = DoubleClient();
        var response = await client.SearchUsersAsync(new SearchUsersRequest
        {
            InstanceId = Instance,
            SearchCriteria = SearchCriteria.AnyExact("Username", ["jdoe", SupervisorWorld.SupervisorName]),
        });

        var sent = await RecordedAsync(1);
        Assert.Equal("/search-users", sent.Path);
        Assert.True(sent.SignatureValid);
        using (var body = JsonDocument.Parse(sent.Body))
        {
            Assert.Equal(Instance, body.RootElement.GetProperty("InstanceId").GetString());
            var or = body.RootElement.GetProperty("SearchCriteria").GetProperty("OrConditions");
            Assert.Equal(2, or.GetArrayLength());
            Assert.Equal("EXACT", or[0].GetProperty("StringCondition").GetProperty("ComparisonType").GetString());
        }

        Assert.Equal(new[] { SupervisorWorld.SupervisorName, "jdoe" }.Order(), response.Users.Select(u => u.Username).Order());
        var jdoe = response.Users.Single(u => u.Username == "jdoe");
        Assert.Equal(SupervisorWorld.JdoeId, jdoe.Id);
        Assert.Equal("John", jdoe.FirstName);
        Assert.Equal(SupervisorWorld.TeamNorthId, jdoe.HierarchyGroupId);
        Assert.Equal(2, response.ApproximateTotalCount);
    }

    [Fact]
    public async Task SearchQueues_SearchRoutingProfiles_and_SearchUserHierarchyGroups_read_their_items()
    {
        using var client = DoubleClient();
        var queues = await client.SearchQueuesAsync(new SearchQueuesRequest { InstanceId = Instance, SearchCriteria = SearchCriteria.AnyExact("name", ["claims"]) });
        var profiles = await client.SearchRoutingProfilesAsync(new SearchRoutingProfilesRequest { InstanceId = Instance, SearchCriteria = SearchCriteria.AnyExact("name", ["Claims Team"]) });
        var groups = await client.SearchUserHierarchyGroupsAsync(new SearchUserHierarchyGroupsRequest { InstanceId = Instance, SearchCriteria = SearchCriteria.AnyExact("name", ["Team East"]) });

        var queue = Assert.Single(queues.Queues);
        Assert.Equal((SupervisorWorld.ClaimsQueueId, "Claims"), (queue.Id, queue.Name));
        Assert.EndsWith("/queue/" + SupervisorWorld.ClaimsQueueId, queue.Arn);
        Assert.Equal(SupervisorWorld.ClaimsProfileId, Assert.Single(profiles.RoutingProfiles).Id);
        Assert.Equal(new[] { SupervisorWorld.TeamEastAId, SupervisorWorld.TeamEastBId }, groups.UserHierarchyGroups.Select(g => g.Id).Order());
        Assert.Equal(new[] { "1", "2" }, groups.UserHierarchyGroups.Select(g => g.LevelId).Order());
        await RecordedAsync(3);
        Assert.Equal(new[] { "/search-queues", "/search-routing-profiles", "/search-user-hierarchy-groups" }, Server.Requests.Select(r => r.Path));
    }

    [Fact]
    public async Task Search_pages_by_next_token()
    {
        Server.World.PageSize = 2;
        using var client = DoubleClient();
        var names = new List<string>();
        string? token = null;
        do
        {
            var response = await client.SearchQueuesAsync(new SearchQueuesRequest { InstanceId = Instance, NextToken = token });
            names.AddRange(response.Queues.Select(q => q.Name));
            token = response.NextToken;
        }
        while (token != null);

        Assert.Equal(new[] { "Billing", "Claims", "Support" }, names);
        await RecordedAsync(2);
        Assert.Equal(2, Server.Requests.Count(r => r.Path == "/search-queues"));
    }

    // The client is internal to the engine, so the theory takes the case's name and looks the call up here.
    private static readonly Dictionary<string, Func<AmazonConnectClient, Task>> InvalidRequestCalls = new()
    {
        ["no instance"] = c => c.SearchUsersAsync(new SearchUsersRequest()),
        ["instance too long"] = c => c.SearchQueuesAsync(new SearchQueuesRequest { InstanceId = new string('i', 101) }),
        ["page too large"] = c => c.SearchUserHierarchyGroupsAsync(new SearchUserHierarchyGroupsRequest { InstanceId = Instance, MaxResults = 101 }),
        ["page zero"] = c => c.SearchRoutingProfilesAsync(new SearchRoutingProfilesRequest { InstanceId = Instance, MaxResults = 0 }),
        ["token too long"] = c => c.SearchUsersAsync(new SearchUsersRequest { InstanceId = Instance, NextToken = new string('t', 2501) }),
        ["unknown comparison"] = c => c.SearchUsersAsync(new SearchUsersRequest { InstanceId = Instance, SearchCriteria = new SearchCriteria { StringCondition = new StringCondition { FieldName = "Username", Value = "x", ComparisonType = "LIKE" } } }),
        ["no filters"] = c => c.GetCurrentUserDataAsync(new GetCurrentUserDataRequest { InstanceId = Instance }),
        ["two filter kinds"] = c => c.GetCurrentUserDataAsync(new GetCurrentUserDataRequest { InstanceId = Instance, Filters = new UserDataFilters { Agents = ["a"], Queues = ["q"] } }),
        ["no filter kind"] = c => c.GetCurrentUserDataAsync(new GetCurrentUserDataRequest { InstanceId = Instance, Filters = new UserDataFilters { ContactStates = ["CONNECTED"] } }),
        ["101 agents"] = c => c.GetCurrentUserDataAsync(new GetCurrentUserDataRequest { InstanceId = Instance, Filters = new UserDataFilters { Agents = Enumerable.Range(0, 101).Select(i => "a" + i).ToList() } }),
        ["two groups"] = c => c.GetCurrentUserDataAsync(new GetCurrentUserDataRequest { InstanceId = Instance, Filters = new UserDataFilters { UserHierarchyGroups = ["g1", "g2"] } }),
        ["empty queue list"] = c => c.GetCurrentUserDataAsync(new GetCurrentUserDataRequest { InstanceId = Instance, Filters = new UserDataFilters { Queues = [] } }),
        ["unknown state"] = c => c.GetCurrentUserDataAsync(new GetCurrentUserDataRequest { InstanceId = Instance, Filters = new UserDataFilters { Agents = ["a"], ContactStates = ["LIVE"] } }),
        ["ten states"] = c => c.GetCurrentUserDataAsync(new GetCurrentUserDataRequest { InstanceId = Instance, Filters = new UserDataFilters { Agents = ["a"], ContactStates = Enumerable.Repeat("CONNECTED", 10).ToList() } }),
        ["user data page too large"] = c => c.GetCurrentUserDataAsync(new GetCurrentUserDataRequest { InstanceId = Instance, MaxResults = 101, Filters = new UserDataFilters { Agents = ["a"] } }),
        ["empty agent id"] = c => c.GetCurrentUserDataAsync(new GetCurrentUserDataRequest { InstanceId = Instance, Filters = new UserDataFilters { Agents = [""] } }),
    };

    public static TheoryData<string> InvalidRequests => new(InvalidRequestCalls.Keys);

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task Model_constraints_are_checked_before_anything_is_sent(string what)
    {
        var call = InvalidRequestCalls[what];
        using var client = DoubleClient();
        var error = await Assert.ThrowsAsync<ConnectRequestValidationException>(() => call(client));

        Assert.Contains("Nothing was sent", error.Message);
        Assert.True(Server.ArrivedCount == 0, what);
    }

    [Fact]
    public async Task Unknown_instance_is_a_typed_resource_not_found()
    {
        using var client = DoubleClient();
        var error = await Assert.ThrowsAsync<ResourceNotFoundException>(() =>
            client.SearchUsersAsync(new SearchUsersRequest { InstanceId = TestCredentials.MissingInstanceId }));
        Assert.Equal(404, (int)error.StatusCode);
    }

    [Theory]
    [InlineData("SearchUsers", "InvalidParameterException", 400, typeof(InvalidParameterException))]
    [InlineData("SearchQueues", "ThrottlingException", 429, typeof(ThrottlingException))]
    [InlineData("GetCurrentUserData", "InternalServiceException", 500, typeof(InternalServiceException))]
    [InlineData("SearchUserHierarchyGroups", "InvalidRequestException", 400, typeof(InvalidRequestException))]
    [InlineData("SearchRoutingProfiles", "ResourceNotFoundException", 404, typeof(ResourceNotFoundException))]
    public async Task Modelled_errors_of_each_operation_are_typed(string operation, string code, int status, Type expected)
    {
        Server.Faults.Always(operation, Fault.ServiceError(code, status, "scripted"));
        using var client = DoubleClient();
        Func<Task> call = operation switch
        {
            "SearchUsers" => () => client.SearchUsersAsync(new SearchUsersRequest { InstanceId = Instance }),
            "SearchQueues" => () => client.SearchQueuesAsync(new SearchQueuesRequest { InstanceId = Instance }),
            "SearchRoutingProfiles" => () => client.SearchRoutingProfilesAsync(new SearchRoutingProfilesRequest { InstanceId = Instance }),
            "SearchUserHierarchyGroups" => () => client.SearchUserHierarchyGroupsAsync(new SearchUserHierarchyGroupsRequest { InstanceId = Instance }),
            _ => () => client.GetCurrentUserDataAsync(new GetCurrentUserDataRequest { InstanceId = Instance, Filters = new UserDataFilters { Agents = ["a"] } }),
        };

        var error = await Assert.ThrowsAnyAsync<AmazonConnectException>(call);

        Assert.IsType(expected, error);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal("scripted", error.Message);
    }


    [Fact]
    public async Task ListInstances_pages_through_the_instances_with_their_aliases()
    {
        const string second = "3f0c9a5e-1d2b-4c6a-9e7f-0000000000a2", third = "3f0c9a5e-1d2b-4c6a-9e7f-0000000000a3";
        Server.World.SetInstanceAlias(second, "ops-lab").AddInstance(third);
        using var client = DoubleClient();

        var first = await client.ListInstancesAsync(new ListInstancesRequest { MaxResults = 2 });
        var rest = await client.ListInstancesAsync(new ListInstancesRequest { MaxResults = 2, NextToken = first.NextToken });

        var sent = await RecordedAsync(2);
        Assert.Equal("GET", sent.Method);
        Assert.Equal("/instance", sent.Path);
        Assert.Contains("maxResults=2", sent.Query);
        Assert.Contains("nextToken=", sent.Query);
        Assert.True(sent.SignatureValid);
        Assert.NotNull(first.NextToken);
        Assert.Null(rest.NextToken);
        var all = first.InstanceSummaryList.Concat(rest.InstanceSummaryList).ToList();
        Assert.Equal(new[] { Instance, ReadinessWorld.BasicInstanceId, second, third }.Order(StringComparer.Ordinal), all.Select(i => i.Id).Order(StringComparer.Ordinal));
        Assert.Equal(SupervisorWorld.InstanceAlias, all.Single(i => i.Id == Instance).InstanceAlias);
        Assert.Equal("ops-lab", all.Single(i => i.Id == second).InstanceAlias);
        Assert.Null(all.Single(i => i.Id == third).InstanceAlias);
        Assert.All(all, i => Assert.Equal("ACTIVE", i.InstanceStatus));
        Assert.Equal($"arn:aws:connect:{TestCredentials.Region}:{Server.Options.AccountId}:instance/{second}", all.Single(i => i.Id == second).Arn);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public async Task ListInstances_outside_the_models_page_sizes_is_refused_before_sending(int maxResults)
    {
        using var client = DoubleClient();

        await Assert.ThrowsAsync<ConnectRequestValidationException>(() => client.ListInstancesAsync(new ListInstancesRequest { MaxResults = maxResults }));

        Assert.Equal(0, Server.ArrivedCount);
    }
}
