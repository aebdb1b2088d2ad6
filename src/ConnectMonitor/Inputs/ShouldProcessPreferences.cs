using System.Management.Automation;

namespace ConnectMonitor.Inputs
{
    /// <summary>
    /// Whether ShouldProcess will show its text to the user in this pipeline (-WhatIf, -Confirm, or the preference
    /// variables), so text that costs something to build (the region and endpoint a call goes to) is built only then.
    /// </summary>
    internal static class ShouldProcessPreferences
    {
        public static bool WillShowText(PSCmdlet cmdlet, InvocationInfo invocation, ConfirmImpact impact) =>
            WhatIf(cmdlet, invocation) || Confirm(cmdlet, invocation, impact);

        /// <summary>Whether ShouldProcess will ask the user (-Confirm or $ConfirmPreference, and no -WhatIf).</summary>
        public static bool WillPrompt(PSCmdlet cmdlet, InvocationInfo invocation, ConfirmImpact impact) =>
            !WhatIf(cmdlet, invocation) && Confirm(cmdlet, invocation, impact);

        private static bool WhatIf(PSCmdlet cmdlet, InvocationInfo invocation) =>
            invocation.BoundParameters.TryGetValue("WhatIf", out var whatIf)
                ? LanguagePrimitives.IsTrue(whatIf is SwitchParameter w ? w.IsPresent : whatIf)
                : LanguagePrimitives.IsTrue(Unwrap(cmdlet.GetVariableValue("WhatIfPreference")));

        private static bool Confirm(PSCmdlet cmdlet, InvocationInfo invocation, ConfirmImpact impact)
        {
            if (invocation.BoundParameters.TryGetValue("Confirm", out var confirm))
            {
                return LanguagePrimitives.IsTrue(confirm is SwitchParameter c ? c.IsPresent : confirm);
            }

            return LanguagePrimitives.TryConvertTo(Unwrap(cmdlet.GetVariableValue("ConfirmPreference")), out ConfirmImpact preference)
                   && preference != ConfirmImpact.None && preference <= impact;
        }

        private static object Unwrap(object value) => value is PSObject wrapped ? wrapped.BaseObject : value;
    }
}
