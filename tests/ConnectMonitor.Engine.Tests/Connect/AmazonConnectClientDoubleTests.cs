using System.Net;
using Amazon;
using Amazon.Runtime;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Engine.Connect;
using Xunit;

namespace ConnectMonitor.Engine.Tests.Connect;

/// <summary>
/// The client end to end over real HTTP against the loopback Connect double (127.0.0.1), which
/// verifies SigV4, answers like Connect and injects faults. Explicit test credentials only.
/// </summary>
public sealed class AmazonConnectClientDoubleTests : IAsyncLifetime
{
    private ConnectDoubleServer _server = null!;

    public async Task InitializeAsync() => _server = await ConnectDoubleServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static string Contact(int index) => TestCredentials.ContactIds[index];

    private AmazonConnectClient Client(int maxErrorRetry = 3, string signingRegion = TestCredentials.Region, TimeSpan? timeout = null)
    {
        var config = new AmazonConnectConfig { MaxErrorRetry = maxErrorRetry };
        if (timeout.HasValue)
        {
            config.Timeout = timeout;
        }

        config.SetCustomEndpoint(_server.Endpoint.ToString(), signingRegion);
        return new AmazonConnectClient(new BasicAWSCredentials(TestCredentials.AccessKeyId, TestCredentials.SecretAccessKey), config);
    }

    private static MonitorContactRequest Request(string contactId, string userId = TestCredentials.UserId) => new()
    {
        InstanceId = TestCredentials.InstanceId,
        ContactId = contactId,
        UserId = userId,
    };

