using System.Collections.Generic;

namespace ConnectMonitor.Engine.Completion
{
    /// <summary>What one read for completion found.</summary>
    internal sealed class CompletionPage
    {
        /// <summary>Creates a page.</summary>
        public CompletionPage(IReadOnlyList<CompletionCandidate> candidates, bool complete)
        {
            Candidates = candidates;
            Complete = complete;
        }

        /// <summary>The candidates found.</summary>
        public IReadOnlyList<CompletionCandidate> Candidates { get; }

        /// <summary>True when these are all the matches for the prefix (so a longer prefix can be served from them).</summary>
        public bool Complete { get; }
    }
}
