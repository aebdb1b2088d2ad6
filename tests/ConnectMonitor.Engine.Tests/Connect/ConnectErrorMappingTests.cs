using Xunit;
using System.Net;
using System.Text;
using Amazon.Runtime;
using ConnectMonitor.Engine.Connect;

namespace ConnectMonitor.Engine.Tests.Connect;

/// <summary>Reading rest-json error answers into the right exception, without a server.</summary>
public sealed class ConnectErrorMappingTests
{
    private static AmazonConnectException Map(HttpStatusCode status, string? body, string? errorTypeHeader = null,
        string? errorMessageHeader = null, string? requestId = "rid-1")
    {
        var details = ConnectErrorDetails.Read(status, errorTypeHeader!, errorMessageHeader!,
            body == null ? Array.Empty<byte>() : Encoding.UTF8.GetBytes(body));
        return ConnectErrorFactory.Create(details, status, requestId!, null!);
    }

    public static TheoryData<string, int, Type> ModelledErrors => new()
    {
        { "InvalidRequestException", 400, typeof(InvalidRequestException) },
        { "AccessDeniedException", 403, typeof(AccessDeniedException) },
        { "ResourceNotFoundException", 404, typeof(ResourceNotFoundException) },
        { "IdempotencyException", 409, typeof(IdempotencyException) },
        { "ServiceQuotaExceededException", 402, typeof(ServiceQuotaExceededException) },
        { "ThrottlingException", 429, typeof(ThrottlingException) },
        { "InternalServiceException", 500, typeof(InternalServiceException) },
        { "InvalidParameterException", 400, typeof(InvalidParameterException) },
    };

    [Theory]
    [MemberData(nameof(ModelledErrors))]
    public void Modelled_error_from_header_maps_to_its_type(string code, int status, Type expected)
    {
        var error = Map((HttpStatusCode)status, "{\"Message\":\"because\"}", errorTypeHeader: code + ":http://internal.amazon.com/coral/com.amazonaws.connect/");

        Assert.IsType(expected, error);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal("because", error.Message);
        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal("rid-1", error.RequestId);
        Assert.Equal(status >= 500 ? ErrorType.Receiver : ErrorType.Sender, error.ErrorType);
    }

    [Theory]
    [MemberData(nameof(ModelledErrors))]
    public void Modelled_error_from_body_type_maps_to_its_type(string code, int status, Type expected)
    {
        var error = Map((HttpStatusCode)status, "{\"__type\":\"com.amazonaws.connect#" + code + "\",\"message\":\"lower-case message\"}");

        Assert.IsType(expected, error);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal("lower-case message", error.Message);
    }

    [Fact]
    public void Header_code_wins_over_body_type()
    {
        var error = Map(HttpStatusCode.NotFound, "{\"__type\":\"SomethingElse\"}", errorTypeHeader: "ResourceNotFoundException");

        Assert.IsType<ResourceNotFoundException>(error);
    }

    [Fact]
    public void Unknown_code_is_a_plain_connect_exception_with_that_code()
    {
        var error = Map(HttpStatusCode.BadRequest, "{\"message\":\"new error\"}", errorTypeHeader: "ContactNotFoundException");

        Assert.Equal(typeof(AmazonConnectException), error.GetType());
        Assert.Equal("ContactNotFoundException", error.ErrorCode);
        Assert.Equal("new error", error.Message);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
    }

    [Fact]
    public void Html_body_gives_a_status_and_a_snippet()
    {
        var error = Map(HttpStatusCode.BadGateway, "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>nginx</body></html>");

        Assert.Equal(typeof(AmazonConnectException), error.GetType());
        Assert.Null(error.ErrorCode);
        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Contains("HTTP 502", error.Message);
        Assert.Contains("<title>502 Bad Gateway</title>", error.Message);
    }

    [Fact]
    public void Long_non_json_body_is_cut_short_in_the_message()
    {
        var error = Map(HttpStatusCode.ServiceUnavailable, new string('x', 10_000));

        Assert.True(error.Message.Length < 400, error.Message);
        Assert.EndsWith("...", error.Message);
    }

