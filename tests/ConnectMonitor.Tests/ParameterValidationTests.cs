using System.Management.Automation;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests;

/// <summary>Bad input is rejected early, clearly, and without sending anything.</summary>
public sealed class ParameterValidationTests(ConnectDoubleFixture connect) : IClassFixture<ConnectDoubleFixture>
{
    [Fact]
    public void A_too_long_contact_id_from_the_pipeline_is_one_error_and_the_rest_go_on()
    {
        var good = connect.NewContacts(2);
        var tooLong = new string('c', 257);
        using var ps = connect.NewSession();

        var run = ps.Run("$args | Start-ConnectContactMonitor -InstanceId $instance -UserId $user -EndpointUrl $endpoint",
            good[0], tooLong, good[1]);

        Assert.Equal(good, run.Output.Select(o => (string)o.Properties["ContactId"].Value));
        var error = Assert.Single(run.Errors);
        Assert.StartsWith("ParameterArgumentValidationError", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
        Assert.Equal(tooLong, error.TargetObject);
        Assert.Equal(2, connect.RequestsFor(good).Count);
    }

    [Fact]
    public void A_bad_capability_in_one_piped_object_is_an_error_for_that_contact_only()
    {
        var good = connect.NewContacts(2);
        using var ps = connect.NewSession().SetVariable("c1", good[0]).SetVariable("c2", good[1]);

        var run = ps.Run("""
            [pscustomobject]@{ ContactId = $c1; AllowedMonitorCapabilities = 'EAVESDROP' },
            [pscustomobject]@{ ContactId = $c2; AllowedMonitorCapabilities = 'BARGE' } |
              Start-ConnectContactMonitor -InstanceId $instance -UserId $user -EndpointUrl $endpoint
            """);

        Assert.Equal(good[1], Assert.Single(run.Output).Properties["ContactId"].Value);
        ErrorAssert.IsForRow(Assert.Single(run.Errors), "InvalidMonitorCapability", ErrorCategory.InvalidArgument, "ContactId", good[0]);
        Assert.Empty(connect.RequestsFor(good[0]));
    }

    [Fact]
    public void A_missing_mandatory_parameter_in_a_non_interactive_host_names_it()
    {
        var contact = connect.NewContacts(1)[0];
        using var ps = connect.NewSession();

        var run = ps.Run("Start-ConnectContactMonitor $args[0] -InstanceId $instance -EndpointUrl $endpoint", contact);

        var error = Assert.Single(run.Errors);
        var binding = Assert.IsAssignableFrom<ParameterBindingException>(error.Exception);
        Assert.StartsWith("MissingMandatoryParameter,", error.FullyQualifiedErrorId);
        Assert.Contains("UserId", binding.Message);
        Assert.Empty(connect.RequestsFor(contact));
    }

}
