using System.Collections.Generic;
using System.Linq;

namespace ConnectMonitor
{
    /// <summary>
    /// Whether a supervisor can monitor a contact (or, without a contact, whether they can monitor at all in the
    /// instance), and if not, why. Written by <c>Test-ConnectContactMonitor</c> once per input.
    /// </summary>
    public sealed class ContactMonitorReadiness
    {
        /// <summary>Creates the readiness of one input.</summary>
        public ContactMonitorReadiness(string contactId, string instanceId, string region, string userId, string userName, string channel,
            IReadOnlyList<string> allowedMonitorCapabilities, IReadOnlyList<ReadinessCheck> checks)
        {
            ContactId = contactId;
            InstanceId = instanceId;
            Region = region;
            UserId = userId;
            UserName = userName;
            Channel = channel;
            AllowedMonitorCapabilities = new MonitorCapabilityList(allowedMonitorCapabilities);
            Checks = checks;
            FailedChecks = checks.Where(c => c.Status == ReadinessCheckStatus.Fail).Select(c => c.Name).ToArray();
        }

        /// <summary>The contact checked, or null when only the supervisor and instance were checked.</summary>
        public string ContactId { get; }

        /// <summary>The Amazon Connect instance id.</summary>
        public string InstanceId { get; }

        /// <summary>The AWS region the reads went to.</summary>
        public string Region { get; }

        /// <summary>The supervisor's user id (null when a -UserName matched no user or several).</summary>
        public string UserId { get; }

        /// <summary>The supervisor's login name, when known.</summary>
        public string UserName { get; }

        /// <summary>The contact's channel (VOICE, CHAT, ...), when known.</summary>
        public string Channel { get; }

        /// <summary>The capabilities checked for: SILENT_MONITOR and/or BARGE; empty for the service default (no barge).</summary>
        public MonitorCapabilityList AllowedMonitorCapabilities { get; }

        /// <summary>True when no check failed (Unknown and NotApplicable do not count as failures).</summary>
        public bool Ready => FailedChecks.Count == 0;

        /// <summary>The names of the failed checks, in check order.</summary>
        public IReadOnlyList<string> FailedChecks { get; }

        /// <summary>Every check, in a fixed order: SupervisorName, Contact, Permissions, CcpStatus, MonitoringSlot, EnhancedMonitoring, CallRecording.</summary>
        public IReadOnlyList<ReadinessCheck> Checks { get; }
    }
}
