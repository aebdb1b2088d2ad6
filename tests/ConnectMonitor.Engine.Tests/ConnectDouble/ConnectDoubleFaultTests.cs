using System.Net;
using ConnectMonitor.ConnectDouble;
using Xunit;

namespace ConnectMonitor.Engine.Tests.ConnectDouble;

public sealed class ConnectDoubleFaultTests
{
    private static readonly string C1 = TestCredentials.ContactIds[0];
    private static readonly string C2 = TestCredentials.ContactIds[1];

    [Fact]
    public async Task Contact_faults_are_consumed_in_order_then_normal_behaviour_other_contacts_unaffected()
    {
        await using var server = await ConnectDoubleServer.StartAsync();
        server.Faults.ForContact(C1, Fault.Throttle(), Fault.InternalError(), Fault.AccessDenied());
        using var client = new DoubleTestClient(server);

        var statuses = new List<int>();
        using (var other = await client.MonitorAsync(DoubleTestClient.Body(C2))) statuses.Add((int)other.StatusCode);
        for (var i = 0; i < 4; i++)
        {
            using var r = await client.MonitorAsync(DoubleTestClient.Body(C1));
            statuses.Add((int)r.StatusCode);
        }

        Assert.Equal([200, 429, 500, 403, 200], statuses);
        Assert.Equal([null, "ThrottlingException", "InternalServiceException", "AccessDeniedException", null], server.Requests.Select(r => r.ErrorCode));
        Assert.Equal(0, server.Faults.PendingCount);
        Assert.Equal(2, server.World.Sessions.Count);
    }

    [Fact]
    public async Task Next_request_faults_apply_to_any_contact_and_bad_signature_stays_403()
    {
        await using var server = await ConnectDoubleServer.StartAsync();
        server.Faults.ForNextRequests(Fault.ServiceQuotaExceeded(), Fault.UnknownError("BrandNewException"));
        using var client = new DoubleTestClient(server);

        using var badSig = await client.MonitorAsync(DoubleTestClient.Body(C1), secret: "wrong");
        using var a = await client.MonitorAsync(DoubleTestClient.Body(C1));
        using var b = await client.MonitorAsync(DoubleTestClient.Body(C2));
        using var c = await client.MonitorAsync(DoubleTestClient.Body(C2));

        Assert.Equal([403, 402, 400, 200], new[] { badSig, a, b, c }.Select(r => (int)r.StatusCode));
        Assert.Equal("BrandNewException", (await DoubleTestClient.ReadErrorAsync(b)).Code);
    }

