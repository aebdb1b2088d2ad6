using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Engine.Connect;
using ConnectMonitor.Engine.Pacing;
using Xunit;

namespace ConnectMonitor.Engine.Tests.Pacing;

/// <summary>
/// Pacing lives in the client's own runtime pipeline: any operation sent through a client is paced by the limiter of
/// its endpoint and operation, with no pacing code of its own, and two clients share limiters exactly when they share a
/// <see cref="PipelinePacing"/>. A hand-moved clock (one request a second, burst 1) shows who waits, without sleeping.
/// </summary>
public sealed class ClientPipelinePacingTests : DoubleServerTest
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task An_operation_with_no_pacing_code_of_its_own_is_paced_by_the_client_pipeline()
    {
        var clock = new FakePacingClock();
        var pacing = new PipelinePacing(PacingMode.Fixed, 1, 1, clock);
        using var client = Client(pacing);

        await client.Invoke<ListInstancesResponse>(new ListLabInstancesRequest(), LabMarshaller.Instance, ListInstancesResponseUnmarshaller.Instance, default);
        var second = client.Invoke<ListInstancesResponse>(new ListLabInstancesRequest(), LabMarshaller.Instance, ListInstancesResponseUnmarshaller.Instance, default);
        await UntilAsync(() => clock.Requested.Count == 1);

        Assert.Equal(1, Sent()); // the second call waits for the limiter, not on the wire
        Assert.False(second.IsCompleted);
        clock.Advance(1);
        await second.WaitAsync(Patience);
        Assert.Equal(2, Sent());
        var paced = Assert.Single(pacing.Operations);
        Assert.Equal("ListLabInstances", paced.Operation); // named by the request type: the operation wrote no pacing code
        Assert.Equal(2, paced.Limiter.AnsweredAttempts);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Two_clients_share_limiters_exactly_when_they_share_a_pipeline_pacing(bool shared)
    {
        var clock = new FakePacingClock();
        var first = new PipelinePacing(PacingMode.Fixed, 1, 1, clock);
        var second = shared ? first : new PipelinePacing(PacingMode.Fixed, 1, 1, clock);
        using var a = Client(first);
        using var b = Client(second);

        await a.ListInstancesAsync(new ListInstancesRequest());
        var fromB = b.ListInstancesAsync(new ListInstancesRequest());

        if (shared)
        {
            // b's call finds the token a's call took gone, and waits for the shared limiter.
            await UntilAsync(() => clock.Requested.Count == 1);
            Assert.False(fromB.IsCompleted);
            Assert.Equal(1, Sent());
            clock.Advance(1);
        }

        await fromB.WaitAsync(Patience);
        Assert.Equal(shared ? 1 : 0, clock.Requested.Count); // with its own limiter b never waited
        Assert.Equal(2, Sent());
    }

    private AmazonConnectClient Client(PipelinePacing pacing)
    {
        var config = new AmazonConnectConfig();
        config.SetCustomEndpoint(Server.Endpoint.ToString(), TestCredentials.Region);
        return new AmazonConnectClient(new BasicAWSCredentials(TestCredentials.AccessKeyId, TestCredentials.SecretAccessKey), config,
            new ClientPacing(pacing, 1, TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(1)));
    }

    private int Sent() => Server.Requests.Count(r => r.Path == "/instance");

    /// <summary>Waits for a state the test cannot be told about (a limiter asking the clock to wait), at most 30 s.</summary>
    private static async Task UntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the state never came");
            await Task.Delay(10);
        }
    }

    /// <summary>An operation the client has no line for: ListInstances' wire shape under a request type of its own.</summary>
    private sealed class ListLabInstancesRequest : AmazonWebServiceRequest
    {
    }

    private sealed class LabMarshaller : IMarshaller<IRequest, AmazonWebServiceRequest>
    {
        public static readonly LabMarshaller Instance = new();

        public IRequest Marshall(AmazonWebServiceRequest input)
        {
            IRequest request = new DefaultRequest(input, AmazonConnectConfig.ConnectServiceId);
            request.HttpMethod = "GET";
            request.ResourcePath = "/instance";
            request.UseQueryString = true;
            return request;
        }
    }
}
