using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Inputs;

/// <summary>
/// Test-ConnectContactMonitor reads its inputs with Start-ConnectContactMonitor's reader: a row whose value the command
/// line would override is a PipelineValueConflict with nothing sent, and an input's error names the input as it came
/// (the piped row), so <c>$failed.TargetObject | Test-ConnectContactMonitor</c> checks exactly the failed inputs again.
/// </summary>
public sealed class TestCommandInputTests(ConnectDoubleFixture connect) : IClassFixture<ConnectDoubleFixture>
{
    private const string ErrorIdSuffix = ",ConnectMonitor.Commands.TestConnectContactMonitorCommand";

    [Fact]
    public void A_row_whose_instance_the_command_line_overrides_is_a_conflict_with_nothing_sent()
    {
        var contact = connect.NewContacts(1, "tci")[0];
        using var ps = connect.NewSession().SetVariable("contact", contact);

        var run = ps.Run("$row = [pscustomobject]@{ ContactId = $contact; InstanceId = 'another-instance' }; " +
                         "$row | Test-ConnectContactMonitor -InstanceId $instance -UserId $user -EndpointUrl $endpoint -Region $region; $row");

        Assert.Null(run.Exception);
        var error = Assert.Single(run.Errors);
        Assert.Equal("PipelineValueConflict" + ErrorIdSuffix, error.FullyQualifiedErrorId);
        Assert.Same(run.Output[^1], error.TargetObject);
        Assert.Single(run.Output);
        Assert.Empty(connect.RequestsFor(contact));
    }

    [Fact]
    public void A_piped_object_without_a_contact_is_an_error_about_that_object()
    {
        using var ps = connect.NewSession();

        var run = ps.Run("$row = [pscustomobject]@{ Contact = 'c1' }; " +
                         "$row | Test-ConnectContactMonitor -InstanceId $instance -UserId $user -EndpointUrl $endpoint -Region $region; $row");

        Assert.Null(run.Exception);
        var error = Assert.Single(run.Errors);
        Assert.Equal("NoContactProperty" + ErrorIdSuffix, error.FullyQualifiedErrorId);
        Assert.Same(run.Output[^1], error.TargetObject);
    }
}