    [Fact]
    public void Empty_body_with_header_code_still_maps()
    {
        var error = Map(HttpStatusCode.Forbidden, null, errorTypeHeader: "AccessDeniedException", errorMessageHeader: "from header");

        Assert.IsType<AccessDeniedException>(error);
        Assert.Equal("from header", error.Message);
    }

    [Fact]
    public void Json_without_message_gets_a_descriptive_one()
    {
        var error = Map(HttpStatusCode.Conflict, "{}", errorTypeHeader: "IdempotencyException");

        Assert.Contains("IdempotencyException", error.Message);
        Assert.Contains("409", error.Message);
    }

    [Theory]
    [InlineData("ThrottlingException:http://internal.amazon.com/", "ThrottlingException")]
    [InlineData("com.amazonaws.connect#ThrottlingException", "ThrottlingException")]
    [InlineData("  ThrottlingException  ", "ThrottlingException")]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Codes_are_cleaned(string? raw, string? expected) =>
        Assert.Equal(expected, ConnectErrorDetails.CleanCode(raw!));

    [Fact]
    public void Throttling_is_seen_as_throttling_by_the_sdk_retry_policy()
    {
        var policy = new Amazon.Runtime.Internal.StandardRetryPolicy(new AmazonConnectConfig { RegionEndpoint = Amazon.RegionEndpoint.EUWest2 });

        Assert.Contains("ThrottlingException", policy.ThrottlingErrorCodes);
        Assert.True(policy.IsThrottlingError(Map((HttpStatusCode)429, "{}", errorTypeHeader: "ThrottlingException")));
        Assert.True(policy.IsThrottlingError(Map((HttpStatusCode)429, "Too Many Requests")));
        Assert.False(policy.IsThrottlingError(Map(HttpStatusCode.BadRequest, "{}", errorTypeHeader: "InvalidRequestException")));
    }

    [Theory]
    [InlineData("INVALID_FILE_SIZE")]
    [InlineData("INVALID_FILE_NAME")]
    public void Invalid_request_carries_the_optional_reason(string value)
    {
        var error = Assert.IsType<InvalidRequestException>(Map(HttpStatusCode.BadRequest,
            "{\"Message\":\"bad\",\"Reason\":{\"AttachedFileInvalidRequestExceptionReason\":\"" + value + "\"}}",
            errorTypeHeader: "InvalidRequestException"));

        Assert.Equal(value, error.Reason.AttachedFileInvalidRequestExceptionReason);
        Assert.Equal("bad", error.Message);
    }

    [Fact]
    public void Service_quota_exceeded_carries_the_optional_reason()
    {
        var error = Assert.IsType<ServiceQuotaExceededException>(Map((HttpStatusCode)402,
            "{\"Message\":\"too many\",\"Reason\":{\"AttachedFileServiceQuotaExceededExceptionReason\":\"TOTAL_FILE_COUNT_EXCEEDED\"}}",
            errorTypeHeader: "ServiceQuotaExceededException"));

        Assert.Equal("TOTAL_FILE_COUNT_EXCEEDED", error.Reason.AttachedFileServiceQuotaExceededExceptionReason);
    }

    [Theory]
    [InlineData("{\"Message\":\"no reason\"}")]
    [InlineData("{\"Message\":\"odd reason\",\"Reason\":\"a string, not the union\"}")]
    [InlineData("not json")]
    public void Reason_is_null_when_the_answer_has_no_reason_object(string body)
    {
        Assert.Null(Assert.IsType<InvalidRequestException>(Map(HttpStatusCode.BadRequest, body, errorTypeHeader: "InvalidRequestException")).Reason);
        Assert.Null(Assert.IsType<ServiceQuotaExceededException>(Map((HttpStatusCode)402, body, errorTypeHeader: "ServiceQuotaExceededException")).Reason);
    }
}