    /// <summary>
    /// The requests the double recorded, once it has recorded <paramref name="count"/> of them: it records
    /// after answering, so a call can return before its request is in the log. Each test has its own server.
    /// </summary>
    private async Task<RecordedRequest[]> RecordedAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _server.WaitForRequestsAsync(count, timeout.Token);
        return _server.Requests.ToArray();
    }

    /// <summary>The contact the double's answer named for the one session on <paramref name="contact"/>: its monitoring
    /// contact by default, the contact itself under <see cref="MonitorAnswer.Echo"/>.</summary>
    private string AnsweredFor(string contact) => Assert.Single(_server.World.SessionsFor(contact)).AnsweredContactId;

    [Theory]
    [InlineData(MonitorAnswer.MonitoringContact)]
    [InlineData(MonitorAnswer.Echo)]
    public async Task Success_returns_contact_and_request_id(MonitorAnswer answer)
    {
        _server.World.Answer = answer;
        using var client = Client();
        var request = Request(Contact(0));
        request.AllowedMonitorCapabilities = new List<string> { "SILENT_MONITOR", "BARGE" };

        var response = await client.MonitorContactAsync(request);

        var sent = Assert.Single(await RecordedAsync(1));
        var named = AnsweredFor(Contact(0));
        Assert.Equal(answer == MonitorAnswer.Echo, named == Contact(0));
        Assert.Equal(named, response.ContactId);
        Assert.Equal($"arn:aws:connect:{TestCredentials.Region}:{TestCredentials.AccountId}:instance/{TestCredentials.InstanceId}/contact/{named}",
            response.ContactArn);
        Assert.Equal(HttpStatusCode.OK, response.HttpStatusCode);
        Assert.Equal(sent.RequestId, response.ResponseMetadata.RequestId);
        Assert.False(string.IsNullOrEmpty(response.ResponseMetadata.RequestId));

        Assert.Equal("POST", sent.Method);
        Assert.Equal("/contact/monitor", sent.Path);
        Assert.True(sent.SignatureValid);
        Assert.Equal(TestCredentials.AccessKeyId, sent.AccessKeyId);
        Assert.Equal("connect", sent.SigningService);
        Assert.Equal(TestCredentials.Region, sent.SigningRegion);
        Assert.Equal(new[] { "SILENT_MONITOR", "BARGE" }, sent.AllowedMonitorCapabilities);
        Assert.Equal(request.ClientToken, sent.ClientToken);
        Assert.True(Guid.TryParse(sent.ClientToken, out _));
    }

    public static TheoryData<string, Type, string, int> ModelledFaults => new()
    {
        { nameof(Fault.InvalidRequest), typeof(InvalidRequestException), "InvalidRequestException", 400 },
        { nameof(Fault.AccessDenied), typeof(AccessDeniedException), "AccessDeniedException", 403 },
        { nameof(Fault.ResourceNotFound), typeof(ResourceNotFoundException), "ResourceNotFoundException", 404 },
        { nameof(Fault.Idempotency), typeof(IdempotencyException), "IdempotencyException", 409 },
        { nameof(Fault.ServiceQuotaExceeded), typeof(ServiceQuotaExceededException), "ServiceQuotaExceededException", 402 },
        { nameof(Fault.Throttle), typeof(ThrottlingException), "ThrottlingException", 429 },
        { nameof(Fault.InternalError), typeof(InternalServiceException), "InternalServiceException", 500 },
    };

    private static Fault ModelledFault(string name, string message) => name switch
    {
        nameof(Fault.InvalidRequest) => Fault.InvalidRequest(message),
        nameof(Fault.AccessDenied) => Fault.AccessDenied(message),
        nameof(Fault.ResourceNotFound) => Fault.ResourceNotFound(message),
        nameof(Fault.Idempotency) => Fault.Idempotency(message),
        nameof(Fault.ServiceQuotaExceeded) => Fault.ServiceQuotaExceeded(message),
        nameof(Fault.Throttle) => Fault.Throttle(message),
        nameof(Fault.InternalError) => Fault.InternalError(message),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(ModelledFaults))]
    public async Task Modelled_error_maps_to_its_exception(string fault, Type expectedType, string code, int status)
    {
        _server.Faults.ForContact(Contact(1), ModelledFault(fault, "scripted " + code));
        using var client = Client(maxErrorRetry: 0);

        var error = await Assert.ThrowsAnyAsync<AmazonConnectException>(() => client.MonitorContactAsync(Request(Contact(1))));

        var sent = Assert.Single(await RecordedAsync(1));
        Assert.IsType(expectedType, error);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal("scripted " + code, error.Message);
        Assert.Equal(sent.RequestId, error.RequestId);
    }

    [Fact]
    public async Task Errors_from_the_world_map_too()
    {
        using var client = Client(maxErrorRetry: 0);

        await Assert.ThrowsAsync<AccessDeniedException>(() => client.MonitorContactAsync(Request(Contact(2), TestCredentials.DeniedUserId)));
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => client.MonitorContactAsync(Request(TestCredentials.MissingContactId)));
        await Assert.ThrowsAsync<InvalidRequestException>(() => client.MonitorContactAsync(Request(TestCredentials.EndedContactId)));
    }

    [Fact]
    public async Task Error_code_only_in_the_body_type_still_maps()
    {
        _server.Faults.ForContact(Contact(1), Fault.BodyTypedError("ResourceNotFoundException", 404, "only in body"));
        using var client = Client(maxErrorRetry: 0);

        var error = await Assert.ThrowsAsync<ResourceNotFoundException>(() => client.MonitorContactAsync(Request(Contact(1))));

        Assert.Equal("ResourceNotFoundException", error.ErrorCode);
        Assert.Equal("only in body", error.Message);
    }

    [Fact]
    public async Task Unknown_error_code_surfaces_with_its_code()
    {
        _server.Faults.ForContact(Contact(1), Fault.UnknownError("SomeFutureException", 400, "never heard of it"));
        using var client = Client(maxErrorRetry: 0);

        var error = await Assert.ThrowsAsync<AmazonConnectException>(() => client.MonitorContactAsync(Request(Contact(1))));

        Assert.Equal("SomeFutureException", error.ErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("never heard of it", error.Message);
        Assert.Equal(Assert.Single(await RecordedAsync(1)).RequestId, error.RequestId);
    }

    [Fact]
    public async Task Html_bad_gateway_is_a_connect_exception_with_the_status()
    {
        _server.Faults.ForContact(Contact(1), Fault.HtmlBadGateway());
        using var client = Client(maxErrorRetry: 0);

        var error = await Assert.ThrowsAsync<AmazonConnectException>(() => client.MonitorContactAsync(Request(Contact(1))));

        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Null(error.ErrorCode);
        Assert.Contains("502", error.Message);
        Assert.Contains("Bad Gateway", error.Message);
    }

    [Fact]
    public async Task Html_bad_gateway_is_retried()
    {
        _server.Faults.ForContact(Contact(1), Fault.HtmlBadGateway());
        using var client = Client(maxErrorRetry: 2);

        var response = await client.MonitorContactAsync(Request(Contact(1)));

        Assert.Equal(AnsweredFor(Contact(1)), response.ContactId);
        Assert.Equal(new[] { 502, 200 }, (await RecordedAsync(2)).Select(r => r.ResponseStatus));
    }

    [Fact]
    public async Task Malformed_json_success_is_a_clear_unmarshalling_error()
    {
        _server.Faults.ForContact(Contact(1), Fault.MalformedJson());
        using var client = Client(maxErrorRetry: 0);

        var error = await Assert.ThrowsAsync<AmazonUnmarshallingException>(() => client.MonitorContactAsync(Request(Contact(1))));

        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
        Assert.Equal(Assert.Single(await RecordedAsync(1)).RequestId, error.RequestId);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(error.InnerException);
    }

    [Fact]
    public async Task Throttled_then_success_retries_with_one_client_token()
    {
        _server.Faults.ForContact(Contact(3), Fault.Throttle(), Fault.Throttle(), Fault.Throttle());
        using var client = Client(maxErrorRetry: 4);
        var request = Request(Contact(3));

        var response = await client.MonitorContactAsync(request);

        var attempts = await RecordedAsync(4);
        Assert.Equal(new[] { 429, 429, 429, 200 }, attempts.Select(r => r.ResponseStatus));
        Assert.Single(attempts.Select(r => r.ClientToken).Distinct());
        Assert.Equal(request.ClientToken, attempts[0].ClientToken);
        Assert.All(attempts, a => Assert.True(a.SignatureValid));
        Assert.Equal(attempts[^1].RequestId, response.ResponseMetadata.RequestId);
    }

    [Fact]
    public async Task Given_client_token_is_kept_across_retries()
    {
        _server.Faults.ForContact(Contact(4), Fault.InternalError());
        using var client = Client(maxErrorRetry: 2);
        var request = Request(Contact(4));
        request.ClientToken = "caller-token-4";

        await client.MonitorContactAsync(request);

        Assert.Equal(new[] { "caller-token-4", "caller-token-4" }, (await RecordedAsync(2)).Select(r => r.ClientToken));
        Assert.Equal("caller-token-4", request.ClientToken);
    }

    [Fact]
    public async Task Throttling_beyond_the_retry_budget_surfaces_as_throttling()
    {
        _server.Faults.ForContact(Contact(5), Fault.Throttle(), Fault.Throttle(), Fault.Throttle());
        using var client = Client(maxErrorRetry: 2);

        var error = await Assert.ThrowsAsync<ThrottlingException>(() => client.MonitorContactAsync(Request(Contact(5))));

        Assert.Equal(3, (await RecordedAsync(3)).Length);
        Assert.Equal((HttpStatusCode)429, error.StatusCode);
    }

    [Fact]
    public async Task Connection_reset_is_retried_with_the_same_token()
    {
        _server.Faults.ForContact(Contact(6), Fault.ConnectionReset());
        using var client = Client(maxErrorRetry: 2);

        var response = await client.MonitorContactAsync(Request(Contact(6)));

        var attempts = await RecordedAsync(2);
        Assert.Equal(AnsweredFor(Contact(6)), response.ContactId);
        Assert.Equal(new[] { 0, 200 }, attempts.Select(r => r.ResponseStatus));
        Assert.Single(attempts.Select(r => r.ClientToken).Distinct());
    }

    [Fact]
    public async Task Custom_endpoint_signs_for_the_configured_region()
    {
        using var client = Client(signingRegion: "eu-west-2");

        await client.MonitorContactAsync(Request(Contact(7)));

        var sent = Assert.Single(await RecordedAsync(1));
        Assert.Equal("eu-west-2", sent.SigningRegion);
        Assert.Equal("connect", sent.SigningService);
        Assert.True(sent.SignatureValid);
    }

    [Fact]
    public async Task Cancellation_stops_a_call_the_service_holds()
    {
        // The double holds the answer for 5 minutes and the client's own time-out is 10: only the cancellation can end
        // the call within the 30 s bound (the SDK's default 100 s time-out, or the answer, would both come too late).
        _server.Faults.ForContact(Contact(8), Fault.Delay(TimeSpan.FromMinutes(5)));
        using var client = Client(maxErrorRetry: 0, timeout: TimeSpan.FromMinutes(10));
        using var cancel = new CancellationTokenSource();
        var call = client.MonitorContactAsync(Request(Contact(8)), cancel.Token);

        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            await _server.WaitForArrivalsAsync(1, timeout.Token); // the double now holds the request
        }
        cancel.Cancel();

        var ended = await Task.WhenAny(call, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.True(ReferenceEquals(call, ended), "the call did not end within 30 s of the cancellation");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }
}

