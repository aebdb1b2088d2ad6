using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ConnectMonitor.Errors
{
    /// <summary>The Test-ConnectContactMonitor command line that checks one Start-ConnectContactMonitor input.</summary>
    internal static class TestCommandLine
    {
        private static readonly Regex Bare = new Regex("^[A-Za-z0-9._:/@+=-]+$", RegexOptions.CultureInvariant);

        /// <summary>
        /// "Test-ConnectContactMonitor -InstanceId … -ContactId … -UserId … [-AllowedMonitorCapability …] [-Region …]",
        /// values quoted for PowerShell where they need it.
        /// </summary>
        public static string For(string contactId, string instanceId, string userId, IReadOnlyList<string> capabilities, string region)
        {
            var line = new StringBuilder("Test-ConnectContactMonitor");
            line.Append(" -InstanceId ").Append(Quote(instanceId)).Append(" -ContactId ").Append(Quote(contactId)).Append(" -UserId ").Append(Quote(userId));
            if (capabilities != null && capabilities.Count > 0)
            {
                line.Append(" -AllowedMonitorCapability ").Append(string.Join(",", capabilities.Select(Quote)));
            }

            if (!string.IsNullOrEmpty(region))
            {
                line.Append(" -Region ").Append(Quote(region));
            }

            return line.ToString();
        }

        private static string Quote(string value) => Bare.IsMatch(value ?? "") ? value : "'" + (value ?? "").Replace("'", "''") + "'";
    }
}
