using System.Net;
using ConnectMonitor.ConnectDouble;
using Xunit;

namespace ConnectMonitor.Engine.Tests.ConnectDouble;

/// <summary>The double's supervisor operations check SigV4 and the model themselves, for clients other than ours.</summary>
public sealed class SupervisorOperationsValidationTests : IAsyncLifetime
{
    private ConnectDoubleServer _server = null!;
    private DoubleTestClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await ConnectDoubleServer.StartAsync();
        _client = new DoubleTestClient(_server);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Theory]
    [InlineData("search-users", "{}", "InvalidParameterException")]
    [InlineData("search-users", "{\"InstanceId\":\"" + TestCredentials.InstanceId + "\",\"MaxResults\":501}", "InvalidParameterException")]
    [InlineData("search-user-hierarchy-groups", "{\"InstanceId\":\"" + TestCredentials.InstanceId + "\",\"MaxResults\":101}", "InvalidParameterException")]
    [InlineData("search-queues", "{\"InstanceId\":\"" + TestCredentials.InstanceId + "\",\"NextToken\":\"not-a-token\"}", "InvalidParameterException")]
    [InlineData("search-queues", "{\"InstanceId\":\"" + TestCredentials.InstanceId + "\",\"SearchCriteria\":{\"StringCondition\":{\"FieldName\":\"name\",\"Value\":\"x\",\"ComparisonType\":\"LIKE\"}}}", "InvalidParameterException")]
    [InlineData("metrics/userdata/" + TestCredentials.InstanceId, "{}", "InvalidParameterException")]
    [InlineData("metrics/userdata/" + TestCredentials.InstanceId, "{\"Filters\":{\"Agents\":[\"a\"],\"Queues\":[\"q\"]}}", "InvalidParameterException")]
    [InlineData("metrics/userdata/" + TestCredentials.InstanceId, "{\"Filters\":{\"UserHierarchyGroups\":[\"a\",\"b\"]}}", "InvalidParameterException")]
    [InlineData("metrics/userdata/" + TestCredentials.InstanceId, "{\"Filters\":{\"Agents\":[\"a\"],\"ContactFilter\":{\"ContactStates\":[\"LIVE\"]}}}", "InvalidParameterException")]
    [InlineData("metrics/userdata/" + TestCredentials.MissingInstanceId, "{\"Filters\":{\"Agents\":[\"a\"]}}", "ResourceNotFoundException")]
    [InlineData("search-routing-profiles", "[1]", "InvalidRequestException")]
    public async Task Invalid_requests_get_the_modelled_error(string path, string json, string code)
    {
        using var response = await _client.SendRawAsync(json, path: path);
        var (errorCode, message, _) = await DoubleTestClient.ReadErrorAsync(response);

        Assert.Equal(code, errorCode);
        Assert.False(string.IsNullOrEmpty(message));
        Assert.Equal(code == "ResourceNotFoundException" ? HttpStatusCode.NotFound : HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_signature_is_refused_before_the_operation()
    {
        using var response = await _client.SendRawAsync("{\"InstanceId\":\"" + TestCredentials.InstanceId + "\"}", secret: "wrong-secret", path: "search-users");
        var (code, _, _) = await DoubleTestClient.ReadErrorAsync(response);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("InvalidSignatureException", code);
    }

    [Fact]
    public void World_files_carry_the_supervisor_view()
    {
        var world = ConnectWorld.LoadJson(SampleWorldFile());

        Assert.Equal(["Billing", "Claims"], world.QueuesOf(TestCredentials.InstanceId).Select(q => q.Name));
        Assert.Contains(world.NamedUsersOf(TestCredentials.InstanceId), u => u.Username == "jdoe");
        var contact = world.AgentContactsOf(TestCredentials.InstanceId).First();
        Assert.Equal(("c0000000-0000-4000-8000-000000000001", "a0000000-0000-4000-8000-000000000001", "VOICE"), (contact.ContactId, contact.AgentId, contact.Channel));
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero), contact.StateStart);
        Assert.Contains("5b9c7e2a-8d41-4f3e-a6b0-9c8d7e6f5a41", world.MonitoringUsersOf(TestCredentials.InstanceId));
        Assert.DoesNotContain("a0000000-0000-4000-8000-000000000001", world.MonitoringUsersOf(TestCredentials.InstanceId)); // agents do not monitor by default
        Assert.True(world.IsLive(TestCredentials.InstanceId, contact.ContactId));
    }

    [Theory]
    [InlineData("{\"instances\":[{\"id\":\"i\",\"people\":[{\"id\":\"u\"}]}]}")]
    [InlineData("{\"instances\":[{\"id\":\"i\",\"queues\":[{\"id\":\"q\"}]}]}")]
    [InlineData("{\"instances\":[{\"id\":\"i\",\"agentContacts\":[{\"contactId\":\"c\"}]}]}")]
    public void Incomplete_world_entries_are_format_errors(string json) =>
        Assert.Throws<FormatException>(() => ConnectWorld.FromJson(json));

    [Fact]
    public void The_banner_shows_the_supervisors_task_when_the_world_has_names()
    {
        var endpoint = new Uri("http://127.0.0.1:4566/");

        Assert.Contains($"  Get-ConnectLiveContact -InstanceId {TestCredentials.InstanceId} -Agent jdoe | Start-ConnectContactMonitor -UserName jane.supervisor",
            EndpointBanner.Lines(endpoint, ConnectWorld.CreateDefault(), null));
        Assert.DoesNotContain(EndpointBanner.Lines(endpoint, new ConnectWorld().AddUser("i", "u").AddContact("i", "c"), null),
            line => line.Contains("Get-ConnectLiveContact", StringComparison.Ordinal));
    }

    private static string SampleWorldFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tools", "ConnectMonitor.ConnectDouble", "sample-world.json");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("sample-world.json not found above " + AppContext.BaseDirectory);
    }
}
