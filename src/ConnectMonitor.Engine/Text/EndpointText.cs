using System;
using System.Linq;
using ConnectMonitor.Engine.Inputs;

namespace ConnectMonitor.Engine.Text
{
    /// <summary>
    /// Endpoint URLs: the one rule an endpoint must meet wherever it comes from (-EndpointUrl, AWS_ENDPOINT_URL,
    /// AWS_ENDPOINT_URL_CONNECT, a profile's <c>endpoint_url</c> or <c>services</c> section), and how a URL is shown:
    /// user information (<c>http://user:password@host/</c>) is replaced by <c>***</c> wherever a URL is shown (the
    /// result's Endpoint, -Verbose, error messages), and the rest is cleaned like any outside text.
    /// </summary>
    internal static class EndpointText
    {
        /// <summary>
        /// What is wrong with <paramref name="url"/> (already trimmed) as an Amazon Connect endpoint, or null when
        /// nothing is. It must be an absolute http or https URL (a path prefix is fine) with no control character or
        /// space (Uri would drop or escape it, and the request would go somewhere the user did not write), and no query
        /// or fragment (the SDK would sign and send a request for a path that is not the operation's).
        /// </summary>
        public static string Problem(string url)
        {
            var problem = WireText.CharacterProblem(url) ?? (url.Any(char.IsWhiteSpace) ? "has a space inside" : null);
            if (problem != null)
            {
                return problem;
            }

            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http"))
            {
                return "is not an absolute http or https URL (for example https://vpce-0123.connect.us-east-1.vpce.amazonaws.com)";
            }

            if (url.IndexOf('?') >= 0 || url.IndexOf('#') >= 0)
            {
                return "has a query ('?') or a fragment ('#'): requests would be signed and sent for a path that is not the operation's. " +
                       "Give only the scheme, host, port and an optional path prefix";
            }

            return null;
        }

        /// <summary>The URL without its user information.</summary>
        public static string Redact(string url)
        {
            if (string.IsNullOrEmpty(url))
            {
                return url;
            }

            var at = url.IndexOf('@');
            if (at < 0)
            {
                return OutsideText.Clean(url);
            }

            // Works for URLs System.Uri rejects too: the authority starts after "scheme://" and ends at the first '/', '?' or '#'.
            var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
            var authorityStart = schemeEnd < 0 ? 0 : schemeEnd + 3;
            var authorityEnd = url.IndexOfAny(new[] { '/', '?', '#' }, authorityStart);
            if (authorityEnd < 0)
            {
                authorityEnd = url.Length;
            }

            if (authorityEnd <= authorityStart)
            {
                return OutsideText.Clean(url);
            }

            var lastAt = url.LastIndexOf('@', authorityEnd - 1, authorityEnd - authorityStart);
            if (lastAt < authorityStart)
            {
                return OutsideText.Clean(url);
            }

            return OutsideText.Clean(url.Substring(0, authorityStart) + "***" + url.Substring(lastAt));
        }

        /// <summary>True when the URL carries user information (a user name or password before the host).</summary>
        public static bool HasUserInfo(string url) => Redact(url) != OutsideText.Clean(url);
    }
}
