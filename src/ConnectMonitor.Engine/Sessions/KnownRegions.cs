using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Amazon;

namespace ConnectMonitor.Engine.Sessions
{
    /// <summary>The region names the AWS SDK knows, for validation and tab completion.</summary>
    internal static class KnownRegions
    {
        // Real regions are area-direction-number (us-east-1, eusc-de-east-1); the SDK also lists endpoint variants such as
        // us-east-1-regional, which are not regions anyone should pass to -Region.
        private static readonly Regex RegionShape = new Regex("^[a-z]+(-[a-z]+)+-[0-9]+$", RegexOptions.CultureInvariant);

        private static readonly Lazy<string[]> Names = new Lazy<string[]>(() =>
            RegionEndpoint.EnumerableAllRegions.Select(r => r.SystemName)
                .Where(n => RegionShape.IsMatch(n))
                .Distinct(StringComparer.Ordinal)
                .OrderBy(n => n, StringComparer.Ordinal).ToArray());

        /// <summary>All known region names, sorted.</summary>
        public static IReadOnlyList<string> All => Names.Value;

        /// <summary>True when <paramref name="name"/> is a known region name (case-sensitive, as AWS spells them).</summary>
        public static bool IsKnown(string name) => name != null && Array.BinarySearch(Names.Value, name, StringComparer.Ordinal) >= 0;

        /// <summary>
        /// What to tell someone who typed <paramref name="name"/>: "Did you mean us-east-1 or us-west-1?" for a near miss
        /// (at most two edits, or another case), else the list of valid names.
        /// </summary>
        public static string Suggestion(string name)
        {
            var typed = (name ?? "").Trim().ToLowerInvariant();
            var near = Names.Value
                .Select(n => new { Name = n, Distance = Distance(typed, n) })
                .Where(c => c.Distance <= 2)
                .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
                .Take(3)
                .Select(c => c.Name)
                .ToList();
            return near.Count > 0
                ? "Did you mean " + string.Join(" or ", near) + "?"
                : "Valid names: " + string.Join(", ", Names.Value) + ".";
        }

        private static int Distance(string a, string b)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                }

                var swap = previous;
                previous = current;
                current = swap;
            }

            return previous[b.Length];
        }
    }
}