/// <summary>
/// A configured endpoint from the environment (AWS_ENDPOINT_URL_CONNECT) with a RegionEndpoint: the
/// SDK's signer alone would guess the signing region from the host name (us-east-1 for 127.0.0.1);
/// the client signs for the RegionEndpoint. Changes process state, hence the collection.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class AmazonConnectClientConfiguredEndpointDoubleTests
{
    [Fact]
    public async Task Endpoint_from_environment_signs_for_the_region_endpoint()
    {
        await using var server = await ConnectDoubleServer.StartAsync();
        using var env = new EnvironmentVariables()
            .Set("AWS_ENDPOINT_URL_CONNECT", server.Endpoint.ToString())
            .Set("AWS_ENDPOINT_URL", null)
            .Set("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", null)
            .Set("AWS_REGION", null)
            .Set("AWS_DEFAULT_REGION", null);
        var config = new AmazonConnectConfig { RegionEndpoint = RegionEndpoint.APSoutheast2, MaxErrorRetry = 0 };
        using var client = new AmazonConnectClient(new BasicAWSCredentials(TestCredentials.AccessKeyId, TestCredentials.SecretAccessKey), config);

        await client.MonitorContactAsync(new MonitorContactRequest
        {
            InstanceId = TestCredentials.InstanceId,
            ContactId = TestCredentials.ContactIds[0],
            UserId = TestCredentials.UserId,
        });

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await server.WaitForRequestsAsync(1, timeout.Token);
        var sent = Assert.Single(server.Requests);
        Assert.Equal("ap-southeast-2", sent.SigningRegion);
        Assert.True(sent.SignatureValid);
    }
}
