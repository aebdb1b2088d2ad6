using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;
using ConnectMonitor.Engine.Sessions;

namespace ConnectMonitor.Completion
{
    /// <summary>Tab completion for -Region: the regions where Amazon Connect has an endpoint (and the AWS SDK knows).</summary>
    public sealed class RegionCompleter : IArgumentCompleter
    {
        /// <inheritdoc />
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters) =>
            CompletionText.Matching(ConnectRegions.All, wordToComplete, name => "Amazon Connect region " + name);
    }
}
