using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace ConnectMonitor.Inputs
{
    /// <summary>
    /// The monitor capabilities MonitorContact takes, and how a value from the command line, a CSV cell or a result
    /// object becomes a list of them: "SILENT_MONITOR,BARGE", "SILENT_MONITOR BARGE", "barge;silent_monitor", an array,
    /// or empty (the service default).
    /// </summary>
    internal static class MonitorCapabilities
    {
        /// <summary>The names the service accepts, in the order they are shown.</summary>
        public static readonly IReadOnlyList<string> Names = new[] { "SILENT_MONITOR", "BARGE" };

        private static readonly char[] Separators = { ',', ';', ' ', '\t', '|', '+' };

        /// <summary>
        /// Splits every value into names; known names are upper-cased, duplicates dropped, and an unknown name is kept
        /// as it was written so that the per-contact check can name it. Null or empty gives an empty list.
        /// </summary>
        public static string[] Tokens(object value)
        {
            var tokens = new List<string>();
            Collect(value, tokens, 0);
            return tokens.Distinct(StringComparer.Ordinal).ToArray();
        }

        /// <summary>The names in <paramref name="tokens"/> the service does not know.</summary>
        public static IReadOnlyList<string> Unknown(IEnumerable<string> tokens) =>
            tokens == null ? new string[0] : tokens.Where(t => !Names.Contains(t, StringComparer.Ordinal)).ToArray();

        /// <summary>What to tell the user about an unknown name for one contact.</summary>
        public static string UnknownMessage(string contact, IReadOnlyList<string> unknown) =>
            $"Contact '{contact}': {string.Join(", ", unknown.Select(u => "'" + u + "'"))} " +
            (unknown.Count == 1 ? "is not a monitor capability" : "are not monitor capabilities") +
            ". Use SILENT_MONITOR, BARGE or both (-AllowedMonitorCapability SILENT_MONITOR, BARGE; in a CSV cell " +
            "\"SILENT_MONITOR,BARGE\"), or leave it empty for the service default. Nothing was sent for this contact.";

        private static void Collect(object value, List<string> tokens, int depth)
        {
            if (value is PSObject wrapped)
            {
                value = wrapped.BaseObject;
            }

            switch (value)
            {
                case null:
                    return;
                case string text:
                    foreach (var part in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
                    {
                        var known = Names.FirstOrDefault(n => string.Equals(n, part, StringComparison.OrdinalIgnoreCase));
                        tokens.Add(known ?? part);
                    }

                    return;
                case IEnumerable many when depth < 2:
                    foreach (var item in many)
                    {
                        Collect(item, tokens, depth + 1);
                    }

                    return;
                default:
                    Collect(value.ToString(), tokens, depth);
                    return;
            }
        }
    }
}
