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
            var prefix = Prefix(wordToComplete);
            return candidates
                .Where(c => c.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(c => Result(c, c, tooltip(c)))
                .ToList();
        }

        /// <summary>What the typed word holds so far, without an opening quote.</summary>
        public static string Prefix(string wordToComplete) => (wordToComplete ?? "").Trim('\'', '"');

        /// <summary>One result: <paramref name="value"/> (quoted when PowerShell needs it) shown as <paramref name="label"/>.</summary>
        public static CompletionResult Result(string value, string label, string tooltip) =>
            new CompletionResult(Quote(value), string.IsNullOrEmpty(label) ? value : label, CompletionResultType.ParameterValue,
                string.IsNullOrEmpty(tooltip) ? value : tooltip);

        private static string Quote(string value) =>
            value.Any(c => char.IsWhiteSpace(c) || "'\"`$&(){}[];,|<>@#".IndexOf(c) >= 0)
                ? "'" + value.Replace("'", "''") + "'"
                : value;
    }
}
