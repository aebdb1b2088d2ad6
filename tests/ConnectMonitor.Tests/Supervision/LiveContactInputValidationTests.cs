using System.Management.Automation;
using ConnectMonitor.ConnectDouble;

namespace ConnectMonitor.Tests.Supervision;

/// <summary>Get-ConnectLiveContact rejects bad arguments before anything is sent, with PowerShell's own binding errors or,
/// for filter kinds given together or not at all, its own.</summary>
public sealed class LiveContactInputValidationTests : IAsyncLifetime
{
    private ConnectDoubleServer _server = null!;

    public async Task InitializeAsync() => _server = await ConnectDoubleServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("-InstanceId '' -Agent jdoe", "ParameterArgumentValidationError")]
    [InlineData("-InstanceId '   ' -Agent jdoe", "ParameterArgumentValidationError")]
    [InlineData("-InstanceId \"a`nb\" -Agent jdoe", "ParameterArgumentValidationError")]
    [InlineData("-InstanceId ('i' * 101) -Agent jdoe", "ParameterArgumentValidationError")]
    [InlineData("-InstanceId $instance -Agent ''", "ParameterArgumentValidationError")]
    [InlineData("-InstanceId $instance -Agent jdoe, ''", "ParameterArgumentValidationError")]
    [InlineData("-InstanceId $instance -Queue @()", "ParameterArgumentValidationError")]
    [InlineData("-InstanceId $instance -HierarchyGroup \"Team`tNorth`r\"", "ParameterArgumentValidationError")]
    [InlineData("-InstanceId $instance -Agent jdoe -Channel PHONE", "ParameterArgumentValidationError")]
    [InlineData("-InstanceId $instance -Agent jdoe -State LIVE", "ParameterArgumentValidationError")]
    [InlineData("-InstanceId $instance -Agent jdoe -Queue Billing", "FilterKindConflict")]
    [InlineData("-InstanceId $instance -RoutingProfile 'Claims Team' -HierarchyGroup 'Team North'", "FilterKindConflict")]
    [InlineData("-InstanceId $instance -HierarchyGroup 'Team North', 'Team South'", "CannotConvertArgument")]
    public void Bad_arguments_are_rejected_before_anything_is_sent(string arguments, string errorId)
    {
        using var ps = Infrastructure.PowerShellSession.WithModule()
            .SetVariable("instance", TestCredentials.InstanceId)
            .SetVariable("endpoint", _server.Endpoint.ToString());

        var run = ps.Run($"Get-ConnectLiveContact {arguments} -EndpointUrl $endpoint -Region us-east-1");

        var error = run.Exception is RuntimeException failure ? failure.ErrorRecord : Assert.Single(run.Errors);
        Assert.StartsWith(errorId + ",", error.FullyQualifiedErrorId);
        Assert.Empty(run.Output);
        Assert.Equal(0, _server.ArrivedCount);
    }
}
