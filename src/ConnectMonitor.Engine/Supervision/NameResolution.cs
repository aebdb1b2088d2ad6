using System;
using System.Collections.Generic;
using System.Linq;

namespace ConnectMonitor.Engine.Supervision
{
    /// <summary>What one name came to: exactly one resource, none, or several.</summary>
    public sealed class NameResolution
    {
        private NameResolution(DirectoryResourceKind kind, string name, string instanceId, IReadOnlyList<DirectoryEntry> matches)
        {
            Kind = kind;
            Name = name;
            InstanceId = instanceId;
            Matches = matches;
        }

        /// <summary>The kind of resource named.</summary>
        public DirectoryResourceKind Kind { get; }

        /// <summary>The name as given.</summary>
        public string Name { get; }

        /// <summary>The instance it was looked up in.</summary>
        public string InstanceId { get; }

        /// <summary>Every resource whose name matches (exact case first; otherwise ignoring case).</summary>
        public IReadOnlyList<DirectoryEntry> Matches { get; }

        /// <summary>The one match, or null when there are none or several.</summary>
        public DirectoryEntry Single => Matches.Count == 1 ? Matches[0] : null;

        /// <summary>True when nothing matches.</summary>
        public bool NotFound => Matches.Count == 0;

        /// <summary>True when several resources match.</summary>
        public bool Ambiguous => Matches.Count > 1;

        /// <summary>
        /// Picks the matches of <paramref name="name"/> among <paramref name="found"/>: the entries with exactly that
        /// name, or, when there are none, those equal to it ignoring case (Amazon Connect's name search ignores case).
        /// </summary>
        public static NameResolution From(DirectoryResourceKind kind, string instanceId, string name, IEnumerable<DirectoryEntry> found)
        {
            var all = found.ToList();
            var exact = all.Where(e => string.Equals(e.Name, name, StringComparison.Ordinal)).ToList();
            var matches = exact.Count > 0 ? exact : all.Where(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();
            return new NameResolution(kind, name, instanceId, matches.GroupBy(e => e.Id, StringComparer.Ordinal).Select(g => g.First()).ToList());
        }

        /// <summary>A resolution for a value given as an id: used as is, nothing looked up.</summary>
        public static NameResolution ForId(DirectoryResourceKind kind, string instanceId, string id) =>
            new NameResolution(kind, id, instanceId, new[] { new DirectoryEntry(id, null, null) });

        /// <summary>
        /// A message for a name that matched nothing or several, saying how to find the right one; null when exactly one matched.
        /// </summary>
        public string Problem()
        {
            var what = Describe(Kind);
            if (NotFound)
            {
                return $"No {what} named '{Name}' in instance '{InstanceId}'. {HowToFind(Kind, InstanceId)}";
            }

            if (Ambiguous)
            {
                var list = string.Join("; ", Matches.Select(m => $"{m.Id} ('{m.Name}'{(string.IsNullOrEmpty(m.Detail) ? "" : ", " + m.Detail)})"));
                return $"The name '{Name}' matches {Matches.Count} {what}s in instance '{InstanceId}': {list}. {PassId(Kind)}";
            }

            return null;
        }

        /// <summary>The kind in words ("user", "queue", "routing profile", "user hierarchy group").</summary>
        public static string Describe(DirectoryResourceKind kind)
        {
            switch (kind)
            {
                case DirectoryResourceKind.User: return "user";
                case DirectoryResourceKind.Queue: return "queue";
                case DirectoryResourceKind.RoutingProfile: return "routing profile";
                default: return "user hierarchy group";
            }
        }

        private static string HowToFind(DirectoryResourceKind kind, string instanceId)
        {
            switch (kind)
            {
                case DirectoryResourceKind.User:
                    return "A user is named by the login name they sign in to the Contact Control Panel with (not the display name); " +
                           "names with the right spelling are listed in the Amazon Connect admin website under Users > User management, " +
                           $"or by 'aws connect search-users --instance-id {instanceId}'.";
                case DirectoryResourceKind.Queue:
                    return "Queue names are listed in the Amazon Connect admin website under Routing > Queues, " +
                           $"or by 'aws connect search-queues --instance-id {instanceId}'.";
                case DirectoryResourceKind.RoutingProfile:
                    return "Routing profile names are listed in the Amazon Connect admin website under Users > Routing profiles, " +
                           $"or by 'aws connect search-routing-profiles --instance-id {instanceId}'.";
                default:
                    return "Hierarchy group names are listed in the Amazon Connect admin website under Users > Agent hierarchy, " +
                           $"or by 'aws connect search-user-hierarchy-groups --instance-id {instanceId}'.";
            }
        }

        private static string PassId(DirectoryResourceKind kind) =>
            kind == DirectoryResourceKind.User
                ? "Pass the supervisor's id with -UserId, or the agent's id with -Agent, instead of the name."
                : "Pass the id of the one you mean instead of the name.";
    }
}
