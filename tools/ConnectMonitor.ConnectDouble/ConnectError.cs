namespace ConnectMonitor.ConnectDouble;

/// <summary>
/// An error answer in the shape Amazon Connect (rest-json) sends: a status, an
/// <c>x-amzn-ErrorType</c> header "Code:namespace", and a JSON body carrying the message.
/// </summary>
/// <param name="Status">HTTP status.</param>
/// <param name="Code">Error code, e.g. ThrottlingException.</param>
/// <param name="Message">Human readable message.</param>
/// <param name="Namespace">The suffix after the colon in x-amzn-ErrorType; null sends the bare code.</param>
/// <param name="MessageMember">Body member carrying the message: "Message" for modelled errors, "message" for front-end (auth, routing) errors.</param>
public sealed record ConnectError(int Status, string Code, string Message, string? Namespace = ConnectError.ConnectNamespace, string MessageMember = "Message")
{
    /// <summary>Namespace suffix Connect puts on its modelled errors.</summary>
    public const string ConnectNamespace = "http://internal.amazon.com/coral/com.amazonaws.connect/";

    /// <summary>Namespace suffix the AWS front end puts on authentication and routing errors.</summary>
    public const string CoralServiceNamespace = "http://internal.amazon.com/coral/com.amazon.coral.service/";

    /// <summary>Value of the x-amzn-ErrorType header.</summary>
    public string ErrorTypeHeader => Namespace is null ? Code : $"{Code}:{Namespace}";

    /// <summary>The seven errors the model lists for MonitorContact, with their statuses.</summary>
    public static IReadOnlyDictionary<string, int> ModelledErrors { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["InvalidRequestException"] = 400,
        ["ServiceQuotaExceededException"] = 402,
        ["AccessDeniedException"] = 403,
        ["ResourceNotFoundException"] = 404,
        ["IdempotencyException"] = 409,
        ["ThrottlingException"] = 429,
        ["InternalServiceException"] = 500,
    };

    /// <summary>A modelled Connect error with the status the model gives it.</summary>
    public static ConnectError Modelled(string code, string message) =>
        new(ModelledErrors.TryGetValue(code, out var s) ? s : 400, code, message);

    /// <summary>400 InvalidRequestException.</summary>
    public static ConnectError InvalidRequest(string message) => Modelled("InvalidRequestException", message);
    /// <summary>403 AccessDeniedException.</summary>
    public static ConnectError AccessDenied(string message = "You do not have sufficient access to perform this action.") => Modelled("AccessDeniedException", message);
    /// <summary>404 ResourceNotFoundException.</summary>
    public static ConnectError ResourceNotFound(string message) => Modelled("ResourceNotFoundException", message);
    /// <summary>409 IdempotencyException.</summary>
    public static ConnectError Idempotency(string message = "The client token was already used with different parameters.") => Modelled("IdempotencyException", message);
    /// <summary>402 ServiceQuotaExceededException.</summary>
    public static ConnectError ServiceQuotaExceeded(string message = "The service quota has been exceeded.") => Modelled("ServiceQuotaExceededException", message);
    /// <summary>429 ThrottlingException.</summary>
    public static ConnectError Throttling(string message = "Rate exceeded") => Modelled("ThrottlingException", message);
    /// <summary>500 InternalServiceException.</summary>
    public static ConnectError InternalService(string message = "Request processing failed because of an error or failure with the service.") => Modelled("InternalServiceException", message);

    /// <summary>403 MissingAuthenticationTokenException (no Authorization header).</summary>
    public static ConnectError MissingAuthenticationToken() =>
        new(403, "MissingAuthenticationTokenException", "Missing Authentication Token", CoralServiceNamespace, "message");
    /// <summary>403 UnrecognizedClientException (unknown access key or wrong session token).</summary>
    public static ConnectError UnrecognizedClient() =>
        new(403, "UnrecognizedClientException", "The security token included in the request is invalid.", CoralServiceNamespace, "message");
    /// <summary>403 InvalidSignatureException.</summary>
    public static ConnectError InvalidSignature(string message) =>
        new(403, "InvalidSignatureException", message, CoralServiceNamespace, "message");
    /// <summary>403 IncompleteSignatureException (Authorization header present but malformed).</summary>
    public static ConnectError IncompleteSignature(string message) =>
        new(403, "IncompleteSignatureException", message, CoralServiceNamespace, "message");
    /// <summary>404 UnknownOperationException (any route other than POST /contact/monitor).</summary>
    public static ConnectError UnknownOperation() =>
        new(404, "UnknownOperationException", "The requested operation is not recognized by the service.", CoralServiceNamespace, "message");
    /// <summary>503 ServiceUnavailableException (the double has reached its MaxRequests and is stopping).</summary>
    public static ConnectError Unavailable() =>
        new(503, "ServiceUnavailableException", "The Connect double has reached its request limit and is shutting down.", CoralServiceNamespace, "message");
}
