using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;
using ConnectMonitor.Engine.Completion;

namespace ConnectMonitor.Completion
{
    /// <summary>One <see cref="NameCompletion"/> (and so one cache) per PowerShell session, created on the first completion.</summary>
    internal static class SessionCompletions
    {
        private static readonly ConditionalWeakTable<object, NameCompletion> BySession = new ConditionalWeakTable<object, NameCompletion>();
        private static readonly object NoRunspace = new object();

        public static NameCompletion Current => BySession.GetValue(Runspace.DefaultRunspace ?? NoRunspace, _ => new NameCompletion());
    }
}
