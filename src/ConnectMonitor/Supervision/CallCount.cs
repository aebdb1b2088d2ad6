using System;
using System.Collections.Generic;
using System.Linq;

namespace ConnectMonitor.Supervision
{
    /// <summary>The requests a read sent, for -Verbose: "5 requests: 2 GetCurrentUserData (2 filter chunks), 1 SearchRoutingProfiles, ...".</summary>
    internal static class CallCount
    {
        /// <summary>The calls made between two tallies of the pipeline's call path, by operation (most first).</summary>
        public static string Since(IReadOnlyDictionary<string, int> before, IReadOnlyDictionary<string, int> after, int chunks)
        {
            var made = after
                .Select(a => (Operation: a.Key, Count: a.Value - (before.TryGetValue(a.Key, out var b) ? b : 0)))
                .Where(a => a.Count > 0)
                .OrderByDescending(a => a.Count).ThenBy(a => a.Operation, StringComparer.Ordinal)
                .ToList();
            var total = made.Sum(m => m.Count);
            return $"{total} request{(total == 1 ? "" : "s")}" + (made.Count == 0 ? "" : ": " + string.Join(", ", made.Select(m =>
                $"{m.Count} {m.Operation}" + (m.Operation == "GetCurrentUserData" ? $" ({chunks} filter chunk{(chunks == 1 ? "" : "s")})" : ""))));
        }
    }
}
