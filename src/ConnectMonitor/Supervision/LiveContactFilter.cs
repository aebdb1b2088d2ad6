using System;
using System.Collections.Generic;
using System.Management.Automation;
using ConnectMonitor.Engine.Arns;
using ConnectMonitor.Engine.Supervision;
using ConnectMonitor.Errors;

namespace ConnectMonitor.Supervision
{
    /// <summary>
    /// Get-ConnectLiveContact's filter values before any lookup: a value that starts like an ARN must be an ARN of the
    /// filter's resource kind in the same instance (<see cref="ResourceArn"/>); the others are names or ids. The
    /// wire-text rules (trimmed, 1-100 code points, no control characters) are the parameters' own attributes.
    /// </summary>
    internal static class LiveContactFilter
    {
        /// <summary>The values that can be looked up; an error record for each ARN that cannot.</summary>
        public static List<string> Usable(DirectoryResourceKind kind, string parameter, IReadOnlyList<string> values, string instanceId, List<ErrorRecord> errors)
        {
            var usable = new List<string>();
            foreach (var value in values)
            {
                if (!ContactArn.LooksLikeArn(value))
                {
                    usable.Add(value);
                    continue;
                }

                var arn = ResourceArn.Parse(value, kind, out var problem);
                if (arn == null)
                {
                    errors.Add(ErrorRecordFactory.ForInvalidInput(ErrorIds.InvalidResourceArn,
                        $"The -{parameter} value '{value}' {problem}. Nothing is sent for it.", value));
                }
                else if (!string.Equals(arn.InstanceId, instanceId, StringComparison.Ordinal))
                {
                    errors.Add(ErrorRecordFactory.ForInvalidInput(ErrorIds.InstanceIdConflict,
                        $"The -{parameter} value '{value}' names instance '{arn.InstanceId}', not -InstanceId '{instanceId}'. Nothing is sent for it.", value));
                }
                else
                {
                    usable.Add(value);
                }
            }

            return usable;
        }
    }
}
