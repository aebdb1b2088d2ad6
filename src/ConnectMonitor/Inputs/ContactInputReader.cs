using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ConnectMonitor.Commands;
using ConnectMonitor.Engine.Monitoring;
using ConnectMonitor.Errors;

namespace ConnectMonitor.Inputs
{
    /// <summary>
    /// Reads one pipeline input of Start-ConnectContactMonitor or Test-ConnectContactMonitor from the bound parameters:
    /// the piped object (an object without a contact property is an error for it), each contact (id or ARN) against
    /// -InstanceId and -Region, the row's values that the command line would override (<see cref="CommandLineOverrideCheck"/>),
    /// the capabilities, whether the input brought its own session, the input as it came for its errors' TargetObject,
    /// and Start's client token for each contact. Created in BeginProcessing, read in each ProcessRecord.
    /// </summary>
    internal sealed class ContactInputReader
    {
        private const string ClientTokenParameter = "ClientToken";
        private static readonly string[] NoCapabilities = new string[0];
        private static readonly string[] SessionParameterNames =
        {
            nameof(ConnectCmdletBase.Region), nameof(ConnectCmdletBase.EndpointUrl), nameof(ConnectCmdletBase.ProfileName),
            nameof(ConnectCmdletBase.ProfileLocation), nameof(ConnectCmdletBase.AccessKey), nameof(ConnectCmdletBase.SecretKey),
            nameof(ConnectCmdletBase.SessionToken), nameof(ConnectCmdletBase.Credential),
        };

        private readonly ContactInputCmdletBase _cmdlet;
        private readonly HashSet<string> _boundOnCommandLine;
        private readonly CommandLineOverrideCheck _overrideCheck;
        private readonly bool _deriveClientTokens;

        /// <summary>Takes what the command line bound (call from BeginProcessing, before any input arrives).</summary>
        public ContactInputReader(ContactInputCmdletBase cmdlet)
        {
            _cmdlet = cmdlet;
            var invocation = cmdlet.MyInvocation;
            _boundOnCommandLine = new HashSet<string>(invocation.BoundParameters.Keys, StringComparer.OrdinalIgnoreCase);
            _overrideCheck = CommandLineOverrideCheck.ForCommandLine(invocation);

            // Bound on the command line while contacts are piped in: one token would be reused by every contact.
            _deriveClientTokens = invocation.ExpectingInput && invocation.BoundParameters.ContainsKey(ClientTokenParameter);
        }

        /// <summary>
        /// The inputs the current pipeline record holds, in order: one error for a piped object that carries no contact,
        /// else one per contact (several on the command line are read as if piped one by one).
        /// </summary>
        public List<ContactInput> Read()
        {
            var contacts = _cmdlet.ContactId;
            var noContact = contacts == null || contacts.Length == 0;

            // A piped object must carry its contact; checked once per object, before its contacts are taken one by one.
            if (!_boundOnCommandLine.Contains(nameof(_cmdlet.ContactId)) || noContact)
            {
                var notAContact = PipelineContactObject.Problem(_cmdlet.InputObject, contacts?.Length == 1 ? contacts[0] : null)
                                  ?? (noContact && !_cmdlet.ContactOptional ? "No contact id was given." : null);
                if (notAContact != null)
                {
                    var subject = new ErrorSubject(_cmdlet.InputObject, null, _cmdlet.InstanceId, _cmdlet.CommandLineUserId);
                    return new List<ContactInput> { ContactInput.Invalid(ErrorRecordFactory.ForInvalidInput(ErrorIds.NoContactProperty, notAContact, subject)) };
                }
            }

            return (noContact ? new string[] { null } : contacts).Select(c => ReadContact(c, !noContact && contacts.Length > 1)).ToList();
        }

        private ContactInput ReadContact(string contactId, bool oneOfSeveral)
        {
            var instanceId = _cmdlet.InstanceId;
            if (contactId == null && string.IsNullOrEmpty(instanceId))
            {
                return ContactInput.Invalid(ErrorRecordFactory.ForInvalidInput(ErrorIds.MissingInstanceId,
                    "No instance: pass -InstanceId (with or without -ContactId), or give the contact as an ARN (which names its instance).",
                    new ErrorSubject(InputAsItCame(null), null, null, _cmdlet.CommandLineUserId)));
            }

            var target = ContactTarget.Resolve(contactId, instanceId, _cmdlet.Region, !string.IsNullOrEmpty(_cmdlet.EndpointUrl), out var errorId, out var error);
            var subject = new ErrorSubject(InputAsItCame(contactId) ?? instanceId, contactId, target?.InstanceId ?? instanceId, _cmdlet.CommandLineUserId);
            IReadOnlyList<CommandLineOverrideCheck.RowClaim> rowClaims = null;
            var inputError = target == null
                ? ErrorRecordFactory.ForInvalidInput(errorId, error, subject)
                : _overrideCheck.Check(_cmdlet.InputObject, subject, out rowClaims) ?? MonitorCapabilityCheck.Check(_cmdlet.AllowedMonitorCapability, subject);
            return inputError != null
                ? ContactInput.Invalid(inputError)
                : ContactInput.Valid(target, subject, NormalizeCapabilities(_cmdlet.AllowedMonitorCapability), rowClaims, SessionFromInput(), oneOfSeveral);
        }

        /// <summary>
        /// The ClientToken to send for <paramref name="input"/>: <paramref name="givenToken"/> as it is when it was piped in
        /// or given for a single contact; one derived per contact (from it, the contact, instance and user) when one
        /// command-line token would otherwise be reused by several contacts.
        /// </summary>
        public string ClientToken(ContactInput input, string givenToken, string userId) =>
            _deriveClientTokens || (input.OneOfSeveral && givenToken != null)
                ? ClientTokenDerivation.ForInput(givenToken, input.Target.InstanceId, input.Target.ContactId, userId)
                : givenToken;

        /// <summary>
        /// The input as it came, for its errors' TargetObject: the piped object (a CSV row, a live-contact object, with
        /// any properties added to it), a piped string or Guid as itself, or the contact as given on the command line.
        /// </summary>
        private object InputAsItCame(string contactId)
        {
            var piped = _cmdlet.InputObject;
            if (piped == null || _boundOnCommandLine.Contains(nameof(_cmdlet.ContactId)))
            {
                return contactId;
            }

            return piped.BaseObject is string || piped.BaseObject is ValueType ? piped.BaseObject : piped;
        }

        /// <summary>
        /// True when a session parameter (credentials, region, endpoint, profile) has a value from this pipeline input.
        /// Judged by value: PowerShell resets pipeline-bound parameters between inputs but leaves their names in
        /// BoundParameters.
        /// </summary>
        private bool SessionFromInput()
        {
            var c = _cmdlet;
            var values = new object[] { c.Region, c.EndpointUrl, c.ProfileName, c.ProfileLocation, c.AccessKey, c.SecretKey, c.SessionToken, c.Credential };
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] != null && !_boundOnCommandLine.Contains(SessionParameterNames[i]))
                {
                    return true;
                }
            }

            return false;
        }

        private static string[] NormalizeCapabilities(string[] capabilities) =>
            capabilities == null
                ? NoCapabilities
                : capabilities.Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToArray();
    }
}
