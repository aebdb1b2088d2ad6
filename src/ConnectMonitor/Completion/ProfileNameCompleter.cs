using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;
using ConnectMonitor.Engine.Sessions;

namespace ConnectMonitor.Completion
{
    /// <summary>Tab completion for -ProfileName: the profiles in the shared config and credentials files (or in -ProfileLocation).</summary>
    public sealed class ProfileNameCompleter : IArgumentCompleter
    {
        /// <inheritdoc />
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            string location = null;
            foreach (var name in new[] { "ProfileLocation", "AWSProfilesLocation", "ProfilesLocation" })
            {
                if (fakeBoundParameters != null && fakeBoundParameters.Contains(name))
                {
                    location = fakeBoundParameters[name]?.ToString();
                    break;
                }
            }

            return CompletionText.Matching(ProfileNames.List(location), wordToComplete, name => "AWS profile " + name);
        }
    }
}
