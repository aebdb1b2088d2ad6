using System.Globalization;
using System.Net.Http.Headers;

namespace ConnectMonitor.ConnectDouble;

/// <summary>
/// A small SigV4 signer for raw <see cref="HttpClient"/> tests against the double. Signs host, x-amz-date,
/// x-amz-content-sha256, content-type and (when given) x-amz-security-token.
/// </summary>
public static class SigV4Signer
{
    /// <summary>
    /// Signs <paramref name="request"/> in place. The request must have an absolute RequestUri; its content (if any)
    /// is read to hash it.
    /// </summary>
    public static async Task SignAsync(HttpRequestMessage request, string accessKeyId, string secretAccessKey,
        string region = TestCredentials.Region, string service = "connect", string? sessionToken = null, DateTimeOffset? now = null)
    {
        var uri = request.RequestUri ?? throw new ArgumentException("RequestUri must be set.", nameof(request));
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        var at = (now ?? DateTimeOffset.UtcNow).ToUniversalTime();
        var amzDate = at.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var date = amzDate[..8];
        var payloadHash = SigV4.Sha256Hex(body);

        request.Headers.Remove("X-Amz-Date");
        request.Headers.Remove("x-amz-content-sha256");
        request.Headers.Remove("X-Amz-Security-Token");
        request.Headers.TryAddWithoutValidation("X-Amz-Date", amzDate);
        request.Headers.TryAddWithoutValidation("x-amz-content-sha256", payloadHash);
        if (sessionToken is not null) request.Headers.TryAddWithoutValidation("X-Amz-Security-Token", sessionToken);

        var host = uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port.ToString(CultureInfo.InvariantCulture)}";
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["host"] = host,
            ["x-amz-content-sha256"] = payloadHash,
            ["x-amz-date"] = amzDate,
        };
        if (request.Content?.Headers.ContentType is MediaTypeHeaderValue ct) values["content-type"] = ct.ToString();
        if (sessionToken is not null) values["x-amz-security-token"] = sessionToken;
        var signed = values.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();

        var canonical = SigV4.CanonicalRequest(request.Method.Method, uri.AbsolutePath, uri.Query, signed, h => [values[h]], payloadHash);
        var scope = SigV4.Scope(date, region, service);
        var signature = SigV4.Signature(secretAccessKey, date, region, service, SigV4.StringToSign(amzDate, scope, canonical));
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization",
            $"{SigV4.Algorithm} Credential={accessKeyId}/{scope}, SignedHeaders={string.Join(';', signed)}, Signature={signature}");
    }
}
