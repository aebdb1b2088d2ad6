using System.Management.Automation;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Inputs;

/// <summary>
/// A region from AWS_REGION / AWS_DEFAULT_REGION passes the same checks as -Region before any host or signature is
/// derived from it. The endpoint is configured through AWS_ENDPOINT_URL_CONNECT (the double), so a regression would
/// reach the double, never a host named after the region. Changes process-wide variables, so runs alone.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class EnvironmentRegionTests(ConnectDoubleFixture connect) : IClassFixture<ConnectDoubleFixture>, IDisposable
{
    private readonly EnvironmentScope _environment = new();

    public void Dispose() => _environment.Dispose();

    [Theory]
    [InlineData("AWS_REGION", "mars-1")]
    [InlineData("AWS_REGION", "us-east-1.evil.example")]
    [InlineData("AWS_DEFAULT_REGION", "us-east-1\r\nX-Injected: yes")]
    public void An_unchecked_region_from_the_environment_stops_before_sending(string variable, string value)
    {
        _environment.Set("AWS_ENDPOINT_URL_CONNECT", connect.Endpoint).Set("AWS_REGION", null).Set(variable, value);
        var contacts = connect.NewContacts(3);
        using var ps = connect.NewSession().SetVariable("c", contacts);

        var run = ps.Run("$c | Start-ConnectContactMonitor -InstanceId $instance -UserId $user");

        // Pipeline-wide (from the environment): one terminating error, naming the variable.
        var error = Assert.Single(run.Errors);
        ErrorAssert.Is(error, "UnknownRegion", ErrorCategory.InvalidArgument, contacts[0]);
        Assert.Contains(variable, error.Exception.Message);
        Assert.DoesNotContain("\r", error.Exception.Message);
        Assert.Empty(run.Output);
        Assert.Empty(connect.RequestsFor(contacts));
    }
}
