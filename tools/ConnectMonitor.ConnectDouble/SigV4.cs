using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ConnectMonitor.ConnectDouble;

/// <summary>
/// AWS Signature Version 4 primitives (canonical request, string to sign, signing key), written from the
/// public SigV4 specification. Shared by the server-side <see cref="SigV4Verifier"/> and the test-side
/// <see cref="SigV4Signer"/>; checked against AWS's published example signature in the tests.
/// </summary>
public static class SigV4
{
    /// <summary>The only algorithm the double accepts.</summary>
    public const string Algorithm = "AWS4-HMAC-SHA256";

    /// <summary>Literal payload hash a client may send in x-amz-content-sha256 to leave the body unsigned.</summary>
    public const string UnsignedPayload = "UNSIGNED-PAYLOAD";

    /// <summary>Lower-case hex SHA-256 of the bytes.</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));

    /// <summary>Lower-case hex SHA-256 of the UTF-8 text.</summary>
    public static string Sha256Hex(string text) => Sha256Hex(Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// RFC 3986 percent-encoding as SigV4 defines it: unreserved characters (A-Z a-z 0-9 - _ . ~) stay,
    /// everything else becomes %XX of its UTF-8 bytes (upper-case hex); '/' stays when <paramref name="keepSlash"/>.
    /// </summary>
    public static string UriEncode(string value, bool keepSlash)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_' or '.' or '~' || (keepSlash && c == '/'))
                sb.Append(c);
            else
                sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>
    /// Canonical URI for a non-S3 service: the path as sent on the wire (already percent-encoded), encoded once more
    /// segment by segment; an empty path is "/".
    /// </summary>
    public static string CanonicalUri(string rawPath)
    {
        if (string.IsNullOrEmpty(rawPath)) return "/";
        return UriEncode(rawPath, keepSlash: true);
    }

    /// <summary>Canonical query string: each name and value decoded then SigV4-encoded, sorted by name then value, joined with '&amp;'.</summary>
    public static string CanonicalQuery(string rawQuery)
    {
        var q = rawQuery.StartsWith('?') ? rawQuery[1..] : rawQuery;
        if (q.Length == 0) return "";
        var pairs = new List<(string Name, string Value)>();
        foreach (var part in q.Split('&'))
        {
            if (part.Length == 0) continue;
            var eq = part.IndexOf('=');
            var name = eq < 0 ? part : part[..eq];
            var value = eq < 0 ? "" : part[(eq + 1)..];
            pairs.Add((UriEncode(Uri.UnescapeDataString(name), false), UriEncode(Uri.UnescapeDataString(value), false)));
        }
        return string.Join('&', pairs
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => $"{p.Name}={p.Value}"));
    }

    /// <summary>Header value as SigV4 canonicalises it: trimmed, runs of spaces collapsed to one.</summary>
    public static string CanonicalHeaderValue(string value)
    {
        var sb = new StringBuilder(value.Length);
        var lastSpace = false;
        foreach (var c in value.Trim())
        {
            var space = c is ' ' or '\t';
            if (space && lastSpace) continue;
            sb.Append(space ? ' ' : c);
            lastSpace = space;
        }
        return sb.ToString();
    }

    /// <summary>
    /// The canonical request. <paramref name="headerValues"/> must give, for each (lower-case) signed header name,
    /// its values in the order sent; they are canonicalised and joined with ','.
    /// </summary>
    public static string CanonicalRequest(string method, string rawPath, string rawQuery,
        IReadOnlyList<string> signedHeaders, Func<string, IEnumerable<string>> headerValues, string payloadHash)
    {
        var sb = new StringBuilder();
        sb.Append(method.ToUpperInvariant()).Append('\n');
        sb.Append(CanonicalUri(rawPath)).Append('\n');
        sb.Append(CanonicalQuery(rawQuery)).Append('\n');
        foreach (var h in signedHeaders)
            sb.Append(h).Append(':').Append(string.Join(',', headerValues(h).Select(CanonicalHeaderValue))).Append('\n');
        sb.Append('\n');
        sb.Append(string.Join(';', signedHeaders)).Append('\n');
        sb.Append(payloadHash);
        return sb.ToString();
    }

    /// <summary>Credential scope "yyyyMMdd/region/service/aws4_request".</summary>
    public static string Scope(string date, string region, string service) => $"{date}/{region}/{service}/aws4_request";

    /// <summary>String to sign: algorithm, X-Amz-Date, scope, hex SHA-256 of the canonical request.</summary>
    public static string StringToSign(string amzDate, string scope, string canonicalRequest) =>
        $"{Algorithm}\n{amzDate}\n{scope}\n{Sha256Hex(canonicalRequest)}";

    /// <summary>Signing key: HMAC chain over "AWS4"+secret, date, region, service, "aws4_request".</summary>
    public static byte[] SigningKey(string secretAccessKey, string date, string region, string service)
    {
        var k = HMACSHA256.HashData(Encoding.UTF8.GetBytes("AWS4" + secretAccessKey), Encoding.UTF8.GetBytes(date));
        k = HMACSHA256.HashData(k, Encoding.UTF8.GetBytes(region));
        k = HMACSHA256.HashData(k, Encoding.UTF8.GetBytes(service));
        return HMACSHA256.HashData(k, "aws4_request"u8.ToArray());
    }

    /// <summary>Lower-case hex signature of the string to sign.</summary>
    public static string Signature(string secretAccessKey, string date, string region, string service, string stringToSign) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(SigningKey(secretAccessKey, date, region, service), Encoding.UTF8.GetBytes(stringToSign)));
}
