using ConnectMonitor.Engine.Monitoring;
using ConnectMonitor.Engine.Sessions;
using ConnectMonitor.Errors;

namespace ConnectMonitor.Bulk
{
    /// <summary>One input's MonitorContact call, as the pipeline thread prepared it.</summary>
    internal sealed class PendingCall
    {
        public PendingCall(ConnectSession service, MonitorContactInput input, ErrorSubject subject, bool sessionFromInput)
        {
            SessionFromInput = sessionFromInput;
            Service = service;
            Input = input;
            Subject = subject;
        }

        public ConnectSession Service { get; }

        public MonitorContactInput Input { get; }

        /// <summary>The input as the user gave it: the error's TargetObject, so failed inputs can be piped in again.</summary>
        public object TargetObject => Subject.Target;

        /// <summary>What the call's error is about: the input as it came, the contact as given, the instance and user.</summary>
        public ErrorSubject Subject { get; }

        /// <summary>True when the input carried session parameters of its own (credentials, region, endpoint, profile):
        /// a configuration problem is then this input's alone, not a reason to stop the pipeline.</summary>
        public bool SessionFromInput { get; }
    }
}
