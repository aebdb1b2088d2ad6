using Amazon.Runtime;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Engine.Connect;
using ConnectMonitor.Engine.Errors;
using ConnectMonitor.Engine.Pacing;
using Xunit;

namespace ConnectMonitor.Engine.Tests.Pacing;

/// <summary>
/// The SDK's adaptive retry mode (AWS_RETRY_MODE=adaptive, or retry_mode = adaptive in a profile) next to our pacing:
/// a call our limiter paces is not held by the SDK's client-side rate limiter as well; with our pacing off the SDK's
/// limiter is the one in force.
/// </summary>
public sealed class SdkAdaptiveRetryModeTests : DoubleServerTest
{
    [Theory]
    [InlineData("adaptive")]
    [InlineData("fixed")]
    public async Task A_paced_call_throttled_once_is_retried_without_waiting_for_the_SDK_limiter(string pacing)
    {
        // After its first throttle the SDK's bucket is empty, refilling at about 1 request/s at most (its measured rate
        // of a fresh client), and AWSSDK.Core 4.0.102.19's acquire loop does not refill while it waits: the retry would
        // wait 12 to 28 s, then fail with "capacity could not be obtained". Ours waits well under a second.
        var contact = NewContact();
        Server.Faults.ForContact(contact, Fault.Throttle());
        using var client = Client(pacing == "adaptive" ? PipelinePacing.Adaptive() : PipelinePacing.Fixed(1000, 10), failFast: false);
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(10));

        var response = await client.MonitorContactAsync(Request(contact), bound.Token);

        Assert.False(string.IsNullOrEmpty(response.ContactId));
        Assert.Equal([429, 200], Server.Requests.Where(r => r.ContactId == contact).Select(r => r.ResponseStatus));
    }

    [Fact]
    public async Task With_pacing_off_the_SDK_limiter_is_in_force()
    {
        // FailFast: the SDK's limiter refuses at once instead of waiting for capacity, so nothing here waits.
        var contact = NewContact();
        Server.Faults.ForContact(contact, Fault.Throttle());
        using var client = Client(PipelinePacing.Off(), failFast: true);

        var error = await Assert.ThrowsAsync<AmazonClientException>(() => client.MonitorContactAsync(Request(contact)));

        Assert.Contains("capacity could not be obtained", error.Message, StringComparison.Ordinal);
        Assert.Single(Server.Requests, r => r.ContactId == contact); // the retry was never sent
    }

    [Fact]
    public async Task The_SDK_limiter_refusal_is_explained_with_what_to_change()
    {
        var contact = NewContact();
        Server.Faults.ForContact(contact, Fault.Throttle());
        using var client = Client(PipelinePacing.Off(), failFast: true);
        var refusal = await Assert.ThrowsAsync<AmazonClientException>(() => client.MonitorContactAsync(Request(contact)));

        var error = ServiceErrorTranslator.Translate(refusal, CallTarget.Instance("MonitorContact", TestCredentials.InstanceId, TestCredentials.Region));

        Assert.Equal(ConnectErrorCodes.ClientError, error.ErrorCode);
        Assert.Contains("AWS_RETRY_MODE=adaptive", error.Message, StringComparison.Ordinal);
        Assert.Contains("-MaxRequestsPerSecond 0", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("endpoint settings", error.Message, StringComparison.Ordinal);
    }

    private string NewContact()
    {
        var contact = $"sdk-adaptive-{Guid.NewGuid():N}";
        Server.World.AddContacts(TestCredentials.InstanceId, [contact]);
        return contact;
    }

    private static MonitorContactRequest Request(string contact) =>
        new() { InstanceId = TestCredentials.InstanceId, ContactId = contact, UserId = TestCredentials.UserId };

    private AmazonConnectClient Client(PipelinePacing pacing, bool failFast)
    {
        var config = new AmazonConnectConfig { RetryMode = RequestRetryMode.Adaptive, FastFailRequests = failFast };
        config.SetCustomEndpoint(Server.Endpoint.ToString(), TestCredentials.Region);
        return new AmazonConnectClient(new BasicAWSCredentials(TestCredentials.AccessKeyId, TestCredentials.SecretAccessKey), config,
            new ClientPacing(pacing, 5, TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(1)));
    }
}
