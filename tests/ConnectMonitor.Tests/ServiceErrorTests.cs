using System.Management.Automation;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests;

/// <summary>Each modelled service error becomes a precise, non-terminating ErrorRecord; retries are safe.</summary>
public sealed class ServiceErrorTests(ConnectDoubleFixture connect) : IClassFixture<ConnectDoubleFixture>
{
    public static TheoryData<string, int, ErrorCategory> ModelledErrors => new()
    {
        { "InvalidRequestException", 400, ErrorCategory.InvalidArgument },
        { "AccessDeniedException", 403, ErrorCategory.PermissionDenied },
        { "ResourceNotFoundException", 404, ErrorCategory.ObjectNotFound },
        { "IdempotencyException", 409, ErrorCategory.ResourceExists },
        { "ServiceQuotaExceededException", 402, ErrorCategory.QuotaExceeded },
        { "ThrottlingException", 429, ErrorCategory.LimitsExceeded },
        { "InternalServiceException", 500, ErrorCategory.ResourceUnavailable },
    };

    [Theory]
    [MemberData(nameof(ModelledErrors))]
    public void Each_modelled_error_has_its_id_category_target_and_details(string code, int status, ErrorCategory category)
    {
        var contact = connect.NewContacts(1)[0];
        // Enough faults to outlast the SDK's retries for the retryable codes.
        connect.Server.Faults.ForContact(contact, Enumerable.Repeat(Fault.ServiceError(code, status, "Injected " + code), 10).ToArray());
        using var ps = connect.NewSession();

        var run = ps.Run("Start-ConnectContactMonitor $args[0] -InstanceId $instance -UserId $user -EndpointUrl $endpoint", contact);

        Assert.Null(run.Exception);
        Assert.Empty(run.Output);
        var error = Assert.Single(run.Errors);
        ErrorAssert.Is(error, code, category, contact);
        dynamic exception = error.Exception;
        Assert.Equal("ConnectMonitor.ContactMonitorServiceException", error.Exception.GetType().FullName);
        Assert.Equal(code, (string)exception.ErrorCode);
        Assert.Equal(status, (int)exception.StatusCode);
        var lastRequest = connect.RequestsFor(contact).Last();
        Assert.Equal(lastRequest.RequestId, (string)exception.RequestId);
        Assert.Contains("Injected " + code, error.Exception.Message);
        Assert.Contains(contact, error.Exception.Message);
        Assert.Contains(lastRequest.RequestId, error.Exception.Message);
    }

    [Fact]
    public void An_unmodelled_error_code_still_surfaces_with_its_code()
    {
        var contact = connect.NewContacts(1)[0];
        connect.Server.Faults.ForContact(contact, Fault.UnknownError("BrandNewException"));
        using var ps = connect.NewSession();

        var run = ps.Run("Start-ConnectContactMonitor $args[0] -InstanceId $instance -UserId $user -EndpointUrl $endpoint", contact);

        ErrorAssert.Is(Assert.Single(run.Errors), "BrandNewException", ErrorCategory.NotSpecified, contact);
    }

    [Fact]
    public void A_throttled_call_succeeds_after_retries_carrying_one_client_token()
    {
        var contact = connect.NewContacts(1)[0];
        connect.Server.Faults.ForContact(contact, Fault.Throttle(), Fault.Throttle());
        using var ps = connect.NewSession();

        var run = ps.Run("Start-ConnectContactMonitor $args[0] -InstanceId $instance -UserId $user -EndpointUrl $endpoint", contact);

        Assert.Empty(run.Errors);
        var requests = connect.RequestsFor(contact);
        Assert.Equal([429, 429, 200], requests.Select(r => r.ResponseStatus));
        var token = Assert.Single(requests.Select(r => r.ClientToken).Distinct());
        Assert.Equal(token, run.Property(0, "ClientToken"));
    }

    [Fact]
    public void A_server_error_is_retried_and_then_succeeds()
    {
        var contact = connect.NewContacts(1)[0];
        connect.Server.Faults.ForContact(contact, Fault.InternalError());
        using var ps = connect.NewSession();

        var run = ps.Run("Start-ConnectContactMonitor $args[0] -InstanceId $instance -UserId $user -EndpointUrl $endpoint", contact);

        Assert.Empty(run.Errors);
        Assert.Equal([500, 200], connect.RequestsFor(contact).Select(r => r.ResponseStatus));
    }
}
