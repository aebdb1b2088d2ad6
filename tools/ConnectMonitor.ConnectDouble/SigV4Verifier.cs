using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ConnectMonitor.ConnectDouble;

/// <summary>What the verifier made of a request's signature.</summary>
/// <param name="Error">Null when the signature is valid; otherwise the 403 answer to send.</param>
/// <param name="AccessKeyId">Access key id from the Credential, if one could be parsed.</param>
/// <param name="SigningRegion">Region from the credential scope, if parsed.</param>
/// <param name="SigningService">Service from the credential scope, if parsed.</param>
/// <param name="HasSecurityToken">True when X-Amz-Security-Token was sent.</param>
public sealed record SigV4Result(ConnectError? Error, string? AccessKeyId, string? SigningRegion, string? SigningService, bool HasSecurityToken)
{
    /// <summary>True when the signature verified.</summary>
    public bool IsValid => Error is null;
}

/// <summary>
/// Server-side SigV4 verification of a request signed in the Authorization header: parses Credential,
/// SignedHeaders and Signature, rebuilds the canonical request and compares signatures in fixed time.
/// </summary>
public sealed class SigV4Verifier
{
    private readonly ConcurrentDictionary<string, string> _secrets;
    private readonly ConcurrentDictionary<string, string> _sessionTokens;
    private readonly TimeProvider _time;

    /// <summary>Creates a verifier over live (mutable, thread-safe) credential maps.</summary>
    /// <param name="secrets">Access key id → secret access key.</param>
    /// <param name="sessionTokens">Access key id → the session token that must accompany it (keys absent here need none).</param>
    /// <param name="time">Clock for the skew check.</param>
    public SigV4Verifier(ConcurrentDictionary<string, string> secrets, ConcurrentDictionary<string, string> sessionTokens, TimeProvider time)
    {
        _secrets = secrets;
        _sessionTokens = sessionTokens;
        _time = time;
    }

    /// <summary>The only service name a credential scope may carry.</summary>
    public string Service { get; init; } = "connect";

    /// <summary>When set, the scope's region must equal this; when null any region is accepted (and recorded).</summary>
    public string? RequiredRegion { get; init; }

    /// <summary>Largest accepted difference between X-Amz-Date and now; null disables the check.</summary>
    public TimeSpan? ClockSkewTolerance { get; init; }

    /// <summary>Verifies one request.</summary>
    /// <param name="method">HTTP method.</param>
    /// <param name="rawPath">Path exactly as sent on the wire.</param>
    /// <param name="rawQuery">Query string as sent, with or without '?'.</param>
    /// <param name="header">Returns all values of a header (case-insensitive name), empty when absent.</param>
    /// <param name="body">Request body bytes.</param>
    public SigV4Result Verify(string method, string rawPath, string rawQuery, Func<string, IReadOnlyList<string>> header, ReadOnlySpan<byte> body)
    {
        var tokenValues = header("x-amz-security-token");
        var hasToken = tokenValues.Count > 0;
        var auth = header("authorization");
        if (auth.Count == 0 || string.IsNullOrWhiteSpace(auth[0]))
            return new(ConnectError.MissingAuthenticationToken(), null, null, null, hasToken);

        var value = auth[0].Trim();
        var space = value.IndexOf(' ');
        var algorithm = space < 0 ? value : value[..space];
        if (algorithm != SigV4.Algorithm)
            return new(ConnectError.IncompleteSignature($"Unsupported AWS 'algorithm': '{algorithm}'."), null, null, null, hasToken);

        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in value[(space + 1)..].Split(','))
        {
            var kv = item.Trim();
            var eq = kv.IndexOf('=');
            if (eq > 0) parts[kv[..eq]] = kv[(eq + 1)..];
        }
        foreach (var required in new[] { "Credential", "SignedHeaders", "Signature" })
            if (!parts.ContainsKey(required))
                return new(ConnectError.IncompleteSignature($"Authorization header requires '{required}' parameter. Authorization={value}"), null, null, null, hasToken);

        var cred = parts["Credential"].Split('/');
        if (cred.Length != 5 || cred[4] != "aws4_request" || cred.Any(string.IsNullOrEmpty))
            return new(ConnectError.IncompleteSignature($"Credential should be scoped to a valid region, and have the form AKID/date/region/service/aws4_request. Credential={parts["Credential"]}"), cred.FirstOrDefault(), null, null, hasToken);
        var (keyId, scopeDate, region, service) = (cred[0], cred[1], cred[2], cred[3]);
        SigV4Result Fail(ConnectError e) => new(e, keyId, region, service, hasToken);

        if (!_secrets.TryGetValue(keyId, out var secret))
            return Fail(ConnectError.UnrecognizedClient());
        if (_sessionTokens.TryGetValue(keyId, out var requiredToken) && (!hasToken || tokenValues[0] != requiredToken))
            return Fail(ConnectError.UnrecognizedClient());
        if (service != Service)
            return Fail(ConnectError.InvalidSignature($"Credential should be scoped to correct service: '{Service}'."));
        if (RequiredRegion is not null && region != RequiredRegion)
            return Fail(ConnectError.InvalidSignature($"Credential should be scoped to a valid region, not '{region}'."));

        var amzDate = header("x-amz-date").FirstOrDefault();
        if (string.IsNullOrEmpty(amzDate))
            return Fail(ConnectError.IncompleteSignature("Authorization header requires existence of a 'X-Amz-Date' header."));
        if (!DateTimeOffset.TryParseExact(amzDate, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var signedAt))
            return Fail(ConnectError.IncompleteSignature($"X-Amz-Date '{amzDate}' is not in the form yyyyMMddTHHmmssZ."));
        if (!amzDate.StartsWith(scopeDate, StringComparison.Ordinal) || scopeDate.Length != 8)
            return Fail(ConnectError.InvalidSignature("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP."));
        if (ClockSkewTolerance is { } tolerance)
        {
            var now = _time.GetUtcNow();
            if ((now - signedAt).Duration() > tolerance)
                return Fail(ConnectError.InvalidSignature($"Signature expired: {amzDate} is outside {tolerance.TotalMinutes:0} minutes of {now:yyyyMMdd'T'HHmmss'Z'}."));
        }

        var signedHeaders = parts["SignedHeaders"].Split(';');
        if (signedHeaders.Any(h => h.Length == 0 || h != h.ToLowerInvariant()))
            return Fail(ConnectError.IncompleteSignature("SignedHeaders must be a ';'-separated list of lower-case header names."));
        if (!signedHeaders.Contains("host"))
            return Fail(ConnectError.InvalidSignature("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization."));

        var bodyHash = SigV4.Sha256Hex(body);
        var declared = header("x-amz-content-sha256").FirstOrDefault();
        string payloadHash;
        if (string.IsNullOrEmpty(declared)) payloadHash = bodyHash;
        else if (declared == SigV4.UnsignedPayload) payloadHash = declared;
        else if (!string.Equals(declared, bodyHash, StringComparison.OrdinalIgnoreCase))
            return Fail(ConnectError.InvalidSignature("The provided 'x-amz-content-sha256' header does not match what was computed."));
        else payloadHash = declared;

        var canonical = SigV4.CanonicalRequest(method, rawPath, rawQuery, signedHeaders, h => header(h), payloadHash);
        var stringToSign = SigV4.StringToSign(amzDate, SigV4.Scope(scopeDate, region, service), canonical);
        var expected = SigV4.Signature(secret, scopeDate, region, service, stringToSign);
        var given = parts["Signature"];
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(given)))
            return Fail(ConnectError.InvalidSignature(
                "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details."));
        return new(null, keyId, region, service, hasToken);
    }
}
