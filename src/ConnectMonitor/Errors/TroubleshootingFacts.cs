using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace ConnectMonitor.Errors
{
    /// <summary>
    /// Why MonitorContact fails, per error code and per known service message: the rows of docs/facts/troubleshooting.md,
    /// embedded in this assembly. The same file feeds README, the about topic and help (tools/ConnectMonitor.HelpGenerator),
    /// so an ErrorRecord's recommended action and the documentation say the same thing.
    /// </summary>
    internal static class TroubleshootingFacts
    {
        private const string ResourceName = "ConnectMonitor.troubleshooting.md";
        private static readonly Lazy<IReadOnlyList<(string Key, bool IsMessage, string Advice)>> Rows =
            new Lazy<IReadOnlyList<(string, bool, string)>>(Load);

        /// <summary>The likely causes for an error code, or null when the facts have none.</summary>
        public static string CausesOf(string errorCode) =>
            Rows.Value.FirstOrDefault(r => !r.IsMessage && string.Equals(r.Key, errorCode, StringComparison.Ordinal)).Advice;

        /// <summary>The documented fix for a known service message found in <paramref name="message"/>, or null.</summary>
        public static string FixFor(string message) =>
            string.IsNullOrEmpty(message)
                ? null
                : Rows.Value.FirstOrDefault(r => r.IsMessage && message.IndexOf(r.Key, StringComparison.OrdinalIgnoreCase) >= 0).Advice;

        /// <summary>
        /// A failed MonitorContact's recommended action: the known message's fix, the code's likely causes, and the
        /// Test-ConnectContactMonitor command line that checks this input; null when the facts know neither.
        /// </summary>
        public static string RecommendedAction(string errorCode, string serviceMessage, string testCommand)
        {
            var fix = FixFor(serviceMessage);
            var causes = CausesOf(errorCode);
            if (fix == null && causes == null)
            {
                return null;
            }

            var text = new StringBuilder();
            if (fix != null)
            {
                text.Append(fix).Append(' ');
            }

            if (causes != null)
            {
                text.Append("Likely causes: ").Append(causes).Append(' ');
            }

            return text.Append("To see which, run: ").Append(testCommand).ToString();
        }

        private static IReadOnlyList<(string, bool, string)> Load()
        {
            using (var stream = typeof(TroubleshootingFacts).Assembly.GetManifestResourceStream(ResourceName))
            {
                if (stream == null)
                {
                    return new (string, bool, string)[0];
                }

                using (var reader = new StreamReader(stream, Encoding.UTF8))
                {
                    return Parse(reader.ReadToEnd());
                }
            }
        }

        /// <summary>The table's rows: a first cell `Code` or "message", a second cell of advice.</summary>
        internal static IReadOnlyList<(string Key, bool IsMessage, string Advice)> Parse(string markdown)
        {
            var rows = new List<(string, bool, string)>();
            foreach (var line in markdown.Replace("\r\n", "\n").Split('\n'))
            {
                var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
                if (cells.Length != 2 || cells[0].Length < 3)
                {
                    continue;
                }

                var key = cells[0];
                if (key[0] == '`' && key[key.Length - 1] == '`')
                {
                    rows.Add((key.Substring(1, key.Length - 2), false, cells[1]));
                }
                else if (key[0] == '"' && key[key.Length - 1] == '"')
                {
                    rows.Add((key.Substring(1, key.Length - 2), true, cells[1]));
                }
            }

            return rows;
        }
    }
}
