using System;
using System.Collections.Generic;
using System.Linq;

namespace ConnectMonitor.Engine.Sessions
{
    /// <summary>The profile names in the shared config and credentials files, for tab completion.</summary>
    public static class ProfileNames
    {
        /// <summary>
        /// Every profile name in the shared files (or in <paramref name="profileLocation"/>), sorted, without duplicates.
        /// Unreadable files give an empty list: completion must never fail.
        /// </summary>
        public static IReadOnlyList<string> List(string profileLocation = null)
        {
            try
            {
                return ProfileStores.Open(profileLocation).ListProfiles()
                    .Select(p => p.Name)
                    .Where(n => !string.IsNullOrEmpty(n))
                    .Distinct(StringComparer.Ordinal)
                    .OrderBy(n => n, StringComparer.Ordinal)
                    .ToArray();
            }
            catch (Exception)
            {
                return new string[0];
            }
        }
    }
}
