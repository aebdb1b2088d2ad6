using System.Collections.Generic;
using System.Management.Automation;
using ConnectMonitor.Errors;

namespace ConnectMonitor.Inputs
{
    /// <summary>
    /// One pipeline input as <see cref="ContactInputReader"/> read it: either an error (nothing is sent for it) or the
    /// contact, instance and region it names, with the capabilities asked and what its errors are about.
    /// </summary>
    internal sealed class ContactInput
    {
        private ContactInput()
        {
        }

        /// <summary>Why nothing can be sent for this input, or null.</summary>
        public ErrorRecord Error { get; private set; }

        /// <summary>The contact (null when the cmdlet takes none and none was given), instance and ARN region.</summary>
        public ContactTarget Target { get; private set; }

        /// <summary>What this input's errors are about: the input as it came, the contact, instance and supervisor.</summary>
        public ErrorSubject Subject { get; private set; }

        /// <summary>SILENT_MONITOR and/or BARGE, upper case, each once; empty for the service default.</summary>
        public string[] Capabilities { get; private set; }

        /// <summary>The row's supervisor values that can only be compared with the command line by user id.</summary>
        public IReadOnlyList<CommandLineOverrideCheck.RowClaim> RowClaims { get; private set; }

        /// <summary>True when the input carried session parameters of its own (credentials, region, endpoint, profile).</summary>
        public bool SessionFromInput { get; private set; }

        /// <summary>True when this contact is one of several given on the command line at once.</summary>
        public bool OneOfSeveral { get; private set; }

        public static ContactInput Invalid(ErrorRecord error) => new ContactInput { Error = error };

        public static ContactInput Valid(ContactTarget target, ErrorSubject subject, string[] capabilities,
            IReadOnlyList<CommandLineOverrideCheck.RowClaim> rowClaims, bool sessionFromInput, bool oneOfSeveral) =>
            new ContactInput
            {
                Target = target,
                Subject = subject,
                Capabilities = capabilities,
                RowClaims = rowClaims,
                SessionFromInput = sessionFromInput,
                OneOfSeveral = oneOfSeveral,
            };
    }
}
