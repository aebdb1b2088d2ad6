using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using ConnectMonitor.Engine.Sessions;

namespace ConnectMonitor.Completion
{
    /// <summary>Tab completion for -Region: the region names the AWS SDK knows.</summary>
    public sealed class RegionCompleter : IArgumentCompleter
    {
        /// <inheritdoc />
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters) =>
            CompletionText.Matching(KnownRegions.All, wordToComplete, name => "AWS region " + name);
    }

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
