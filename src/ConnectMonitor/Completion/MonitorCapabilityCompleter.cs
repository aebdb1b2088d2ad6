using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;
using ConnectMonitor.Inputs;

namespace ConnectMonitor.Completion
{
    /// <summary>Tab completion for -AllowedMonitorCapability: SILENT_MONITOR and BARGE.</summary>
    public sealed class MonitorCapabilityCompleter : IArgumentCompleter
    {
        /// <inheritdoc />
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters) =>
            CompletionText.Matching(MonitorCapabilities.Names, wordToComplete,
                name => name == "BARGE" ? "BARGE: the supervisor may join the conversation" : "SILENT_MONITOR: the supervisor listens");
    }
}
