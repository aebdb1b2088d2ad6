using System.Management.Automation;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.PesterMirror;

/// <summary>
/// Mirror of tests/Pester/Errors.Tests.ps1's service-error table: the same inputs against the endpoint started from
/// the same command line, so the first four errors arise from the built-in world and the last three from --fault.
/// </summary>
public sealed class ServiceErrorMirrorTests(LocalEndpointFixture local) : IClassFixture<LocalEndpointFixture>
{
    private const string DeniedUser = "5b9c7e2a-8d41-4f3e-a6b0-9c8d7e6f5a43";

    public static TheoryData<string, ErrorCategory, string, string> PesterCases => new()
    {
        { "ResourceNotFoundException", ErrorCategory.ObjectNotFound, "c0000000-0000-4000-8000-000000000404", "@{}" },
        { "AccessDeniedException", ErrorCategory.PermissionDenied, "c0000000-0000-4000-8000-000000000002", $"@{{ UserId = '{DeniedUser}' }}" },
        { "InvalidRequestException", ErrorCategory.InvalidArgument, "c0000000-0000-4000-8000-0000000000e0", "@{}" },
        { "IdempotencyException", ErrorCategory.ResourceExists, "c0000000-0000-4000-8000-000000000003", "@{ ClientToken = 'pester-reused-token' }" },
        { "ServiceQuotaExceededException", ErrorCategory.QuotaExceeded, "c-quota", "@{}" },
        { "ThrottlingException", ErrorCategory.LimitsExceeded, "c-throttled", "@{}" },
        { "InternalServiceException", ErrorCategory.NotSpecified, "c-failing", "@{}" },
    };

    [Theory]
    [MemberData(nameof(PesterCases))]
    public void Each_service_error_is_a_per_item_error_record_targeting_the_contact(string code, ErrorCategory category, string contact, string parameter)
    {
        using var ps = local.NewSession().SetVariable("Contact", contact);
        // The Context's BeforeAll: the token is used once (idempotent, so running it for every case changes nothing).
        var setup = ps.Run("Start-ConnectContactMonitor $LiveContacts[0] -InstanceId $InstanceId -UserId $SupervisorId -ClientToken 'pester-reused-token' -EndpointUrl $endpoint");
        Assert.Empty(setup.Errors);

        var run = ps.Run($$"""
            $Parameter = {{parameter}}
            $arguments = @{ InstanceId = $InstanceId; UserId = $SupervisorId; EndpointUrl = $endpoint }
            foreach ($name in $Parameter.Keys) { $arguments[$name] = $Parameter[$name] }
            $result = Start-ConnectContactMonitor $Contact @arguments -ErrorAction SilentlyContinue -ErrorVariable failures
            [pscustomobject]@{ NoResult = $null -eq $result; Failures = $failures }
            """);

        Assert.Null(run.Exception);
        Assert.Equal(true, run.Property(0, "NoResult"));
        var failures = Unwrap(run.Property(0, "Failures")) as System.Collections.IEnumerable;
        var error = Assert.IsType<ErrorRecord>(Unwrap(Assert.Single(failures!.Cast<object>())));
        ErrorAssert.Is(error, code, category, contact);
        Assert.Equal(code, (string)((dynamic)error.Exception).ErrorCode);
    }

    private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;
}
