using System.Management.Automation;

namespace ConnectMonitor.Inputs
{
    /// <summary>
    /// Whether ShouldProcess will show its text to the user in this pipeline (-WhatIf, -Confirm, or the preference
    /// variables), so text that costs something to build (the region and endpoint a call goes to) is built only then.
    /// </summary>
    internal static class ShouldProcessPreferences
    {
        public static bool WillShowText(PSCmdlet cmdlet, InvocationInfo invocation, ConfirmImpact impact)
        {
            if (invocation.BoundParameters.TryGetValue("WhatIf", out var whatIf))
            {
                if (LanguagePrimitives.IsTrue(whatIf is SwitchParameter w ? w.IsPresent : whatIf))
                {
                    return true;
                }
            }
            else if (LanguagePrimitives.IsTrue(Unwrap(cmdlet.GetVariableValue("WhatIfPreference"))))
            {
                return true;
            }

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
