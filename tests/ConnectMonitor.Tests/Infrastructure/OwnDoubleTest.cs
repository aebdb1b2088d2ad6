using ConnectMonitor.ConnectDouble;

namespace ConnectMonitor.Tests.Infrastructure;

/// <summary>
/// A test class whose every test gets a double of its own (so every request count and fault is the test's own) and
/// sessions with the module imported and $endpoint, $instance, $region and $user set for it.
/// </summary>
public abstract class OwnDoubleTest : IAsyncLifetime
{
    /// <summary>The test's own double.</summary>
    protected ConnectDoubleServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await ConnectDoubleServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>A session with the module imported and $endpoint, $instance, $region, $user pointing at the double.</summary>
    protected PowerShellSession NewSession() =>
        PowerShellSession.WithModule()
            .SetVariable("endpoint", Server.Endpoint.ToString())
            .SetVariable("instance", TestCredentials.InstanceId)
            .SetVariable("region", TestCredentials.Region)
            .SetVariable("user", TestCredentials.UserId);
}
