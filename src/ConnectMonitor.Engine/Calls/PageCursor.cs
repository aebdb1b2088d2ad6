using System.Collections.Generic;
using ConnectMonitor.Engine.Errors;

namespace ConnectMonitor.Engine.Calls
{
    /// <summary>
    /// Where a paged read stands (every operation with a NextToken): the token of the next page, and the bound on pages.
    /// A service that keeps sending a NextToken (more than the most pages allowed, or one it sent before) ends the read
    /// with <see cref="ConnectErrorCodes.TooManyPages"/>; every page is one call on <see cref="ConnectCallPath"/>, so
    /// pages are paced and retried like any call.
    /// </summary>
    internal sealed class PageCursor
    {
        private readonly CallTarget _target;
        private readonly int _maxPages;
        private readonly HashSet<string> _seen = new HashSet<string>(System.StringComparer.Ordinal);
        private int _pages;

        public PageCursor(CallTarget target, int maxPages)
        {
            _target = target;
            _maxPages = maxPages < 1 ? 1 : maxPages;
        }

        /// <summary>The token to send for the next page (null for the first).</summary>
        public string Token { get; private set; }

        /// <summary>True once a page came without a NextToken.</summary>
        public bool Done { get; private set; }

        /// <summary>Pages read so far.</summary>
        public int Pages => _pages;

        /// <summary>Records a page's answer: its NextToken, or none (the last page).</summary>
        public void Advance(string nextToken, string requestId)
        {
            _pages++;
            if (string.IsNullOrEmpty(nextToken))
            {
                Done = true;
                Token = null;
                return;
            }

            if (!_seen.Add(nextToken))
            {
                throw ServiceErrorTranslator.InvalidAnswer(ConnectErrorCodes.TooManyPages,
                    $"page {_pages} sent a NextToken it had sent before, so the pages would never end; nothing more was asked for", requestId, _target);
            }

            if (_pages >= _maxPages)
            {
                throw ServiceErrorTranslator.InvalidAnswer(ConnectErrorCodes.TooManyPages,
                    $"still a NextToken after {_pages} pages, the most read for one query; nothing more was asked for", requestId, _target);
            }

            Token = nextToken;
        }
    }
}
