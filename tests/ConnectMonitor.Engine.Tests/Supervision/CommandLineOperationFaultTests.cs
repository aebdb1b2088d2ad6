using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Engine.Errors;
using ConnectMonitor.Engine.Monitoring;
using ConnectMonitor.Engine.Sessions;
using ConnectMonitor.Engine.Supervision;
using Xunit;

namespace ConnectMonitor.Engine.Tests.Supervision;

/// <summary>
/// The double's <c>--fault OPERATION=Fault</c>: a lookup fault a runbook dry run can set from the command line, and
/// what the engine's one translator makes of each (the ids of the module's error table).
/// </summary>
public sealed class CommandLineOperationFaultTests : DoubleServerTest
{
    [Theory]
    [InlineData("SearchUsers=EmptyBody", "InvalidResponse")]
    [InlineData("SearchUsers=EndlessPages", "TooManyPages")]
    [InlineData("SearchUsers=Redirect", "InvalidResponse")]
    [InlineData("SearchUsers=BadGateway", "ServiceUnavailable")]
    [InlineData("SearchUsers=AccessDeniedException", "AccessDeniedException")]
    [InlineData("SearchUsers=CutBody", "ConnectionFailure")]
    public async Task An_operation_fault_from_the_command_line_reaches_that_operation_only(string fault, string errorCode)
    {
        DoubleCommandLine.Parse(["--fault", fault]).ApplyTo(Server.Faults);
        using var service = new ConnectSession(DoubleSession(), MonitorContactOptions.ForPipeline(null, 5, null));
        var lookups = new SupervisorLookups(service);

        var error = await Assert.ThrowsAsync<ConnectServiceException>(() =>
            lookups.ResolveAsync(DirectoryResourceKind.User, TestCredentials.InstanceId, null, "jdoe", CancellationToken.None));
        var queue = await lookups.ResolveAsync(DirectoryResourceKind.Queue, TestCredentials.InstanceId, null, "Billing", CancellationToken.None);

        Assert.Equal(errorCode, error.ErrorCode);
        Assert.StartsWith("SearchUsers failed for instance", error.Message);
        Assert.Equal(SupervisorWorld.BillingQueueId, queue.Single!.Id);
    }

    [Theory]
    [InlineData("SearchUsers=NoSuchFault")]
    [InlineData("=EmptyBody")]
    public void An_unknown_fault_name_is_refused(string fault)
    {
        var error = Assert.Throws<ArgumentException>(() => DoubleCommandLine.Parse(["--fault", fault]));
        Assert.Contains("EmptyBody", error.Message);
    }
}
