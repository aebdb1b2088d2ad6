using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests;

/// <summary>
/// Errors that say why (issue 22): a failed MonitorContact's ErrorDetails.RecommendedAction names the likely causes of
/// its code and a known service message's fix (both from docs/facts/troubleshooting.md, embedded in the module), then
/// the exact Test-ConnectContactMonitor command line for that input. Codes without causes keep their own advice.
/// </summary>
public sealed class RecommendedActionTests(ConnectDoubleFixture connect) : IClassFixture<ConnectDoubleFixture>
{
    public static TheoryData<string, int, string, string> Cases => new()
    {
        { "AccessDeniedException", 403, "Access denied", "lacks connect:MonitorContact" },
        { "InvalidRequestException", 400, "The request is not valid.", "The contact has ended" },
        { "ResourceNotFoundException", 404, "Contact not found", "does not exist in this region" },
        { "ServiceQuotaExceededException", 402, "Service quota has been exceeded", "not logged in to the Contact Control Panel" },
        { "InvalidRequestException", 400, "Monitoring failed, please enable call recording", "Set recording and analytics behavior block with Agent and Customer on" },
        { "AccessDeniedException", 403, "You do not have access to the agent", "service-linked role (AWSServiceRoleForAmazonConnect)" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_failed_call_recommends_the_causes_and_the_Test_command_line_for_its_input(string code, int status, string message, string advice)
    {
        var contact = connect.NewContacts(1)[0];
        connect.Server.Faults.ForContact(contact, Fault.ServiceError(code, status, message));
        using var ps = connect.NewSession();

        var run = ps.Run("Start-ConnectContactMonitor $args[0] -InstanceId $instance -UserId $user -AllowedMonitorCapability barge, silent_monitor -EndpointUrl $endpoint", contact);

        var action = Assert.Single(run.Errors).ErrorDetails.RecommendedAction;
        Assert.Contains(advice, action);
        Assert.EndsWith(
            $"To see which, run: Test-ConnectContactMonitor -InstanceId {TestCredentials.InstanceId} -ContactId {contact} -UserId {TestCredentials.UserId} " +
            $"-AllowedMonitorCapability BARGE,SILENT_MONITOR -Region {TestCredentials.Region}", action);
    }

    [Fact]
    public void A_known_message_puts_its_fix_before_the_codes_causes()
    {
        var contact = connect.NewContacts(1)[0];
        connect.Server.Faults.ForContact(contact, Fault.InvalidRequest("Monitoring failed, please enable call recording"));
        using var ps = connect.NewSession();

        var action = Assert.Single(ps.Run("Start-ConnectContactMonitor $args[0] -InstanceId $instance -UserId $user -EndpointUrl $endpoint", contact).Errors)
            .ErrorDetails.RecommendedAction;

        Assert.StartsWith("Without enhanced monitoring, the contact's flow must record the call", action);
        Assert.Contains("Likely causes: The contact has ended", action);
    }

    [Fact]
    public void Codes_without_causes_keep_their_retry_advice()
    {
        var contact = connect.NewContacts(1)[0];
        connect.Server.Faults.ForContact(contact, Enumerable.Repeat(Fault.InternalError(), 10).ToArray());
        using var ps = connect.NewSession();

        var action = Assert.Single(ps.Run("Start-ConnectContactMonitor $args[0] -InstanceId $instance -UserId $user -EndpointUrl $endpoint", contact).Errors)
            .ErrorDetails.RecommendedAction;

        Assert.StartsWith("Retry the failed contacts", action);
        Assert.DoesNotContain("Test-ConnectContactMonitor", action);
    }
}
