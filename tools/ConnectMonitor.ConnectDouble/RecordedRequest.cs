namespace ConnectMonitor.ConnectDouble;

/// <summary>One request the double received, with what it made of it and how it answered.</summary>
public sealed class RecordedRequest
{
    /// <summary>When the request arrived (the server's time provider).</summary>
    public DateTimeOffset ReceivedAt { get; init; }
    /// <summary>Arrival order: 1 for the first request the double received. Requests are listed in this order, not in
    /// the order their answers were sent (requests in progress at once can finish in any order).</summary>
    public long Sequence { get; init; }
    /// <summary>HTTP method.</summary>
    public string Method { get; init; } = "";
    /// <summary>Request path (raw, as sent), without the query string.</summary>
    public string Path { get; init; } = "";
    /// <summary>Request query string including the leading '?', or empty.</summary>
    public string Query { get; init; } = "";
    /// <summary>Request headers (names as sent; case-insensitive lookup; repeated values joined with ',').
    /// The Authorization and X-Amz-Security-Token values are kept verbatim: they are test secrets only.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
    /// <summary>Request body as UTF-8 text.</summary>
    public string Body { get; init; } = "";
    /// <summary>Access key id from the Authorization header's Credential, if any.</summary>
    public string? AccessKeyId { get; init; }
    /// <summary>Region of the signature's credential scope (the signing region), if any.</summary>
    public string? SigningRegion { get; init; }
    /// <summary>Service of the signature's credential scope (should be "connect"), if any.</summary>
    public string? SigningService { get; init; }
    /// <summary>True when the SigV4 signature verified against a known secret.</summary>
    public bool SignatureValid { get; init; }
    /// <summary>True when the request carried an X-Amz-Security-Token header (session credentials).</summary>
    public bool HasSecurityToken { get; init; }
    /// <summary>Body member InstanceId, when the body was a JSON object with a string there.</summary>
    public string? InstanceId { get; init; }
    /// <summary>Body member ContactId, when present as a string.</summary>
    public string? ContactId { get; init; }
    /// <summary>Body member UserId, when present as a string.</summary>
    public string? UserId { get; init; }
    /// <summary>Body member AllowedMonitorCapabilities, when present as a list (non-string items as raw JSON).</summary>
    public IReadOnlyList<string>? AllowedMonitorCapabilities { get; init; }
    /// <summary>Body member ClientToken, when present as a string.</summary>
    public string? ClientToken { get; init; }
    /// <summary>HTTP status answered; 0 when the connection was aborted without a response.</summary>
    public int ResponseStatus { get; init; }
    /// <summary>Error code answered (x-amzn-ErrorType without its suffix), or null for success / non-modelled answers.</summary>
    public string? ErrorCode { get; init; }
    /// <summary>Description of the injected fault that shaped the answer, or null.</summary>
    public string? Fault { get; init; }
    /// <summary>True when this request was answered from the idempotency record (same ClientToken, same parameters).</summary>
    public bool IdempotentReplay { get; init; }
    /// <summary>The ContactId of a success the world answered (the supervisor's monitoring contact by default, the
    /// monitored contact under <see cref="MonitorAnswer.Echo"/>); null for errors, faults and the other operations.</summary>
    public string? AnsweredContactId { get; init; }
    /// <summary>The x-amzn-RequestId the double generated for this request.</summary>
    public string RequestId { get; init; } = "";

    /// <inheritdoc />
    public override string ToString() =>
        $"{ReceivedAt:O} {Method} {Path} key={AccessKeyId ?? "-"} contact={ContactId ?? "-"} {ResponseStatus} {ErrorCode ?? "-"} {RequestId}";
}
