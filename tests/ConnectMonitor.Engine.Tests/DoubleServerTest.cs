using ConnectMonitor.ConnectDouble;
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
    protected ConnectSessionSettings DoubleSession() => new()
    {
        Region = TestCredentials.Region,
        EndpointUrl = Server.Endpoint.ToString(),
        ProfileName = "default",
        ProfileLocation = _credentialsFile,
    };
}
