using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using ConnectMonitor.Engine.Completion;

namespace ConnectMonitor.Completion
{
    /// <summary>
    /// Tab completion from the instance: names read with the session the command line names (at most about 2 s, then
    /// nothing; remembered per session for a few minutes). Nothing is sent without an -InstanceId for names, and no error
    /// is ever written.
    /// </summary>
    public abstract class ConnectNameCompleter : IArgumentCompleter
    {
        /// <inheritdoc />
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            try
            {
                var query = CommandLineSession.Query(fakeBoundParameters, Kind, wordToComplete);
                return SessionCompletions.Current.Complete(query).Select(c => CompletionText.Result(c.Value, c.Label, c.Detail)).ToList();
            }
            catch (Exception)
            {
                // Completion offers what it can or nothing; it never reports a problem (the command, when run, will).
                return new CompletionResult[0];
            }
        }

        private protected abstract CompletionKind Kind { get; }
    }

    /// <summary>Tab completion for -UserName and -Agent: user login names in the instance (SearchUsers).</summary>
    public sealed class UserNameCompleter : ConnectNameCompleter
    {
        private protected override CompletionKind Kind => CompletionKind.User;
    }

    /// <summary>Tab completion for -Queue: queue names in the instance (SearchQueues).</summary>
    public sealed class QueueNameCompleter : ConnectNameCompleter
    {
        private protected override CompletionKind Kind => CompletionKind.Queue;
    }

    /// <summary>Tab completion for -RoutingProfile: routing profile names in the instance (SearchRoutingProfiles).</summary>
    public sealed class RoutingProfileNameCompleter : ConnectNameCompleter
    {
        private protected override CompletionKind Kind => CompletionKind.RoutingProfile;
    }

    /// <summary>Tab completion for -HierarchyGroup: user hierarchy group names in the instance (SearchUserHierarchyGroups).</summary>
    public sealed class HierarchyGroupNameCompleter : ConnectNameCompleter
    {
        private protected override CompletionKind Kind => CompletionKind.HierarchyGroup;
    }

    /// <summary>Tab completion for -InstanceId: the account's instances in the region, matched by alias or id (ListInstances).</summary>
    public sealed class InstanceCompleter : ConnectNameCompleter
    {
        private protected override CompletionKind Kind => CompletionKind.Instance;
    }
}
