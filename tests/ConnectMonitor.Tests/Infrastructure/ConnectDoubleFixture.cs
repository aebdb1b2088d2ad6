using ConnectMonitor.ConnectDouble;

namespace ConnectMonitor.Tests.Infrastructure;

/// <summary>One loopback Connect double per test class; tests that inject faults use contact ids of their own.</summary>
public sealed class ConnectDoubleFixture : IAsyncLifetime
{
    public ConnectDoubleServer Server { get; private set; } = null!;

    public string Endpoint => Server.Endpoint.ToString();

    public async Task InitializeAsync() => Server = await ConnectDoubleServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>A fresh runspace with the module imported and $endpoint, $instance, $user, $region set for the double.</summary>
    public PowerShellSession NewSession() =>
        PowerShellSession.WithModule()
            .SetVariable("endpoint", Endpoint)
            .SetVariable("instance", TestCredentials.InstanceId)
            .SetVariable("user", TestCredentials.UserId)
            .SetVariable("region", TestCredentials.Region);

    /// <summary>Adds live contacts with unique ids to the double's world, so a test's faults and counts are its own.</summary>
    public string[] NewContacts(int count, string prefix = "c")
    {
        var ids = Enumerable.Range(0, count).Select(_ => $"{prefix}-{Guid.NewGuid():N}").ToArray();
        Server.World.AddContacts(TestCredentials.InstanceId, ids);
        return ids;
    }

    /// <summary>The requests the double received for the given contact ids.</summary>
    public IReadOnlyList<RecordedRequest> RequestsFor(params string[] contactIds) =>
        Server.Requests.Where(r => r.ContactId != null && contactIds.Contains(r.ContactId)).ToList();
}
