using System;
using System.Management.Automation;
using ConnectMonitor.Errors;
using ConnectMonitor.Inputs;

namespace ConnectMonitor.Bulk
{
    /// <summary>What one input of Test-ConnectContactMonitor came to: a readiness object (or, with -Quiet, its Ready), an input error, or an engine exception.</summary>
    internal sealed class ReadinessOutcome : PipelineOutcome
    {
        private object _output;
        private ContactInput _input;

        public override object Output => _output;

        public override ErrorSubject Subject => _input?.Subject;

        public override bool SessionFromInput => _input.SessionFromInput;

        public override string InputRegion => _input.Target.ArnRegion;

        public static ReadinessOutcome Of(ContactMonitorReadiness result, bool quiet) =>
            new ReadinessOutcome { _output = quiet ? (object)result.Ready : result };

        public static ReadinessOutcome InvalidInput(ErrorRecord error) => new ReadinessOutcome { InputError = error };

        public static ReadinessOutcome Failed(Exception error, ContactInput input) => new ReadinessOutcome { Error = error, _input = input };
    }
}
