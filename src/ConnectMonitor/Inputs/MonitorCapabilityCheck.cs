using System.Management.Automation;
using ConnectMonitor.Errors;

namespace ConnectMonitor.Inputs
{
    /// <summary>
    /// The per-contact half of -AllowedMonitorCapability's handling: the transformation attribute lets every value bind
    /// (so one bad CSV cell does not fail as a binding error about the whole row), and this check turns an unknown name
    /// into an error for that contact, with the input as it came as its target.
    /// </summary>
    internal static class MonitorCapabilityCheck
    {
        /// <summary>An ErrorRecord when <paramref name="capabilities"/> holds a name the service does not know, else null.</summary>
        public static ErrorRecord Check(string[] capabilities, ErrorSubject subject)
        {
            var unknown = MonitorCapabilities.Unknown(capabilities);
            return unknown.Count == 0
                ? null
                : ErrorRecordFactory.ForInvalidInput(ErrorIds.InvalidMonitorCapability, MonitorCapabilities.UnknownMessage(subject.ContactId, unknown), subject);
        }
    }
}
