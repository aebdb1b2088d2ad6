using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace ConnectMonitor.Completion
{
    /// <summary>Shared matching and quoting for the module's argument completers.</summary>
    internal static class CompletionText
    {
        public static IEnumerable<CompletionResult> Matching(IEnumerable<string> candidates, string wordToComplete, Func<string, string> tooltip)
        {
            var prefix = (wordToComplete ?? "").Trim('\'', '"');
            return candidates
                .Where(c => c.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(c => new CompletionResult(Quote(c), c, CompletionResultType.ParameterValue, tooltip(c)))
                .ToList();
        }

        private static string Quote(string value) =>
            value.Any(c => char.IsWhiteSpace(c) || "'\"`$&(){}[];,|<>@#".IndexOf(c) >= 0)
                ? "'" + value.Replace("'", "''") + "'"
                : value;
    }
}
