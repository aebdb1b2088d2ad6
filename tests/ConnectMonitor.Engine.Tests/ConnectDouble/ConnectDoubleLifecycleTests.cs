using System.Diagnostics;
using System.Net;
using ConnectMonitor.ConnectDouble;
using Xunit;

namespace ConnectMonitor.Engine.Tests.ConnectDouble;

public sealed class ConnectDoubleLifecycleTests
{
    [Fact]
    public async Task Sync_start_and_dispose_work_and_each_server_gets_its_own_port_and_world()
    {
        using var a = ConnectDoubleServer.Start();
        using var b = ConnectDoubleServer.Start();
        Assert.NotEqual(a.Endpoint, b.Endpoint);
        Assert.Equal("127.0.0.1", a.Endpoint.Host);
        Assert.EndsWith("/", a.Endpoint.AbsoluteUri);
        using var client = new DoubleTestClient(a);
        using var response = await client.MonitorAsync(DoubleTestClient.Body(TestCredentials.ContactIds[0]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(a.World.Sessions);
        Assert.Empty(b.World.Sessions);
    }

    [Fact]
    public async Task Dispose_cancels_a_request_stuck_in_a_delay()
    {
        var server = await ConnectDoubleServer.StartAsync();
        server.Faults.ForNextRequests(Fault.Delay(TimeSpan.FromMinutes(5)));
        using var client = new DoubleTestClient(server);
        var pending = client.MonitorAsync(DoubleTestClient.Body(TestCredentials.ContactIds[0]));
        await server.WaitForArrivalsAsync(1).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Empty(server.Requests); // held in the delay, not answered yet
        var started = Stopwatch.StartNew();
        await server.DisposeAsync();
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(10), $"dispose took {started.Elapsed}");
        await Assert.ThrowsAnyAsync<Exception>(() => pending);
        Assert.True(server.Completion.IsCompleted);
        Assert.Equal(0, Assert.Single(server.Requests).ResponseStatus);
    }

    [Fact]
    public async Task Log_option_writes_one_line_per_request_without_secrets()
    {
        var lines = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await using var server = await ConnectDoubleServer.StartAsync(new ConnectDoubleOptions { Log = lines.Enqueue });
        using var client = new DoubleTestClient(server);
        using var ok = await client.MonitorAsync(DoubleTestClient.Body(TestCredentials.ContactIds[0]));
        using var missing = await client.MonitorAsync(DoubleTestClient.Body(TestCredentials.MissingContactId));
        await server.WaitForRequestsAsync(2).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, lines.Count);
        var second = lines.ToArray()[1];
        Assert.Contains(TestCredentials.AccessKeyId, second);
        Assert.Contains(TestCredentials.MissingContactId, second);
        Assert.Contains("404", second);
        Assert.Contains("ResourceNotFoundException", second);
        Assert.Contains(server.Requests[1].RequestId, second);
        Assert.DoesNotContain(TestCredentials.SecretAccessKey, string.Join('\n', lines));
        Assert.DoesNotContain("Signature=", string.Join('\n', lines));
    }

    [Fact]
    public async Task Required_region_rejects_other_signing_regions()
    {
        await using var server = await ConnectDoubleServer.StartAsync(new ConnectDoubleOptions { Region = "eu-west-2" });
        using var client = new DoubleTestClient(server);
        using var wrong = await client.MonitorAsync(DoubleTestClient.Body(TestCredentials.ContactIds[0]), region: "us-east-1");
        using var right = await client.MonitorAsync(DoubleTestClient.Body(TestCredentials.ContactIds[0]), region: "eu-west-2");
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Fact]
    public async Task Parallel_requests_are_all_answered_recorded_and_applied_once()
    {
        var world = ConnectWorld.CreateDefault();
        var contacts = Enumerable.Range(0, 64).Select(i => $"bulk-{i:D3}").ToArray();
        world.AddContacts(TestCredentials.InstanceId, contacts);
        await using var server = await ConnectDoubleServer.StartAsync(new ConnectDoubleOptions { World = world });
        using var client = new DoubleTestClient(server);

        var responses = await Task.WhenAll(contacts.Select(c => client.MonitorAsync(DoubleTestClient.Body(c, clientToken: "t-" + c))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        foreach (var r in responses) r.Dispose();
        Assert.Equal(64, server.Requests.Count);
        Assert.Equal(contacts.Order(), server.World.Sessions.Select(s => s.ContactId).Order());
        Assert.Equal(64, server.Requests.Select(r => r.RequestId).Distinct().Count());
    }
}
