using System.Collections;
using System.Management.Automation;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Supervision;

/// <summary>
/// Every operation on the one call path × every kind of failure (a modelled error with hostile text, throttling, 5xx, a
/// proxy's 502, a cut body, an oversized body, an empty body, endless pages, a redirect, a time-out), each asserted as its
/// cmdlet documents it: MonitorContact, GetCurrentUserData and the four name searches fail as one error with the
/// documented id and category and a module exception type a script can catch; the readiness reads (DescribeContact,
/// DescribeInstanceAttribute, DescribeUser, ListSecurityProfilePermissions) make their check Unknown, naming the IAM
/// action when denied and the documented id otherwise, with no error; ListInstances (tab completion of -InstanceId)
/// offers nothing and writes no error. No control character reaches any stream or output object. Stop × every command
/// operation ends at once. A new double per test, so the faults are the test's own.
/// </summary>
public sealed class OperationFailureMatrixTests : OwnDoubleTest
{
    private const string Get = "ConnectMonitor.Commands.GetConnectLiveContactCommand";
    private const string Start = "ConnectMonitor.Commands.StartConnectContactMonitorCommand";
    private const string Test = "ConnectMonitor.Commands.TestConnectContactMonitorCommand";
    private const string Common = " -EndpointUrl $endpoint -Region $region -TimeoutSec 0.5 -Verbose";
    /// <summary>The operations whose failure is the command's error.</summary>
    private static readonly string[] OperationNames =
    [
        "MonitorContact", "GetCurrentUserData", "SearchUsers", "SearchQueues", "SearchRoutingProfiles", "SearchUserHierarchyGroups",
    ];

    /// <summary>The readiness reads: a failure makes their check (Test-ConnectContactMonitor) Unknown.</summary>
    private static readonly string[] ReadNames = ["DescribeContact", "DescribeInstanceAttribute", "DescribeUser", "ListSecurityProfilePermissions"];

    private static readonly string[] KindNames =
        ["modelled", "throttling", "5xx", "proxy 502", "cut body", "oversized body", "empty body", "endless pages", "redirect", "timeout"];

    public static readonly TheoryData<string> Operations = new(OperationNames.Concat(ReadNames));

    /// <summary>Each operation: the fault key the double uses for it, a command line that makes the call, the cmdlet.</summary>
    private static (string Key, string Script, string Cmdlet) Call(string operation) => operation switch
    {
        "MonitorContact" => (TestCredentials.ContactIds[0], "Start-ConnectContactMonitor -ContactId $args[0] -InstanceId $instance -UserId $user" + Common, Start),
        "GetCurrentUserData" => (operation, "Get-ConnectLiveContact -InstanceId $instance -Agent " + SupervisorWorld.JdoeId + Common, Get),
        "SearchUsers" => (operation, "Get-ConnectLiveContact -InstanceId $instance -Agent jdoe" + Common, Get),
        "SearchQueues" => (operation, "Get-ConnectLiveContact -InstanceId $instance -Queue Billing" + Common, Get),
        "SearchRoutingProfiles" => (operation, "Get-ConnectLiveContact -InstanceId $instance -RoutingProfile 'Basic Routing Profile'" + Common, Get),
        "SearchUserHierarchyGroups" => (operation, "Get-ConnectLiveContact -InstanceId $instance -HierarchyGroup 'Team North'" + Common, Get),
        // Every read is made for a ready supervisor and a live voice contact, barge asked.
        _ => (operation, "Test-ConnectContactMonitor -ContactId $args[0] -InstanceId $instance -UserId $user -AllowedMonitorCapability BARGE" + Common, Test),
    };

    /// <summary>The check a readiness read feeds.</summary>
    private static string CheckOf(string read) => read switch
    {
        "DescribeContact" => "Contact",
        "DescribeInstanceAttribute" => "EnhancedMonitoring",
        _ => "Permissions",
    };

    public static readonly TheoryData<string, string> Cells = Cross(OperationNames);

    public static readonly TheoryData<string, string> ReadCells = Cross(ReadNames);

    public static readonly TheoryData<string> Kinds = new(KindNames);

