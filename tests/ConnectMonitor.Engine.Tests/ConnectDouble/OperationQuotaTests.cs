using Amazon.Runtime;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Engine.Connect;
using Xunit;

namespace ConnectMonitor.Engine.Tests.ConnectDouble;

/// <summary>The double's per-operation quotas (Connect's quotas are per API) and their command-line switch.</summary>
public sealed class OperationQuotaTests
{
    private static AmazonConnectClient Client(ConnectDoubleServer server)
    {
        var config = new AmazonConnectConfig { MaxErrorRetry = 0 };
        config.SetCustomEndpoint(server.Endpoint.ToString(), TestCredentials.Region);
        return new AmazonConnectClient(new BasicAWSCredentials(TestCredentials.AccessKeyId, TestCredentials.SecretAccessKey), config);
    }

    [Fact]
    public async Task An_operation_over_its_own_quota_is_throttled_while_the_others_go_on()
    {
        // A fake clock that never moves: the bucket does not refill during the test.
        var options = new ConnectDoubleOptions { TimeProvider = new FrozenTime() };
        options.OperationQuotas.Set("SearchUsers", 1, burst: 2);
        await using var server = await ConnectDoubleServer.StartAsync(options);
        using var client = Client(server);
        var search = () => client.SearchUsersAsync(new SearchUsersRequest { InstanceId = TestCredentials.InstanceId });

        await search();
        await search();
        var throttled = await Assert.ThrowsAsync<ThrottlingException>(search);
        await client.SearchQueuesAsync(new SearchQueuesRequest { InstanceId = TestCredentials.InstanceId });
        await client.MonitorContactAsync(new MonitorContactRequest
        {
            InstanceId = TestCredentials.InstanceId, ContactId = TestCredentials.ContactIds[0], UserId = TestCredentials.UserId,
        });

        Assert.Equal(429, (int)throttled.StatusCode);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await server.WaitForRequestsAsync(5, timeout.Token);
        Assert.Equal("SearchUsers quota", server.Requests[2].Fault);
        Assert.Equal(new[] { 200, 200, 429, 200, 200 }, server.Requests.Select(r => r.ResponseStatus));
    }

    [Fact]
    public void The_command_line_sets_per_operation_quotas()
    {
        var line = DoubleCommandLine.Parse(["--operation-rate-limit", "SearchUsers=2/5", "--operation-rate-limit", "GetCurrentUserData=0.5/1"]);

        Assert.Equal(["GetCurrentUserData", "SearchUsers"], line.Options.OperationQuotas.Operations.Order());
    }

    [Theory]
    [InlineData("SearchUsers")]
    [InlineData("SearchUsers=2")]
    [InlineData("=2/5")]
    [InlineData("SearchUsers=0/5")]
    [InlineData("SearchUsers=2/0")]
    [InlineData("SearchUsers=x/5")]
    public void A_malformed_operation_quota_is_refused(string value) =>
        Assert.Contains("OPERATION=RPS/BURST", Assert.Throws<ArgumentException>(() => DoubleCommandLine.Parse(["--operation-rate-limit", value])).Message);

    private sealed class FrozenTime : TimeProvider
    {
        private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;
        private readonly long _timestamp = global::System.Diagnostics.Stopwatch.GetTimestamp();

        public override DateTimeOffset GetUtcNow() => _now;

        public override long GetTimestamp() => _timestamp;
    }
}
