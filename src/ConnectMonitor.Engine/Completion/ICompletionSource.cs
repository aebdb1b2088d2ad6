using System.Threading;
using System.Threading.Tasks;

namespace ConnectMonitor.Engine.Completion
{
    /// <summary>Reads what tab completion offers from Amazon Connect (or, in tests, from anything else).</summary>
    internal interface ICompletionSource
    {
        /// <summary>
        /// The candidates whose label starts with the query's prefix, at most one page of them; <see cref="CompletionPage.Complete"/>
        /// says whether that is all of them. May throw anything; <paramref name="cancellationToken"/> ends it.
        /// </summary>
        Task<CompletionPage> ReadAsync(CompletionQuery query, CancellationToken cancellationToken);
    }
}
