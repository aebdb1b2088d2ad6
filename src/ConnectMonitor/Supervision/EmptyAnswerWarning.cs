using System;
using System.Collections.Generic;
using System.Linq;
using ConnectMonitor.Engine.Supervision;

namespace ConnectMonitor.Supervision
{
    /// <summary>
    /// Why Get-ConnectLiveContact found no live contact, in one warning: the agents asked for who are absent from
    /// GetCurrentUserData (not logged in to the CCP), the contacts -State left out (ringing, after-contact work...) with
    /// the -State that shows them, or else who is logged in without a contact.
    /// </summary>
    internal static class EmptyAnswerWarning
    {
        private static readonly Dictionary<string, string> Meaning = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["CONNECTING"] = "ringing",
            ["INCOMING"] = "arriving",
            ["PENDING"] = "waiting to be offered",
            ["ENDED"] = "after-contact work",
        };

        /// <summary>
        /// The warning for a read that wrote nothing. <paramref name="agents"/>: for an -Agent filter, each agent's user id
        /// with the value as given; null for the other filters.
        /// </summary>
        public static string For(LiveContactReader read, IReadOnlyList<KeyValuePair<string, string>> agents, string scope)
        {
            var parts = new List<string>();
            var absent = agents?.Where(a => !read.AgentsSeen.Contains(a.Key)).Select(a => "'" + a.Value + "'").Distinct().ToList() ?? new List<string>();
            if (absent.Count > 0)
            {
                parts.Add($"{(absent.Count == 1 ? "agent " : "agents ")}{string.Join(", ", absent)} {(absent.Count == 1 ? "is" : "are")} not logged in to the Contact Control Panel (absent from GetCurrentUserData)");
            }

            var leftOut = read.LeftOutByState.Where(s => s.Value > 0).OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
            if (leftOut.Count > 0)
            {
                var count = leftOut.Sum(s => s.Value);
                var states = string.Join(", ", leftOut.Select(s => $"{s.Value} {s.Key}" + (Meaning.TryGetValue(s.Key, out var m) ? $" ({m})" : "")));
                parts.Add($"{count} contact{(count == 1 ? " is" : "s are")} in a state -State leaves out ({string.Join(", ", read.States)}): {states}; " +
                          $"-State {string.Join(", ", read.States.Concat(leftOut.Select(s => s.Key)))} shows {(count == 1 ? "it" : "them")}");
            }

            if (parts.Count == 0)
            {
                var seen = read.AgentsSeen.Count;
                parts.Add(seen == 0 ? "no agent is logged in" : $"{seen} agent{(seen == 1 ? " is" : "s are")} logged in, none on a contact these filters keep");
            }

            return $"No live contacts {scope}: {string.Join("; ", parts)}.";
        }
    }
}
