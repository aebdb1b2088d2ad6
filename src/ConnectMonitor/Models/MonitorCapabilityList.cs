using System.Collections;
using System.Collections.Generic;

namespace ConnectMonitor
{
    /// <summary>
    /// The monitor capabilities of a started session (SILENT_MONITOR, BARGE; empty when the service default applied).
    /// A list like any other in PowerShell; as text (Export-Csv, "$result", -join) it is "SILENT_MONITOR,BARGE", the
    /// form -AllowedMonitorCapability takes back from a CSV cell.
    /// </summary>
    public sealed class MonitorCapabilityList : IReadOnlyList<string>
    {
        private readonly string[] _names;

        /// <summary>Creates the list.</summary>
        public MonitorCapabilityList(IEnumerable<string> names)
        {
            _names = names == null ? new string[0] : new List<string>(names).ToArray();
        }

        /// <inheritdoc />
        public int Count => _names.Length;

        /// <inheritdoc />
        public string this[int index] => _names[index];

        /// <inheritdoc />
        public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_names).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => _names.GetEnumerator();

        /// <summary>The names joined by commas, e.g. "SILENT_MONITOR,BARGE"; empty for the service default.</summary>
        public override string ToString() => string.Join(",", _names);
    }
}
