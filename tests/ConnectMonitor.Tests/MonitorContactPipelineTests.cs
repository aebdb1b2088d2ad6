using System.Management.Automation;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests;

/// <summary>
/// Command lines a supervisor or runbook would type, against the loopback Connect double. Each test that checks a
/// result runs with both answers the service may give: the supervisor's new monitoring contact (the double's default,
/// what Amazon Connect is believed to answer) and the monitored contact echoed.
/// </summary>
public sealed class MonitorContactPipelineTests(ConnectDoubleFixture connect) : IClassFixture<ConnectDoubleFixture>
{
    public static TheoryData<MonitorAnswer> Answers => new() { MonitorAnswer.MonitoringContact, MonitorAnswer.Echo };

    [Theory]
    [MemberData(nameof(Answers))]
    public void Single_contact_by_position_returns_a_typed_result_with_what_the_service_answered(MonitorAnswer answer)
    {
        var contact = connect.NewContacts(1, answer: answer)[0];
        using var ps = connect.NewSession();

        var run = ps.Run("Start-ConnectContactMonitor $args[0] -InstanceId $instance -UserId $user -Region $region -EndpointUrl $endpoint", contact);

        Assert.Null(run.Exception);
        Assert.Empty(run.Errors);
        var result = Assert.Single(run.Output);
        ResultAssert.Monitors(connect, result, contact);
        Assert.Equal(TestCredentials.InstanceId, result.Properties["InstanceId"].Value);
        Assert.Equal(TestCredentials.UserId, result.Properties["UserId"].Value);
        Assert.Equal("us-east-1", result.Properties["Region"].Value);
        var request = Assert.Single(connect.RequestsFor(contact));
        Assert.True(request.SignatureValid);
        Assert.Equal(request.RequestId, result.Properties["RequestId"].Value);
        Assert.Equal(request.ClientToken, result.Properties["ClientToken"].Value);
        Assert.True(Guid.TryParse(request.ClientToken, out _), "a ClientToken is generated when none is given");
    }

    [Theory]
    [MemberData(nameof(Answers))]
    public void Capabilities_are_sent_upper_case_without_duplicates(MonitorAnswer answer)
    {
        var contact = connect.NewContacts(1, answer: answer)[0];
        using var ps = connect.NewSession();

        var run = ps.Run("Start-ConnectContactMonitor $args[0] -InstanceId $instance -UserId $user -EndpointUrl $endpoint -AllowedMonitorCapability barge,BARGE", contact);

        Assert.Empty(run.Errors);
        Assert.Equal(["BARGE"], Assert.Single(connect.RequestsFor(contact)).AllowedMonitorCapabilities);
        Assert.Equal(["BARGE"], (IEnumerable<string>)run.Property(0, "AllowedMonitorCapabilities")!);
        ResultAssert.Monitors(connect, run.Output[0], contact);
    }

    [Theory]
    [MemberData(nameof(Answers))]
    public void Objects_with_only_a_ContactArn_property_bind_their_arn(MonitorAnswer answer)
    {
        var contact = connect.NewContacts(1, answer: answer)[0];
        using var ps = connect.NewSession().SetVariable("arn", $"arn:aws:connect:us-east-1:{TestCredentials.AccountId}:instance/{TestCredentials.InstanceId}/contact/{contact}");

        var run = ps.Run("[pscustomobject]@{ ContactArn = $arn; UserId = $user } | Start-ConnectContactMonitor -EndpointUrl $endpoint");

        Assert.Empty(run.Errors);
        ResultAssert.Monitors(connect, Assert.Single(run.Output), contact);
    }

    [Fact]
    public void An_arn_that_disagrees_with_InstanceId_or_Region_is_a_per_item_error_and_nothing_is_sent()
    {
        var contacts = connect.NewContacts(3);
        string Arn(string c) => $"arn:aws:connect:us-east-1:{TestCredentials.AccountId}:instance/{TestCredentials.InstanceId}/contact/{c}";
        using var ps = connect.NewSession().SetVariable("a1", Arn(contacts[0])).SetVariable("a2", Arn(contacts[1])).SetVariable("c3", contacts[2]);

        var run = ps.Run("""
            [pscustomobject]@{ ContactArn = $a1; UserId = $user; InstanceId = 'other-instance' },
            [pscustomobject]@{ ContactArn = $a2; UserId = $user; Region = 'eu-west-2' },
            [pscustomobject]@{ ContactArn = 'arn:aws:connect:us-east-1:1:instance/x'; UserId = $user },
            [pscustomobject]@{ ContactId = $c3; UserId = $user } |
              Start-ConnectContactMonitor -EndpointUrl $endpoint
            """);

        Assert.Empty(run.Output);
        Assert.Equal(4, run.Errors.Count);
        ErrorAssert.IsForRow(run.Errors[0], "InstanceIdConflict", System.Management.Automation.ErrorCategory.InvalidArgument, "ContactArn", Arn(contacts[0]));
        ErrorAssert.IsForRow(run.Errors[1], "RegionConflict", System.Management.Automation.ErrorCategory.InvalidArgument, "ContactArn", Arn(contacts[1]));
        ErrorAssert.IsForRow(run.Errors[2], "InvalidContactArn", System.Management.Automation.ErrorCategory.InvalidArgument, "ContactArn", "arn:aws:connect:us-east-1:1:instance/x");
        ErrorAssert.IsForRow(run.Errors[3], "MissingInstanceId", System.Management.Automation.ErrorCategory.InvalidArgument, "ContactId", contacts[2]);
        Assert.Empty(connect.RequestsFor(contacts));
    }

    [Theory]
    [MemberData(nameof(Answers))]
    public void A_mixed_pipeline_yields_one_result_per_good_contact_and_one_error_per_bad_one(MonitorAnswer answer)
    {
        var good = connect.NewContacts(3, "good", answer);
        var missing = $"missing-{Guid.NewGuid():N}";
        var denied = connect.NewContacts(1, "denied")[0];
        connect.Server.Faults.ForContact(denied, Fault.ServiceError("AccessDeniedException", 403, "User is not authorized"));
        using var ps = connect.NewSession();

        var run = ps.Run("$args | Start-ConnectContactMonitor -InstanceId $instance -UserId $user -EndpointUrl $endpoint",
            good[0], missing, good[1], denied, good[2]);

        Assert.Null(run.Exception);
        Assert.Equal(good, run.Output.Select(o => (string)o.Properties["ContactId"].Value));
        Assert.All(good.Zip(run.Output), pair => ResultAssert.Monitors(connect, pair.Second, pair.First));
        Assert.Equal(2, run.Errors.Count);
        ErrorAssert.Is(run.Errors[0], "ResourceNotFoundException", System.Management.Automation.ErrorCategory.ObjectNotFound, missing);
        ErrorAssert.Is(run.Errors[1], "AccessDeniedException", System.Management.Automation.ErrorCategory.PermissionDenied, denied);
    }

}