    [Fact]
    public async Task Raw_faults_html_bad_gateway_and_malformed_json()
    {
        await using var server = await ConnectDoubleServer.StartAsync();
        server.Faults.ForNextRequests(Fault.HtmlBadGateway(), Fault.MalformedJson(), Fault.Status(503, "", "text/plain"));
        using var client = new DoubleTestClient(server);

        using var html = await client.MonitorAsync(DoubleTestClient.Body(C1));
        Assert.Equal(HttpStatusCode.BadGateway, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.False(html.Headers.Contains("x-amzn-ErrorType"));

        using var malformed = await client.MonitorAsync(DoubleTestClient.Body(C1));
        Assert.Equal(HttpStatusCode.OK, malformed.StatusCode);
        var text = await malformed.Content.ReadAsStringAsync();
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => System.Text.Json.JsonDocument.Parse(text));

        using var bare = await client.MonitorAsync(DoubleTestClient.Body(C1));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, bare.StatusCode);
        Assert.Empty(server.World.Sessions);
    }

    [Fact]
    public async Task Connection_reset_aborts_without_response_and_after_processing_keeps_the_effect()
    {
        await using var server = await ConnectDoubleServer.StartAsync();
        server.Faults.ForNextRequests(Fault.ConnectionReset(), Fault.ConnectionResetAfterProcessing());
        using var client = new DoubleTestClient(server);
        var token = Guid.NewGuid().ToString();

        // Each attempt is recorded before its reset or answer leaves the double: no waiting needed to see it.
        await Assert.ThrowsAsync<HttpRequestException>(() => client.MonitorAsync(DoubleTestClient.Body(C1, token)));
        Assert.Empty(server.World.Sessions);
        Assert.Single(server.Requests);
        await Assert.ThrowsAsync<HttpRequestException>(() => client.MonitorAsync(DoubleTestClient.Body(C1, token)));
        Assert.Single(server.World.Sessions);
        Assert.Equal(2, server.Requests.Count);
        using var retry = await client.MonitorAsync(DoubleTestClient.Body(C1, token));

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Single(server.World.Sessions);
        // Every attempt was recorded before its reset or answer left the double (checked above without waiting), so
        // all three are there; they are listed in arrival order.
        Assert.Equal([0, 0, 200], server.Requests.Select(r => r.ResponseStatus));
        Assert.True(server.Requests[2].IdempotentReplay);
    }

    [Fact]
    public async Task Delay_is_cut_short_when_the_client_gives_up()
    {
        await using var server = await ConnectDoubleServer.StartAsync();
        server.Faults.ForNextRequests(Fault.Delay(TimeSpan.FromMinutes(5)));
        using var client = new DoubleTestClient(server);
        using var giveUp = new CancellationTokenSource();
        var pending = client.MonitorAsync(DoubleTestClient.Body(C1), ct: giveUp.Token);
        // Give up only once the request is held in the delay, however slow the machine is.
        await server.WaitForArrivalsAsync(1).WaitAsync(TimeSpan.FromSeconds(10));
        giveUp.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
        await server.WaitForRequestsAsync(1).WaitAsync(TimeSpan.FromSeconds(10));
        var recorded = Assert.Single(server.Requests);
        Assert.Equal(0, recorded.ResponseStatus);
        Assert.Equal("delay 300000 ms", recorded.Fault);
    }

    [Fact]
    public async Task Requests_are_listed_in_arrival_order_when_an_earlier_one_is_answered_later()
    {
        // A connection-reset attempt is recorded after its retry has been answered: Requests must still list the
        // attempt first. Here C1 is held until the client gives up, after C2 (which arrived later) has been answered.
        await using var server = await ConnectDoubleServer.StartAsync();
        server.Faults.ForContact(C1, Fault.Delay(TimeSpan.FromMinutes(5)));
        using var client = new DoubleTestClient(server);
        using var giveUp = new CancellationTokenSource();
        var held = client.MonitorAsync(DoubleTestClient.Body(C1), ct: giveUp.Token);
        await server.WaitForArrivalsAsync(1).WaitAsync(TimeSpan.FromSeconds(30));

        using (var answered = await client.MonitorAsync(DoubleTestClient.Body(C2))) Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        await server.WaitForRequestsAsync(1).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal([C2], server.Requests.Select(r => r.ContactId));   // only C2 is answered so far
        giveUp.Cancel();                                                // the client gives up on C1
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => held);
        await server.WaitForRequestsAsync(2).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal([C1, C2], server.Requests.Select(r => r.ContactId));
        Assert.Equal([1L, 2L], server.Requests.Select(r => r.Sequence));
    }

    [Fact]
    public async Task Rate_limit_throttles_after_the_burst()
    {
        await using var server = await ConnectDoubleServer.StartAsync();
        server.Faults.SetRateLimit(requestsPerSecond: 0.001, burst: 3);
        using var client = new DoubleTestClient(server);
        var statuses = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            using var r = await client.MonitorAsync(DoubleTestClient.Body(TestCredentials.ContactIds[i]));
            statuses.Add((int)r.StatusCode);
            if (i == 3) Assert.Equal("ThrottlingException", (await DoubleTestClient.ReadErrorAsync(r)).Code);
        }
        Assert.Equal([200, 200, 200, 429, 429], statuses);
        server.Faults.Clear();
        using var after = await client.MonitorAsync(DoubleTestClient.Body(C1));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Rate_limit_refills_with_time()
    {
        var clock = new ManualClock();
        await using var server = await ConnectDoubleServer.StartAsync(new ConnectDoubleOptions { TimeProvider = clock, ClockSkewTolerance = null });
        server.Faults.SetRateLimit(requestsPerSecond: 2, burst: 1);
        using var client = new DoubleTestClient(server);
        using var a = await client.MonitorAsync(DoubleTestClient.Body(C1));
        using var b = await client.MonitorAsync(DoubleTestClient.Body(C1));
        clock.Advance(TimeSpan.FromMilliseconds(500));
        using var c = await client.MonitorAsync(DoubleTestClient.Body(C1));
        Assert.Equal([200, 429, 200], new[] { a, b, c }.Select(r => (int)r.StatusCode));
    }

    [Fact]
    public async Task Server_error_rate_is_repeatable_with_the_fixed_seed()
    {
        async Task<int[]> Run()
        {
            await using var server = await ConnectDoubleServer.StartAsync();
            server.Faults.ServerErrorRate = 0.5;
            using var client = new DoubleTestClient(server);
            var s = new int[12];
            for (var i = 0; i < s.Length; i++)
            {
                using var r = await client.MonitorAsync(DoubleTestClient.Body(C1));
                s[i] = (int)r.StatusCode;
            }
            return s;
        }
        var first = await Run();
        Assert.Equal(first, await Run());
        Assert.Contains(500, first);
        Assert.Contains(200, first);
    }

    [Fact]
    public async Task Server_stops_itself_after_max_requests()
    {
        await using var server = await ConnectDoubleServer.StartAsync(new ConnectDoubleOptions { MaxRequests = 2 });
        using var client = new DoubleTestClient(server);
        using var a = await client.MonitorAsync(DoubleTestClient.Body(C1));
        using var b = await client.MonitorAsync(DoubleTestClient.Body(C1));
        using var c = await client.MonitorAsync(DoubleTestClient.Body(C1));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, c.StatusCode);
        await server.Completion.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Server_stops_itself_after_its_lifetime()
    {
        await using var server = await ConnectDoubleServer.StartAsync(new ConnectDoubleOptions { Lifetime = TimeSpan.FromMilliseconds(50) });
        await server.Completion.WaitAsync(TimeSpan.FromSeconds(10));
        using var client = new DoubleTestClient(server);
        await Assert.ThrowsAsync<HttpRequestException>(() => client.MonitorAsync(DoubleTestClient.Body(C1)));
    }

    private sealed class ManualClock : TimeProvider
    {
        private long _ticks;
        public override long TimestampFrequency => TimeSpan.TicksPerSecond;
        public override long GetTimestamp() => Interlocked.Read(ref _ticks);
        public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow;
        public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
    }
}
