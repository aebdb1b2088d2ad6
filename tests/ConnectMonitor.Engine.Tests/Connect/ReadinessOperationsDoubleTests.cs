using Amazon.Runtime;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Engine.Connect;
using Xunit;

namespace ConnectMonitor.Engine.Tests.Connect;

/// <summary>
/// The readiness reads (DescribeContact, DescribeInstanceAttribute, DescribeUser, ListSecurityProfilePermissions) end
/// to end over real HTTP against the loopback double: wire shapes (GET, path, query), SigV4, the model's constraints
/// checked before sending, typed errors and pagination.
/// </summary>
public sealed class ReadinessOperationsDoubleTests : DoubleServerTest
{
    private const string Instance = TestCredentials.InstanceId;
    [Fact]
    public async Task DescribeContact_is_a_signed_GET_and_reads_channel_agent_and_times()
    {
        using var client = DoubleClient();
        var live = await client.DescribeContactAsync(new DescribeContactRequest { InstanceId = Instance, ContactId = SupervisorWorld.JdoeContactId });
        var ended = await client.DescribeContactAsync(new DescribeContactRequest { InstanceId = Instance, ContactId = TestCredentials.EndedContactId });

        var sent = await RecordedAsync(1);
        Assert.Equal("GET", sent.Method);
        Assert.Equal($"/contacts/{Instance}/{SupervisorWorld.JdoeContactId}", sent.Path);
        Assert.True(sent.SignatureValid);
        Assert.Equal("", sent.Body);
        Assert.Equal("VOICE", live.Contact.Channel);
        Assert.Equal("INBOUND", live.Contact.InitiationMethod);
        Assert.Equal(SupervisorWorld.JdoeId, live.Contact.AgentId);
        Assert.Equal(SupervisorWorld.StateStart, live.Contact.ConnectedToAgentTimestamp);
        Assert.Null(live.Contact.DisconnectTimestamp);
        Assert.Equal(SupervisorWorld.StateStart.AddMinutes(-5), ended.Contact.DisconnectTimestamp);
        Assert.Null(ended.Contact.AgentId);
    }

    [Fact]
    public async Task DescribeInstanceAttribute_and_DescribeUser_read_their_members()
    {
        using var client = DoubleClient();
        var on = await client.DescribeInstanceAttributeAsync(new DescribeInstanceAttributeRequest { InstanceId = Instance, AttributeType = "ENHANCED_CONTACT_MONITORING" });
        var off = await client.DescribeInstanceAttributeAsync(new DescribeInstanceAttributeRequest { InstanceId = ReadinessWorld.BasicInstanceId, AttributeType = "ENHANCED_CHAT_MONITORING" });
        var user = await client.DescribeUserAsync(new DescribeUserRequest { InstanceId = Instance, UserId = TestCredentials.UserId });

        Assert.Equal("/instance/" + Instance + "/attribute/ENHANCED_CONTACT_MONITORING", (await RecordedAsync(1)).Path);
        Assert.Equal(("ENHANCED_CONTACT_MONITORING", "true"), (on.AttributeType, on.Value));
        Assert.Equal("false", off.Value);
        Assert.Equal("/users/" + Instance + "/" + TestCredentials.UserId, (await RecordedAsync(3)).Path);
        Assert.Equal(SupervisorWorld.SupervisorName, user.Username);
        Assert.Equal([ReadinessWorld.AgentProfileId, ReadinessWorld.SupervisorProfileId], user.SecurityProfileIds);
    }

    [Theory]
    [InlineData(null, 3)]
    [InlineData(1000, 1)]
    [InlineData(7, 36)]
    public async Task ListSecurityProfilePermissions_pages_by_next_token_in_the_query_string(int? pageSize, int pages)
    {
        using var client = DoubleClient();
        var permissions = new List<string>();
        string? token = null;
        var calls = 0;
        do
        {
            var page = await client.ListSecurityProfilePermissionsAsync(new ListSecurityProfilePermissionsRequest
            {
                InstanceId = Instance, SecurityProfileId = ReadinessWorld.SupervisorProfileId, NextToken = token, MaxResults = pageSize,
            });
            permissions.AddRange(page.Permissions);
            token = page.NextToken;
            calls++;
        }
        while (token != null);

        Assert.Equal(pages, calls);
        Assert.Equal(ReadinessWorld.SupervisorPermissions, permissions);
        var second = await RecordedAsync(Math.Min(2, pages));
        Assert.True(second.SignatureValid);
        if (pageSize.HasValue)
        {
            Assert.Contains("maxResults=" + pageSize, second.Query);
        }
    }

