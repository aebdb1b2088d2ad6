using System.Management.Automation;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Supervision;

/// <summary>
/// Every operation on the one call path (MonitorContact, GetCurrentUserData and the four name searches) × every kind of
/// failure (a modelled error with hostile text, throttling, 5xx, a proxy's 502, a cut body, an oversized body, an empty
/// body, endless pages, a redirect, a time-out): one error with the documented id and category, a module exception type
/// a script can catch, and no control character on any stream or output object. Stop × every operation ends at once.
/// A new double per test, so the faults are the test's own.
/// </summary>
public sealed class OperationFailureMatrixTests : OwnDoubleTest
{
    private const string Get = "ConnectMonitor.Commands.GetConnectLiveContactCommand";
    private const string Start = "ConnectMonitor.Commands.StartConnectContactMonitorCommand";
    private const string Common = " -EndpointUrl $endpoint -Region $region -TimeoutSec 0.5 -Verbose";
    /// <summary>Each operation: the fault key the double uses for it, a command line that fails when it fails, the cmdlet.</summary>
    private static readonly string[] OperationNames =
    [
        "MonitorContact", "GetCurrentUserData", "SearchUsers", "SearchQueues", "SearchRoutingProfiles", "SearchUserHierarchyGroups",
    ];

    public static readonly TheoryData<string> Operations = new(OperationNames);

    private static (string Key, string Script, string Cmdlet) Call(string operation) => operation switch
    {
        "MonitorContact" => (TestCredentials.ContactIds[0], "Start-ConnectContactMonitor -ContactId $args[0] -InstanceId $instance -UserId $user" + Common, Start),
        "GetCurrentUserData" => (operation, "Get-ConnectLiveContact -InstanceId $instance -Agent " + SupervisorWorld.JdoeId + Common, Get),
        "SearchUsers" => (operation, "Get-ConnectLiveContact -InstanceId $instance -Agent jdoe" + Common, Get),
        "SearchQueues" => (operation, "Get-ConnectLiveContact -InstanceId $instance -Queue Billing" + Common, Get),
        "SearchRoutingProfiles" => (operation, "Get-ConnectLiveContact -InstanceId $instance -RoutingProfile 'Basic Routing Profile'" + Common, Get),
        _ => (operation, "Get-ConnectLiveContact -InstanceId $instance -HierarchyGroup 'Team North'" + Common, Get),
    };

    public static readonly TheoryData<string, string> Cells = Cross();

    private static TheoryData<string, string> Cross()
    {
        var data = new TheoryData<string, string>();
        foreach (var operation in OperationNames)
        {
            foreach (var kind in new[] { "modelled", "throttling", "5xx", "proxy 502", "cut body", "oversized body", "empty body", "endless pages", "redirect", "timeout" })
            {
                data.Add(operation, kind);
            }
        }

        return data;
    }

    private static (Func<Fault> Fault, string Id, ErrorCategory Category) Kind(string kind, string operation) => kind switch
    {
        "modelled" => (() => Fault.HostileErrorText(), "AccessDeniedException", ErrorCategory.PermissionDenied),
        "throttling" => (() => Fault.Throttle(), "ThrottlingException", ErrorCategory.LimitsExceeded),
        "5xx" => (() => Fault.InternalError(), "InternalServiceException", ErrorCategory.ResourceUnavailable),
        "proxy 502" => (Fault.HtmlBadGateway, "ServiceUnavailable", ErrorCategory.ResourceUnavailable),
        "cut body" => (Fault.CutMidBody, "ConnectionFailure", ErrorCategory.ConnectionError),
        "oversized body" => (() => Fault.OversizedBody(), "InvalidResponse", ErrorCategory.InvalidResult),
        "empty body" => (() => Fault.Success200(""), "InvalidResponse", ErrorCategory.InvalidResult),
        // MonitorContact has no pages: the same answer is one without a ContactArn.
        "endless pages" => (Fault.EndlessPages, operation == "MonitorContact" ? "InvalidResponse" : "TooManyPages", ErrorCategory.InvalidResult),
        "redirect" => (() => Fault.Status(302), "InvalidResponse", ErrorCategory.InvalidResult),
        _ => (() => Fault.Delay(TimeSpan.FromSeconds(30)), "ConnectionFailure", ErrorCategory.ConnectionError),
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public void Every_failure_of_every_operation_is_one_documented_catchable_clean_error(string operation, string kind)
    {
        var (key, script, cmdlet) = Call(operation);
        var (fault, id, category) = Kind(kind, operation);
        Server.Faults.Always(key, fault());
        using var ps = NewSession();

        var run = ps.Run(script, TestCredentials.ContactIds[0]);

        Assert.Null(run.Exception);
        Assert.Empty(run.Output);
        var error = Assert.Single(run.Errors);
        Assert.Equal($"{id},{cmdlet}", error.FullyQualifiedErrorId);
        Assert.Equal(category, error.CategoryInfo.Category);
        Assert.Contains("ConnectMonitor.ContactMonitorException", BaseTypes(error.Exception));
        Assert.Contains(operation, error.Exception.Message);
        NoControlCharacters(run);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Stop_during_any_operation_ends_the_command_at_once(string operation)
    {
        var (key, script, _) = Call(operation);
        Server.Faults.Always(key, Fault.Delay(TimeSpan.FromSeconds(60)));
        using var command = StoppableCommand.Begin(
            "$endpoint, $instance, $region, $user = $args[1..4]; " + script.Replace(" -TimeoutSec 0.5", ""),
            TestCredentials.ContactIds[0], Server.Endpoint.ToString(), TestCredentials.InstanceId, TestCredentials.Region, TestCredentials.UserId);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await Server.WaitForArrivalsAsync(1, timeout.Token);

        command.StopAndAssertStoppedWithin(TimeSpan.FromSeconds(2));
    }

    private static IEnumerable<string> BaseTypes(Exception exception)
    {
        for (var type = exception.GetType(); type != null; type = type.BaseType)
        {
            yield return type.FullName!;
        }
    }

    /// <summary>No control character (ESC, BEL, CR, LF, NUL, backspace, C1) in any error, warning, verbose line or output value.</summary>
    internal static void NoControlCharacters(RunResult run)
    {
        var texts = run.Errors.SelectMany(e => new[] { e.Exception.Message, e.ErrorDetails?.Message, e.ErrorDetails?.RecommendedAction, e.TargetObject as string })
            .Concat(run.Warnings)
            .Concat(run.Verbose)
            .Concat(run.Output.SelectMany(o => o.Properties.Select(p => p.Value as string)));
        foreach (var text in texts.Where(t => t != null))
        {
            Assert.False(text!.Any(char.IsControl), $"control character in: {text!.Replace("\u001b", "<ESC>")}");
        }
    }
}
