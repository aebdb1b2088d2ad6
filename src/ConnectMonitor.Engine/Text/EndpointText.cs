using System;

namespace ConnectMonitor.Engine.Text
{
    /// <summary>
    /// Endpoint URLs as the user may see them: user information (<c>http://user:password@host/</c>) is replaced by
    /// <c>***</c> wherever a URL is shown (the result's Endpoint, -Verbose, error messages), and the rest is cleaned
    /// like any outside text.
    /// </summary>
    internal static class EndpointText
    {
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
