using ConnectMonitor.Engine.Monitoring;

namespace ConnectMonitor.Bulk
{
    /// <summary>One input's MonitorContact call, as the pipeline thread prepared it.</summary>
    internal sealed class PendingCall
    {
        public PendingCall(ContactMonitorService service, MonitorContactInput input, object targetObject, bool sessionFromInput)
        {
            SessionFromInput = sessionFromInput;
            Service = service;
            Input = input;
            TargetObject = targetObject;
        }

        public ContactMonitorService Service { get; }

        public MonitorContactInput Input { get; }

        /// <summary>The input as the user gave it: the error's TargetObject, so failed inputs can be piped in again.</summary>
        public object TargetObject { get; }

        /// <summary>True when the input carried session parameters of its own (credentials, region, endpoint, profile):
        /// a configuration problem is then this input's alone, not a reason to stop the pipeline.</summary>
        public bool SessionFromInput { get; }
    }
}
