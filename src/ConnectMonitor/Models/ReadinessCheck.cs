namespace ConnectMonitor
{
    /// <summary>One check of a <see cref="ContactMonitorReadiness"/>: what was checked, how it came out, what was found and how to fix it.</summary>
    public sealed class ReadinessCheck
    {
        /// <summary>Creates a check.</summary>
        public ReadinessCheck(string name, ReadinessCheckStatus status, string found, string fix)
        {
            Name = name;
            Status = status;
            Found = found;
            Fix = fix;
        }

        /// <summary>
        /// The check: SupervisorName, Contact, Permissions, CcpStatus, MonitoringSlot, EnhancedMonitoring or CallRecording
        /// (always in that order).
        /// </summary>
        public string Name { get; }

        /// <summary>Pass, Fail, Unknown or NotApplicable.</summary>
        public ReadinessCheckStatus Status { get; }

        /// <summary>What was found, in words.</summary>
        public string Found { get; }

        /// <summary>The fix in one sentence; empty when there is nothing to fix.</summary>
        public string Fix { get; }

        /// <summary>"Name: Status".</summary>
        public override string ToString() => Name + ": " + Status;
    }
}
