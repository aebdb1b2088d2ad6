using Amazon.Runtime;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Engine.Connect;
using ConnectMonitor.Engine.Sessions;
using Xunit;

namespace ConnectMonitor.Engine.Tests;

/// <summary>
/// Base of engine tests that call the Connect double through the engine's own session: starts a double per test,
/// writes the double's keys as profile "default" to a temp credentials file, and removes both afterwards.
/// </summary>
public abstract class DoubleServerTest : IAsyncLifetime, IDisposable
{
    private readonly string _credentialsFile = Path.GetTempFileName();

    /// <summary>The test's own Connect double (started in <see cref="InitializeAsync"/>).</summary>
    protected ConnectDoubleServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(_credentialsFile,
            $"[default]\naws_access_key_id = {TestCredentials.AccessKeyId}\naws_secret_access_key = {TestCredentials.SecretAccessKey}\n");
        Server = await ConnectDoubleServer.StartAsync();
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();

    public void Dispose() => File.Delete(_credentialsFile);

    /// <summary>Settings for a session against the double: the test region, the double's endpoint, profile "default" of the temp file.</summary>
    /// <summary>A client of the project's own Connect client straight to the double, keys in code, no SDK retries.</summary>
    private protected AmazonConnectClient DoubleClient()
    {
        var config = new AmazonConnectConfig { MaxErrorRetry = 0 };
        config.SetCustomEndpoint(Server.Endpoint.ToString(), TestCredentials.Region);
        return new AmazonConnectClient(new BasicAWSCredentials(TestCredentials.AccessKeyId, TestCredentials.SecretAccessKey), config);
    }

    /// <summary>The double's request number <paramref name="number"/> (1-based), once it has arrived (30 s at most).</summary>
    protected async Task<RecordedRequest> RecordedAsync(int number)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await Server.WaitForRequestsAsync(number, timeout.Token);
        return Server.Requests[number - 1];
    }

    protected ConnectSessionSettings DoubleSession() => new()
    {
        Region = TestCredentials.Region,
        EndpointUrl = Server.Endpoint.ToString(),
        ProfileName = "default",
        ProfileLocation = _credentialsFile,
    };
}
