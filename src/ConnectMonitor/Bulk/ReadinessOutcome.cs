using System;
using System.Management.Automation;

namespace ConnectMonitor.Bulk
{
    /// <summary>What one input of Test-ConnectContactMonitor came to: a readiness object, an input error, or an engine exception.</summary>
    internal sealed class ReadinessOutcome
    {
        public ContactMonitorReadiness Result { get; private set; }

        public ErrorRecord InputError { get; private set; }

        public Exception Error { get; private set; }

        /// <summary>The input as the user gave it (the error's TargetObject).</summary>
        public object Target { get; private set; }

        public static ReadinessOutcome Of(ContactMonitorReadiness result) => new ReadinessOutcome { Result = result };

        public static ReadinessOutcome InvalidInput(ErrorRecord error) => new ReadinessOutcome { InputError = error };

        public static ReadinessOutcome Failed(Exception error, object target) => new ReadinessOutcome { Error = error, Target = target };
    }
}
