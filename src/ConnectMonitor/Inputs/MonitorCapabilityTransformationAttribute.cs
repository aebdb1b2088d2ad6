using System.Collections.Generic;
using System.Management.Automation;

namespace ConnectMonitor.Inputs
{
    /// <summary>
    /// Lets -AllowedMonitorCapability take what runbooks have: an array (SILENT_MONITOR, BARGE), one string with
    /// separators as a CSV cell holds it ("SILENT_MONITOR,BARGE", "SILENT_MONITOR BARGE", "barge;silent_monitor"), an
    /// empty cell (the service default), or the AllowedMonitorCapabilities of a result piped back in. Known names come
    /// out upper-case without duplicates; an unknown name passes through unchanged, so that the cmdlet reports it as
    /// an error for that contact (naming the contact and the fix) instead of PowerShell rejecting the whole row.
    /// </summary>
    public sealed class MonitorCapabilityTransformationAttribute : ArgumentTransformationAttribute
    {
        /// <summary>The names the service accepts (shown by Get-Help as the parameter's valid values).</summary>
        public IReadOnlyList<string> ValidValues => MonitorCapabilities.Names;

        /// <inheritdoc />
        public override object Transform(EngineIntrinsics engineIntrinsics, object inputData) => MonitorCapabilities.Tokens(inputData);
    }
}
