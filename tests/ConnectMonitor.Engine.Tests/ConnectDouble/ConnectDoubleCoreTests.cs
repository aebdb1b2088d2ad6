using System.Net;
using System.Text.Json;
using ConnectMonitor.ConnectDouble;
using Xunit;

namespace ConnectMonitor.Engine.Tests.ConnectDouble;

public sealed class ConnectDoubleCoreTests
{
    [Theory]
    [InlineData(MonitorAnswer.MonitoringContact)]
    [InlineData(MonitorAnswer.Echo)]
    public async Task Valid_signed_request_gets_200_with_contact_arn_and_request_id(MonitorAnswer answer)
    {
        await using var server = await ConnectDoubleServer.StartAsync();
        server.World.Answer = answer;
        using var client = new DoubleTestClient(server);
        var contact = TestCredentials.ContactIds[0];

        using var response = await client.MonitorAsync(DoubleTestClient.Body(contact, capabilities: ["SILENT_MONITOR", "BARGE"]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var session = Assert.Single(server.World.SessionsFor(contact));
        Assert.True(Guid.TryParse(session.MonitorContactId, out _));
        Assert.NotEqual(contact, session.MonitorContactId);
        var named = session.AnsweredContactId;
        Assert.Equal(answer == MonitorAnswer.Echo ? contact : session.MonitorContactId, named);
        Assert.Equal(named, body.GetProperty("ContactId").GetString());
        Assert.Equal($"arn:aws:connect:us-east-1:123456789012:instance/{TestCredentials.InstanceId}/contact/{named}",
            body.GetProperty("ContactArn").GetString());
        Assert.Equal(named, Assert.Single(server.Requests).AnsweredContactId);
        var requestId = Assert.Single(response.Headers.GetValues("x-amzn-RequestId"));
        Assert.True(Guid.TryParse(requestId, out _));

        var recorded = Assert.Single(server.Requests);
        Assert.True(recorded.SignatureValid);
        Assert.Equal(TestCredentials.AccessKeyId, recorded.AccessKeyId);
        Assert.Equal("us-east-1", recorded.SigningRegion);
        Assert.Equal("connect", recorded.SigningService);
        Assert.Equal(contact, recorded.ContactId);
        Assert.Equal(TestCredentials.UserId, recorded.UserId);
        Assert.Equal(["SILENT_MONITOR", "BARGE"], recorded.AllowedMonitorCapabilities);
        Assert.Equal(200, recorded.ResponseStatus);
        Assert.Equal(requestId, recorded.RequestId);
        Assert.Single(server.World.SessionsFor(contact));
        Assert.Equal("127.0.0.1", server.Endpoint.Host);
    }

    [Fact]
    public async Task By_default_each_session_answers_a_monitoring_contact_of_its_own_and_a_replay_the_same_one()
    {
        await using var server = await ConnectDoubleServer.StartAsync();
        using var client = new DoubleTestClient(server);
        var contact = TestCredentials.ContactIds[3];

        async Task<string> AnsweredAsync(string token)
        {
            using var response = await client.MonitorAsync(DoubleTestClient.Body(contact, clientToken: token));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("ContactId").GetString()!;
        }

        var first = await AnsweredAsync("token-1");
        var replay = await AnsweredAsync("token-1");
        var second = await AnsweredAsync("token-2");

        Assert.Equal(first, replay);
        Assert.NotEqual(first, second);
        Assert.DoesNotContain(contact, new[] { first, second });
        Assert.Equal([first, second], server.World.SessionsFor(contact).Select(s => s.MonitorContactId));
        Assert.Equal([false, true, false], server.Requests.Select(r => r.IdempotentReplay));
    }

    [Fact]
    public async Task An_echo_for_some_contacts_leaves_the_others_answering_their_monitoring_contact()
    {
        await using var server = await ConnectDoubleServer.StartAsync();
        server.World.AnswerFor(MonitorAnswer.Echo, TestCredentials.ContactIds[4]);
        using var client = new DoubleTestClient(server);

        using var echoed = await client.MonitorAsync(DoubleTestClient.Body(TestCredentials.ContactIds[4]));
        using var other = await client.MonitorAsync(DoubleTestClient.Body(TestCredentials.ContactIds[5]));

        Assert.Equal(TestCredentials.ContactIds[4], JsonDocument.Parse(await echoed.Content.ReadAsStringAsync()).RootElement.GetProperty("ContactId").GetString());
        Assert.Equal(Assert.Single(server.World.SessionsFor(TestCredentials.ContactIds[5])).MonitorContactId,
            JsonDocument.Parse(await other.Content.ReadAsStringAsync()).RootElement.GetProperty("ContactId").GetString());
    }

    [Theory]
    [InlineData("cn-north-1", "aws-cn")]
    [InlineData("us-gov-west-1", "aws-us-gov")]
    [InlineData("eu-west-2", "aws")]
    public async Task Arn_partition_and_region_follow_the_signing_region(string region, string partition)
    {
        await using var server = await ConnectDoubleServer.StartAsync();
        using var client = new DoubleTestClient(server);
        using var response = await client.MonitorAsync(DoubleTestClient.Body(TestCredentials.ContactIds[1]), region: region);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var arn = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("ContactArn").GetString();
        Assert.StartsWith($"arn:{partition}:connect:{region}:123456789012:instance/", arn);
        Assert.Equal(region, Assert.Single(server.Requests).SigningRegion);
    }

    [Fact]
    public async Task Unsigned_request_gets_403_MissingAuthenticationToken()
    {
        await using var server = await ConnectDoubleServer.StartAsync();
        using var client = new DoubleTestClient(server);
        using var response = await client.MonitorAsync(DoubleTestClient.Body(TestCredentials.ContactIds[0]), secret: null);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var (code, message, _) = await DoubleTestClient.ReadErrorAsync(response);
        Assert.Equal("MissingAuthenticationTokenException", code);
        Assert.Equal("Missing Authentication Token", message);
        Assert.False(Assert.Single(server.Requests).SignatureValid);
        Assert.Empty(server.World.Sessions);
    }

    [Fact]
    public async Task Wrong_secret_gets_403_InvalidSignature()
    {
        await using var server = await ConnectDoubleServer.StartAsync();
        using var client = new DoubleTestClient(server);
        using var response = await client.MonitorAsync(DoubleTestClient.Body(TestCredentials.ContactIds[0]), secret: "not-the-secret");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("InvalidSignatureException", (await DoubleTestClient.ReadErrorAsync(response)).Code);
        var recorded = Assert.Single(server.Requests);
        Assert.False(recorded.SignatureValid);
        Assert.Equal("InvalidSignatureException", recorded.ErrorCode);
        Assert.Equal(TestCredentials.AccessKeyId, recorded.AccessKeyId);
    }

    [Fact]
    public async Task Unknown_access_key_gets_403_UnrecognizedClient()
    {
        await using var server = await ConnectDoubleServer.StartAsync();
        using var client = new DoubleTestClient(server);
        using var response = await client.MonitorAsync(DoubleTestClient.Body(TestCredentials.ContactIds[0]), accessKeyId: "AKIDUNKNOWN000000000");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("UnrecognizedClientException", (await DoubleTestClient.ReadErrorAsync(response)).Code);
    }

    [Fact]
    public async Task Session_token_is_required_when_configured_and_its_presence_recorded()
    {
        await using var server = await ConnectDoubleServer.StartAsync();
        server.AddCredentials("ASIASESSION000000001", "session-secret", sessionToken: "the-token");
        using var client = new DoubleTestClient(server);
        var body = DoubleTestClient.Body(TestCredentials.ContactIds[2]);

        using var without = await client.MonitorAsync(body, "ASIASESSION000000001", "session-secret");
        using var wrong = await client.MonitorAsync(body, "ASIASESSION000000001", "session-secret", sessionToken: "other");
        using var right = await client.MonitorAsync(body, "ASIASESSION000000001", "session-secret", sessionToken: "the-token");

        Assert.Equal(HttpStatusCode.Forbidden, without.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal([false, true, true], server.Requests.Select(r => r.HasSecurityToken));
    }

    [Fact]
    public async Task Clock_skew_beyond_tolerance_is_rejected()
    {
        await using var server = await ConnectDoubleServer.StartAsync();
        using var client = new DoubleTestClient(server);
        using var response = await client.MonitorAsync(DoubleTestClient.Body(TestCredentials.ContactIds[0]), signedAt: DateTimeOffset.UtcNow.AddHours(-1));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var (code, message, _) = await DoubleTestClient.ReadErrorAsync(response);
        Assert.Equal("InvalidSignatureException", code);
        Assert.StartsWith("Signature expired", message);
    }

    [Fact]
    public async Task Wrong_service_in_scope_is_rejected()
    {
        await using var server = await ConnectDoubleServer.StartAsync();
        using var client = new DoubleTestClient(server);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.Endpoint, "contact/monitor"))
        {
            Content = new StringContent(JsonSerializer.Serialize(DoubleTestClient.Body(TestCredentials.ContactIds[0]))),
        };
        await SigV4Signer.SignAsync(request, TestCredentials.AccessKeyId, TestCredentials.SecretAccessKey, service: "execute-api");
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("execute-api", Assert.Single(server.Requests).SigningService);
    }

    [Fact]
    public async Task Other_routes_get_404_UnknownOperation()
    {
        await using var server = await ConnectDoubleServer.StartAsync();
        using var client = new DoubleTestClient(server);
        using var response = await client.MonitorAsync(DoubleTestClient.Body(TestCredentials.ContactIds[0]), path: "contact/stop");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("UnknownOperationException", (await DoubleTestClient.ReadErrorAsync(response)).Code);
    }

    [Fact]
    public async Task Error_shape_has_namespaced_error_type_request_id_and_Message()
    {
        await using var server = await ConnectDoubleServer.StartAsync();
        using var client = new DoubleTestClient(server);
        using var response = await client.MonitorAsync(DoubleTestClient.Body(TestCredentials.MissingContactId));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("ResourceNotFoundException:http://internal.amazon.com/coral/com.amazonaws.connect/",
            Assert.Single(response.Headers.GetValues("x-amzn-ErrorType")));
        Assert.Single(response.Headers.GetValues("x-amzn-RequestId"));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var (_, _, body) = await DoubleTestClient.ReadErrorAsync(response);
        Assert.Contains(TestCredentials.MissingContactId, body.GetProperty("Message").GetString());
    }
}
