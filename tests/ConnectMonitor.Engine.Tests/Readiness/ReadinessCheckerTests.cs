using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Engine.Monitoring;
using ConnectMonitor.Engine.Readiness;
using ConnectMonitor.Engine.Sessions;
using ConnectMonitor.Engine.Supervision;
using Xunit;

namespace ConnectMonitor.Engine.Tests.Readiness;

/// <summary>
/// The readiness checks over the paced reads against the double: each read once per pipeline, and every failure the
/// call path knows (hostile text, empty or cut bodies, HTML, resets, throttling, denied) is a check's status, never an
/// exception, while the other checks still run.
/// </summary>
public sealed class ReadinessCheckerTests : DoubleServerTest
{
    private ConnectSession NewService() => new(DoubleSession(), MonitorContactOptions.ForPipeline(0, 1, TimeSpan.FromSeconds(2)));

    private static ReadinessInput Input(string? contactId, params string[] capabilities) => new()
    {
        InstanceId = TestCredentials.InstanceId, ContactId = contactId, UserId = TestCredentials.UserId, Capabilities = capabilities,
    };

    [Fact]
    public async Task Many_contacts_for_one_supervisor_cost_one_DescribeContact_each_and_a_constant()
    {
        using var service = NewService();
        var checker = ReadinessChecker.ForLookups(new SupervisorLookups(service));

        var reports = new List<ReadinessReport>();
        foreach (var contact in TestCredentials.ContactIds.Concat(TestCredentials.ContactIds))
        {
            reports.Add(await checker.CheckAsync(Input(contact, "BARGE"), CancellationToken.None));
        }

        Assert.Equal(18, reports.Count);
        Assert.True(reports[0].Ready);
        // 9 DescribeContact; DescribeUser; 1 + 3 permission pages; GetCurrentUserData; 2 attributes (voice; the chat
        // contact adds 2 more).
        Assert.Equal(9 + 1 + 4 + 1 + 4, checker.RequestsSent);
        Assert.Equal(checker.RequestsSent, Server.RequestCount);
    }

    public static TheoryData<string> Faults => new(FaultCases.Keys);

    private static readonly Dictionary<string, Func<Fault>> FaultCases = new()
    {
        ["malformed json"] = Fault.MalformedJson,
        ["empty 200"] = () => Fault.Success200(""),
        ["not an object"] = () => Fault.Success200("[1,2]"),
        ["wrong member type"] = () => Fault.Success200("{\"Contact\":{\"Channel\":5}}"),
        ["cut mid body"] = Fault.CutMidBody,
        ["html 502"] = Fault.HtmlBadGateway,
        ["hostile error text"] = () => Fault.HostileErrorText(),
        ["unknown code"] = () => Fault.UnknownError(),
        ["reset"] = Fault.ConnectionReset,
        ["throttled"] = () => Fault.Throttle(),
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task A_failing_DescribeContact_makes_Contact_unknown_or_failed_and_the_rest_still_runs(string what)
    {
        Server.Faults.Always("DescribeContact", FaultCases[what]());

        using var service = NewService();
        var checker = ReadinessChecker.ForLookups(new SupervisorLookups(service));

        var report = await checker.CheckAsync(Input(SupervisorWorld.JdoeContactId), CancellationToken.None);

        var contact = report.Checks.Single(c => c.Name == ReadinessChecker.ContactCheck);
        Assert.NotEqual(ReadinessStatus.NotApplicable, contact.Status);
        Assert.DoesNotContain('\u001b', contact.Found + contact.Fix);
        Assert.Equal(ReadinessStatus.Pass, report.Checks.Single(c => c.Name == ReadinessChecker.PermissionsCheck).Status);
        Assert.Equal(ReadinessStatus.Pass, report.Checks.Single(c => c.Name == ReadinessChecker.CcpStatusCheck).Status);
        Assert.Equal(ReadinessChecker.CheckNames, report.Checks.Select(c => c.Name));
    }

    [Theory]
    [InlineData("DescribeContact", "Contact", "connect:DescribeContact")]
    [InlineData("DescribeUser", "Permissions", "connect:DescribeUser")]
    [InlineData("ListSecurityProfilePermissions", "Permissions", "connect:ListSecurityProfilePermissions")]
    [InlineData("GetCurrentUserData", "CcpStatus", "connect:GetCurrentUserData")]
    [InlineData("DescribeInstanceAttribute", "EnhancedMonitoring", "connect:DescribeInstanceAttribute")]
    public async Task A_denied_read_makes_its_check_unknown_naming_the_action(string operation, string check, string action)
    {
        Server.Faults.Always(operation, Fault.AccessDenied());
        using var service = NewService();
        var checker = ReadinessChecker.ForLookups(new SupervisorLookups(service));

        var report = await checker.CheckAsync(Input(SupervisorWorld.JdoeContactId, "BARGE"), CancellationToken.None);

        var result = report.Checks.Single(c => c.Name == check);
        Assert.Equal(ReadinessStatus.Unknown, result.Status);
        Assert.Contains(action, result.Fix);
        Assert.All(report.Checks.Where(c => c.Status != ReadinessStatus.Unknown && c.Name != ReadinessChecker.SupervisorNameCheck && c.Name != ReadinessChecker.CallRecordingCheck),
            c => Assert.Equal(ReadinessStatus.Pass, c.Status));
    }
}