    private static TheoryData<string, string> Cross(IEnumerable<string> operations)
    {
        var data = new TheoryData<string, string>();
        foreach (var operation in operations)
        {
            foreach (var kind in KindNames)
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
        // An operation without pages gets an answer without its required member (MonitorContact: no ContactArn).
        "endless pages" => (Fault.EndlessPages, operation is "MonitorContact" or "DescribeContact" or "DescribeInstanceAttribute" or "DescribeUser"
            ? "InvalidResponse" : "TooManyPages", ErrorCategory.InvalidResult),
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
    [MemberData(nameof(ReadCells))]
    public void Every_failure_of_every_readiness_read_is_an_unknown_check_naming_its_documented_id(string operation, string kind)
    {
        var (key, script, _) = Call(operation);
        var (fault, id, _) = Kind(kind, operation);
        Server.Faults.Always(key, fault());
        using var ps = NewSession();

        var run = ps.Run(script, TestCredentials.ContactIds[0]);

        Assert.Null(run.Exception);
        Assert.Empty(run.Errors); // a read that fails is a check's status, not an error (the cmdlet's help)
        var readiness = Assert.Single(run.Output);
        var check = Assert.Single(((IEnumerable)readiness.Properties["Checks"].Value).Cast<object>().Select(PSObject.AsPSObject),
            c => (string)c.Properties["Name"].Value == CheckOf(operation));
        Assert.Equal("Unknown", check.Properties["Status"].Value.ToString());
        Assert.Equal(kind == "modelled" ? $"not readable: connect:{operation} was denied (AccessDeniedException)" : $"the read failed: {id}",
            (string)check.Properties["Found"].Value);
        NoControlCharacters(run);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Every_failure_of_ListInstances_leaves_instance_completion_empty_and_silent(string kind)
    {
        var (fault, _, _) = Kind(kind, "ListInstances");
        Server.Faults.Always("ListInstances", fault());
        using var ps = NewSession();
        const string line = "Get-ConnectLiveContact -EndpointUrl $endpoint -Region $region -InstanceId ";
        const string complete = "$r = TabExpansion2 -inputScript $args[0] -cursorColumn $args[0].Length; $r.CompletionMatches | ForEach-Object CompletionText";

        // Tab, wait until ListInstances (the only request completing -InstanceId makes) has arrived, Tab again: a failed read never offers anything, even to the
        // Tab after it (completion is bounded at about 2 s, so an early Tab may come back before the failure does).
        var runs = new List<RunResult> { ps.Run(complete, line) };
        using var arrived = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await Server.WaitForArrivalsAsync(1, arrived.Token);
        runs.Add(ps.Run(complete, line));
        var errors = ps.Run("$Error.Count");

        Assert.All(runs, run =>
        {
            Assert.Null(run.Exception);
            Assert.Empty(run.Output);
            Assert.Empty(run.Errors);
            NoControlCharacters(run);
        });
        Assert.Equal(0, (int)errors.Output[0].BaseObject);
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

    /// <summary>No control character (ESC, BEL, CR, LF, NUL, backspace, C1) in any error, warning, verbose line or output
    /// value, including the strings of the module's objects an output object holds (a readiness report's checks).</summary>
    internal static void NoControlCharacters(RunResult run)
    {
        var texts = run.Errors.SelectMany(e => new[] { e.Exception.Message, e.ErrorDetails?.Message, e.ErrorDetails?.RecommendedAction, e.TargetObject as string })
            .Concat(run.Warnings)
            .Concat(run.Verbose)
            .Concat(run.Output.SelectMany(o => TextsIn(o, 0)));
        foreach (var text in texts.Where(t => t != null))
        {
            Assert.False(text!.Any(char.IsControl), $"control character in: {text!.Replace("\u001b", "<ESC>")}");
        }
    }

    /// <summary>Every string in <paramref name="value"/>: itself, its items, and the properties of the module's own objects (three levels deep).</summary>
    private static IEnumerable<string?> TextsIn(object? value, int depth)
    {
        var baseObject = value is PSObject ps ? ps.BaseObject : value;
        switch (baseObject)
        {
            case null:
                yield break;
            case string text:
                yield return text;
                yield break;
        }

        if (depth > 3)
        {
            yield break;
        }

        if (baseObject is IEnumerable items)
        {
            foreach (var item in items)
            {
                foreach (var text in TextsIn(item, depth + 1))
                {
                    yield return text;
                }
            }

            yield break;
        }

        if (value is PSObject || baseObject.GetType().Namespace?.StartsWith("ConnectMonitor", StringComparison.Ordinal) == true)
        {
            foreach (var property in PSObject.AsPSObject(value).Properties)
            {
                foreach (var text in TextsIn(property.Value, depth + 1))
                {
                    yield return text;
                }
            }
        }
    }
}
