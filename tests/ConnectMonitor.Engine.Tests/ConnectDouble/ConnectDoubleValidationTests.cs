using System.Net;
using ConnectMonitor.ConnectDouble;
using Xunit;

namespace ConnectMonitor.Engine.Tests.ConnectDouble;

public sealed class ConnectDoubleValidationTests
{
    private static readonly string I = TestCredentials.InstanceId;
    private static readonly string C = TestCredentials.ContactIds[0];
    private static readonly string U = TestCredentials.UserId;

    public static TheoryData<string, string> Invalid => new()
    {
        { "[]", "JSON object" },
        { "not json", "not valid JSON" },
        { $$"""{"ContactId":"{{C}}","UserId":"{{U}}"}""", "InstanceId" },
        { $$"""{"InstanceId":"","ContactId":"{{C}}","UserId":"{{U}}"}""", "InstanceId" },
        { $$"""{"InstanceId":"{{new string('i', 101)}}","ContactId":"{{C}}","UserId":"{{U}}"}""", "InstanceId" },
        { $$"""{"InstanceId":"{{I}}","UserId":"{{U}}"}""", "ContactId" },
        { $$"""{"InstanceId":"{{I}}","ContactId":"{{new string('c', 257)}}","UserId":"{{U}}"}""", "ContactId" },
        { $$"""{"InstanceId":"{{I}}","ContactId":"{{C}}"}""", "UserId" },
        { $$"""{"InstanceId":"{{I}}","ContactId":"{{C}}","UserId":42}""", "UserId" },
        { $$"""{"InstanceId":"{{I}}","ContactId":"{{C}}","UserId":"{{U}}","ClientToken":"{{new string('t', 501)}}"}""", "ClientToken" },
        { $$"""{"InstanceId":"{{I}}","ContactId":"{{C}}","UserId":"{{U}}","AllowedMonitorCapabilities":["WHISPER"]}""", "AllowedMonitorCapabilities" },
        { $$"""{"InstanceId":"{{I}}","ContactId":"{{C}}","UserId":"{{U}}","AllowedMonitorCapabilities":["BARGE","BARGE","SILENT_MONITOR"]}""", "AllowedMonitorCapabilities" },
        { $$"""{"InstanceId":"{{I}}","ContactId":"{{C}}","UserId":"{{U}}","AllowedMonitorCapabilities":"BARGE"}""", "AllowedMonitorCapabilities" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task Constraint_violation_gets_400_InvalidRequest_naming_the_member(string json, string expectedInMessage)
    {
        await using var server = await ConnectDoubleServer.StartAsync();
        using var client = new DoubleTestClient(server);
        using var response = await client.SendRawAsync(json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var (code, message, _) = await DoubleTestClient.ReadErrorAsync(response);
        Assert.Equal("InvalidRequestException", code);
        Assert.Contains(expectedInMessage, message);
        Assert.Empty(server.World.Sessions);
    }

    [Fact]
    public async Task Boundary_lengths_and_unknown_members_are_accepted()
    {
        var world = new ConnectWorld();
        var instance = new string('i', 100);
        var contact = new string('c', 256);
        var user = new string('u', 256);
        world.AddInstance(instance).AddUser(instance, user).AddContact(instance, contact);
        await using var server = await ConnectDoubleServer.StartAsync(new ConnectDoubleOptions { World = world });
        using var client = new DoubleTestClient(server);
        using var response = await client.SendRawAsync(
            $$"""{"InstanceId":"{{instance}}","ContactId":"{{contact}}","UserId":"{{user}}","ClientToken":"{{new string('t', 500)}}","AllowedMonitorCapabilities":[],"Future":1}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("missing-contact", 404, "ResourceNotFoundException")]
    [InlineData("ended-contact", 400, "InvalidRequestException")]
    [InlineData("missing-instance", 404, "ResourceNotFoundException")]
    [InlineData("missing-user", 404, "ResourceNotFoundException")]
    [InlineData("denied-user", 403, "AccessDeniedException")]
    public async Task World_semantics(string situation, int status, string code)
    {
        await using var server = await ConnectDoubleServer.StartAsync();
        using var client = new DoubleTestClient(server);
        var body = situation switch
        {
            "missing-contact" => DoubleTestClient.Body(TestCredentials.MissingContactId),
            "ended-contact" => DoubleTestClient.Body(TestCredentials.EndedContactId),
            "missing-instance" => DoubleTestClient.Body(C, instanceId: TestCredentials.MissingInstanceId),
            "missing-user" => DoubleTestClient.Body(C, userId: TestCredentials.MissingUserId),
            _ => DoubleTestClient.Body(C, userId: TestCredentials.DeniedUserId),
        };
        using var response = await client.MonitorAsync(body);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(code, (await DoubleTestClient.ReadErrorAsync(response)).Code);
        Assert.Equal(code, Assert.Single(server.Requests).ErrorCode);
    }

    [Fact]
    public async Task Idempotency_same_token_same_parameters_replays_without_second_effect_different_parameters_409()
    {
        await using var server = await ConnectDoubleServer.StartAsync();
        using var client = new DoubleTestClient(server);
        var token = Guid.NewGuid().ToString();

        using var first = await client.MonitorAsync(DoubleTestClient.Body(C, token));
        using var again = await client.MonitorAsync(DoubleTestClient.Body(C, token));
        using var conflict = await client.MonitorAsync(DoubleTestClient.Body(TestCredentials.ContactIds[1], token));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("IdempotencyException", (await DoubleTestClient.ReadErrorAsync(conflict)).Code);
        Assert.Single(server.World.Sessions);
        Assert.Equal([false, true, false], server.Requests.Select(r => r.IdempotentReplay));
    }

    [Fact]
    public void World_loads_from_json()
    {
        var world = ConnectWorld.FromJson("""
            { "instances": [ { "id": "inst-1", "users": ["u1"], "deniedUsers": ["u2"], "contacts": ["c1", "c2"], "endedContacts": ["c3"] } ] }
            """);
        Assert.True(world.HasInstance("inst-1"));
        Assert.True(world.IsLive("inst-1", "c2"));
        Assert.False(world.IsLive("inst-1", "c3"));
        Assert.Equal(3, world.ContactsOf("inst-1").Count);
    }
}