    // The client is internal to the engine, so the theory takes the case's name and looks the call up here.
    private static readonly Dictionary<string, Func<AmazonConnectClient, Task>> InvalidRequestCalls = new()
    {
        ["contact: no instance"] = c => c.DescribeContactAsync(new DescribeContactRequest { ContactId = "c" }),
        ["contact: no contact"] = c => c.DescribeContactAsync(new DescribeContactRequest { InstanceId = Instance }),
        ["contact: empty contact"] = c => c.DescribeContactAsync(new DescribeContactRequest { InstanceId = Instance, ContactId = "" }),
        ["contact: contact too long"] = c => c.DescribeContactAsync(new DescribeContactRequest { InstanceId = Instance, ContactId = new string('c', 257) }),
        ["contact: instance too long"] = c => c.DescribeContactAsync(new DescribeContactRequest { InstanceId = new string('i', 101), ContactId = "c" }),
        ["attribute: no type"] = c => c.DescribeInstanceAttributeAsync(new DescribeInstanceAttributeRequest { InstanceId = Instance }),
        ["attribute: unknown type"] = c => c.DescribeInstanceAttributeAsync(new DescribeInstanceAttributeRequest { InstanceId = Instance, AttributeType = "enhanced_contact_monitoring" }),
        ["attribute: no instance"] = c => c.DescribeInstanceAttributeAsync(new DescribeInstanceAttributeRequest { AttributeType = "ENHANCED_CONTACT_MONITORING" }),
        ["user: no user"] = c => c.DescribeUserAsync(new DescribeUserRequest { InstanceId = Instance }),
        ["user: empty user"] = c => c.DescribeUserAsync(new DescribeUserRequest { InstanceId = Instance, UserId = "" }),
        ["permissions: no profile"] = c => c.ListSecurityProfilePermissionsAsync(new ListSecurityProfilePermissionsRequest { InstanceId = Instance }),
        ["permissions: page too large"] = c => c.ListSecurityProfilePermissionsAsync(new ListSecurityProfilePermissionsRequest { InstanceId = Instance, SecurityProfileId = "p", MaxResults = 1001 }),
        ["permissions: page zero"] = c => c.ListSecurityProfilePermissionsAsync(new ListSecurityProfilePermissionsRequest { InstanceId = Instance, SecurityProfileId = "p", MaxResults = 0 }),
    };

    public static TheoryData<string> InvalidRequests => new(InvalidRequestCalls.Keys);

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task Model_constraints_are_checked_before_anything_is_sent(string what)
    {
        using var client = DoubleClient();
        var error = await Assert.ThrowsAsync<ConnectRequestValidationException>(() => InvalidRequestCalls[what](client));

        Assert.Contains("Nothing was sent", error.Message);
        Assert.True(Server.ArrivedCount == 0, what);
    }

    [Theory]
    [InlineData("DescribeContact", "AccessDeniedException", 403, typeof(AccessDeniedException))]
    [InlineData("DescribeInstanceAttribute", "ThrottlingException", 429, typeof(ThrottlingException))]
    [InlineData("DescribeUser", "InternalServiceException", 500, typeof(InternalServiceException))]
    [InlineData("ListSecurityProfilePermissions", "InvalidParameterException", 400, typeof(InvalidParameterException))]
    [InlineData("DescribeContact", "ResourceNotFoundException", 404, typeof(ResourceNotFoundException))]
    public async Task Modelled_errors_of_each_operation_are_typed(string operation, string code, int status, Type expected)
    {
        Server.Faults.Always(operation, Fault.ServiceError(code, status, "scripted"));
        using var client = DoubleClient();
        Func<Task> call = operation switch
        {
            "DescribeContact" => () => client.DescribeContactAsync(new DescribeContactRequest { InstanceId = Instance, ContactId = SupervisorWorld.JdoeContactId }),
            "DescribeInstanceAttribute" => () => client.DescribeInstanceAttributeAsync(new DescribeInstanceAttributeRequest { InstanceId = Instance, AttributeType = "ENHANCED_CHAT_MONITORING" }),
            "DescribeUser" => () => client.DescribeUserAsync(new DescribeUserRequest { InstanceId = Instance, UserId = TestCredentials.UserId }),
            _ => () => client.ListSecurityProfilePermissionsAsync(new ListSecurityProfilePermissionsRequest { InstanceId = Instance, SecurityProfileId = ReadinessWorld.AgentProfileId }),
        };

        var error = await Assert.ThrowsAnyAsync<AmazonConnectException>(call);

        Assert.IsType(expected, error);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal("scripted", error.Message);
    }

    [Theory]
    [InlineData("DescribeContact", "/contacts/" + Instance + "/c0000000-0000-4000-8000-000000000404")]
    [InlineData("DescribeUser", "/users/" + Instance + "/5b9c7e2a-8d41-4f3e-a6b0-000000000404")]
    [InlineData("ListSecurityProfilePermissions", "/security-profiles-permissions/" + Instance + "/f0000000-0000-4000-8000-000000000404")]
    public async Task Unknown_resources_are_typed_not_found(string operation, string path)
    {
        using var client = DoubleClient();
        var parts = path.Split('/');
        Func<Task> call = operation switch
        {
            "DescribeContact" => () => client.DescribeContactAsync(new DescribeContactRequest { InstanceId = Instance, ContactId = parts[3] }),
            "DescribeUser" => () => client.DescribeUserAsync(new DescribeUserRequest { InstanceId = Instance, UserId = parts[3] }),
            _ => () => client.ListSecurityProfilePermissionsAsync(new ListSecurityProfilePermissionsRequest { InstanceId = Instance, SecurityProfileId = parts[3] }),
        };

        await Assert.ThrowsAsync<ResourceNotFoundException>(call);
        Assert.Equal(path, (await RecordedAsync(1)).Path);
    }
}
