using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.PesterMirror;

/// <summary>
/// The local endpoint as tests/Pester/Errors.Tests.ps1 starts it (same command line, parsed by the program's own
/// <see cref="DoubleCommandLine"/>), but in this process; sessions get the Pester files' variables.
/// </summary>
public sealed class LocalEndpointFixture : IAsyncLifetime
{
    /// <summary>The --fault arguments of Errors.Tests.ps1.</summary>
    public static readonly string[] PesterFaults =
    [
        "c-quota=ServiceQuotaExceededException",
        "c-throttled=ThrottlingException",
        "c-failing=InternalServiceException",
    ];

    public ConnectDoubleServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var line = DoubleCommandLine.Parse(["--port", "0", "--lifetime-seconds", "900", .. PesterFaults.SelectMany(f => new[] { "--fault", f })]);
        Server = await ConnectDoubleServer.StartAsync(line.Options);
        line.ApplyTo(Server.Faults);
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>A runspace with the module imported and the variables TestSupport.ps1 defines.</summary>
    public PowerShellSession NewSession() =>
        PowerShellSession.WithModule()
            .SetVariable("endpoint", Server.Endpoint.AbsoluteUri)
            .SetVariable("InstanceId", TestCredentials.InstanceId)
            .SetVariable("SupervisorId", TestCredentials.UserId)
            .SetVariable("OtherSupervisorId", TestCredentials.OtherUserId)
            .SetVariable("LiveContacts", TestCredentials.ContactIds.ToArray())
            .SetVariable("CmdletErrorSuffix", "," + ErrorAssert.CmdletClass);

    /// <summary>The requests the endpoint received for one contact (what Get-EndpointRequestLine reads from the log).</summary>
    public IReadOnlyList<RecordedRequest> RequestsFor(string contactId) =>
        Server.Requests.Where(r => r.ContactId == contactId).ToList();
}
