using System.Management.Automation;

namespace ConnectMonitor.Tests.PesterMirror;

/// <summary>Mirror of tests/Pester/Validation.Tests.ps1's -ForEach table, splatted the same way.</summary>
public sealed class ValidationMirrorTests(LocalEndpointFixture local) : IClassFixture<LocalEndpointFixture>
{
    public static TheoryData<string, string> PesterCases => new()
    {
        { "a contact id over 256 characters", "@{ ContactId = 'c' * 257 }" },
        { "an instance id over 100 characters", "@{ InstanceId = 'i' * 101 }" },
        { "a user id over 256 characters", "@{ UserId = 'u' * 257 }" },
        { "an empty user id", "@{ UserId = '' }" },
        { "a client token over 500 characters", "@{ ClientToken = 't' * 501 }" },
    };

    [Theory]
    [MemberData(nameof(PesterCases))]
    public void Rejects_the_case_before_sending(string @case, string parameter)
    {
        const string contact = "c0000000-0000-4000-8000-00000000000b";
        using var ps = local.NewSession().SetVariable("contact", contact);

        var run = ps.Run($$"""
            $Parameter = {{parameter}}
            $arguments = @{ ContactId = $contact; InstanceId = $InstanceId; UserId = $SupervisorId; EndpointUrl = $endpoint }
            foreach ($name in $Parameter.Keys) { $arguments[$name] = $Parameter[$name] }
            Start-ConnectContactMonitor @arguments
            """);

        var error = Assert.Single(run.Errors);
        Assert.True(error.Exception is ParameterBindingException, @case);
        Assert.Equal("ParameterArgumentValidationError,ConnectMonitor.Commands.StartConnectContactMonitorCommand", error.FullyQualifiedErrorId);
        Assert.Empty(run.Output);
        Assert.Empty(local.RequestsFor(contact));
    }
}
