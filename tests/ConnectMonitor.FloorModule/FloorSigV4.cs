using System;
using System.Globalization;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;

namespace ConnectMonitor.FloorModule
{
    /// <summary>
    /// SigV4 by hand for one POST without a query string: signs content-type, host, x-amz-content-sha256, x-amz-date
    /// and, with temporary keys, x-amz-security-token (the public SigV4 specification, nothing more).
    /// </summary>
    internal static class FloorSigV4
    {
        public static void Sign(HttpRequestMessage request, byte[] body, string contentType, string region, string accessKey, string secretKey, string sessionToken)
        {
            var now = DateTime.UtcNow;
            var amzDate = now.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
            var date = amzDate.Substring(0, 8);
            var payloadHash = Hex(Sha256(body));
            var uri = request.RequestUri;
            var host = uri.IsDefaultPort ? uri.Host : uri.Host + ":" + uri.Port.ToString(CultureInfo.InvariantCulture);

            var headers = "content-type:" + contentType + "\nhost:" + host + "\nx-amz-content-sha256:" + payloadHash + "\nx-amz-date:" + amzDate + "\n";
            var signed = "content-type;host;x-amz-content-sha256;x-amz-date";
            if (!string.IsNullOrEmpty(sessionToken))
            {
                headers += "x-amz-security-token:" + sessionToken + "\n";
                signed += ";x-amz-security-token";
                request.Headers.TryAddWithoutValidation("X-Amz-Security-Token", sessionToken);
            }

            var canonical = "POST\n" + uri.AbsolutePath + "\n\n" + headers + "\n" + signed + "\n" + payloadHash;
            var scope = date + "/" + region + "/connect/aws4_request";
            var toSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n" + Hex(Sha256(Encoding.UTF8.GetBytes(canonical)));
            var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + secretKey), date);
            key = Hmac(Hmac(Hmac(key, region), "connect"), "aws4_request");

            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            request.Headers.TryAddWithoutValidation("X-Amz-Date", amzDate);
            request.Headers.TryAddWithoutValidation("x-amz-content-sha256", payloadHash);
            request.Headers.TryAddWithoutValidation("Authorization",
                "AWS4-HMAC-SHA256 Credential=" + accessKey + "/" + scope + ", SignedHeaders=" + signed + ", Signature=" + Hex(Hmac(key, toSign)));
        }

        private static byte[] Sha256(byte[] data)
        {
            using (var sha = SHA256.Create())
            {
                return sha.ComputeHash(data);
            }
        }

        private static byte[] Hmac(byte[] key, string text)
        {
            using (var hmac = new HMACSHA256(key))
            {
                return hmac.ComputeHash(Encoding.UTF8.GetBytes(text));
            }
        }

        private static string Hex(byte[] bytes)
        {
            var text = new StringBuilder(bytes.Length * 2);
            foreach (var b in bytes)
            {
                text.Append(b.ToString("x2", CultureInfo.InvariantCulture));
            }

            return text.ToString();
        }
    }
}
