using System;
using System.Collections.Generic;
using System.Linq;
using Amazon;

namespace ConnectMonitor.Engine.Sessions
{
    /// <summary>The region names the AWS SDK knows, for validation and tab completion.</summary>
    public static class KnownRegions
    {
        private static readonly Lazy<string[]> Names = new Lazy<string[]>(() =>
            RegionEndpoint.EnumerableAllRegions.Select(r => r.SystemName).OrderBy(n => n, StringComparer.Ordinal).ToArray());

        /// <summary>All known region names, sorted.</summary>
        public static IReadOnlyList<string> All => Names.Value;

        /// <summary>True when <paramref name="name"/> is a known region name (case-sensitive, as AWS spells them).</summary>
        public static bool IsKnown(string name) => name != null && Array.BinarySearch(Names.Value, name, StringComparer.Ordinal) >= 0;
    }
}
