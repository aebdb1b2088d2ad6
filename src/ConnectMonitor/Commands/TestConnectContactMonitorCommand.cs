using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using ConnectMonitor.Bulk;
using ConnectMonitor.Completion;
using ConnectMonitor.Engine.Errors;
using ConnectMonitor.Engine.Monitoring;
using ConnectMonitor.Engine.Readiness;
using ConnectMonitor.Errors;
using ConnectMonitor.Inputs;

namespace ConnectMonitor.Commands
{
    /// <summary>
    /// <para type="synopsis">Tests whether a supervisor can monitor (or barge into) an Amazon Connect contact, and if not, says why.</para>
    /// <para type="description">Takes the same inputs as Start-ConnectContactMonitor and sends nothing but reads: DescribeContact
    /// (the contact is live, has an agent, is voice or chat, is not itself a monitoring session), DescribeInstanceAttribute
    /// (enhanced monitoring for barge), DescribeUser and ListSecurityProfilePermissions (the supervisor's security profiles
    /// grant BasicAgentAccess, ManagerListenIn and, for BARGE, ManagerBargeIn), and GetCurrentUserData (the supervisor is
    /// logged in to the Contact Control Panel, not Offline, not already monitoring a voice contact). Writes one
    /// ConnectMonitor.ContactMonitorReadiness per input: Ready, the failed checks, and every check with what was found and the
    /// fix. A read the caller may not make makes its check Unknown, naming the IAM action. Without -ContactId the supervisor
    /// and instance are checked alone. Each read is made once per pipeline (per instance, supervisor, security profile and
    /// contact), paced and retried like Start-ConnectContactMonitor's lookups.</para>
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "ConnectContactMonitor", HelpUri = HelpLinks.TestConnectContactMonitor, DefaultParameterSetName = ByUserId)]
    [OutputType(typeof(ContactMonitorReadiness), typeof(bool))]
    public sealed class TestConnectContactMonitorCommand : ConnectCmdletBase, IDisposable
    {
        private const string ByUserId = "ByUserId";
        private const string ByUserName = "ByUserName";

        private readonly Dictionary<ContactMonitorService, ReadinessChecker> _checkers = new Dictionary<ContactMonitorService, ReadinessChecker>();
        private readonly NameLookup _names = new NameLookup();
        private ContactMonitorServiceCache _services;
        private OrderedCallQueue<ReadinessOutcome> _calls;
        private HashSet<string> _boundOnCommandLine;

        /// <summary>
        /// <para type="description">The contacts to check: contact ids or contact ARNs, as Start-ConnectContactMonitor takes them
        /// (by value, or from a ContactArn, Arn, Id or ContactId property). Optional: without it, the supervisor and the instance
        /// are checked alone ("can this supervisor barge at all here?").</para>
        /// </summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ContactArn", "Arn", "Id")]
        [TrimWireText]
        [AllowNull]
        [ValidateWireText(1, 256, ArnAllowed = true)]
        public string[] ContactId { get; set; }

        /// <summary>
        /// <para type="description">The piped object itself (hidden): an object without a contact property is an error for that
        /// object (NoContactProperty), as in Start-ConnectContactMonitor.</para>
        /// </summary>
        [Parameter(ValueFromPipeline = true, DontShow = true)]
        public PSObject InputObject { get; set; }

        /// <summary>
        /// <para type="description">The Amazon Connect instance: its id or its instance ARN. Required unless the contact is given
        /// as a contact ARN.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [TrimWireText]
        [ValidateNotNullOrEmpty]
        [ValidateWireText(1, 100, ArnAllowed = true)]
        public string InstanceId { get; set; }

        /// <summary>
        /// <para type="description">The user id (a GUID) of the supervisor to check.</para>
        /// </summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ByUserId)]
        [TrimWireText]
        [ValidateNotNullOrEmpty]
        [ValidateWireText(1, 256)]
        public string UserId { get; set; }

        /// <summary>
        /// <para type="description">The login name of the supervisor to check (e.g. jane.supervisor), instead of -UserId. A name
        /// that matches no user, or several, is a failed SupervisorName check that says how to find the right one.</para>
        /// </summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ByUserName)]
        [TrimWireText]
        [ValidateNotNullOrEmpty]
        [ValidateWireText(1, 100)]
        public string UserName { get; set; }

        /// <summary>
        /// <para type="description">What the supervisor would do: SILENT_MONITOR, BARGE, or both (as Start-ConnectContactMonitor
        /// takes them). BARGE adds the ManagerBargeIn permission and the instance's enhanced monitoring to the checks.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("AllowedMonitorCapabilities")]
        [MonitorCapabilityTransformation]
        [ArgumentCompleter(typeof(MonitorCapabilityCompleter))]
        public string[] AllowedMonitorCapability { get; set; }

        /// <summary>
        /// <para type="description">How many inputs are checked at once (1-64, default 1). Output keeps input order whatever the value.</para>
        /// </summary>
        [Parameter]
        [ValidateRange(1, 64)]
        [PSDefaultValue(Value = 1)]
        public int ThrottleLimit { get; set; } = 1;

        /// <summary>
        /// <para type="description">Writes only $true (no check failed) or $false per input, as Test-Path and Test-Connection do.</para>
        /// </summary>
        [Parameter]
        public SwitchParameter Quiet { get; set; }

        /// <inheritdoc />
        protected override void BeginProcessing()
        {
            _services = new ContactMonitorServiceCache(PipelineOptions());
            _calls = new OrderedCallQueue<ReadinessOutcome>(ThrottleLimit);
            _boundOnCommandLine = new HashSet<string>(MyInvocation.BoundParameters.Keys, StringComparer.OrdinalIgnoreCase);
        }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            if (MyInvocation.ExpectingInput && InputObject != null && !_boundOnCommandLine.Contains(nameof(ContactId)))
            {
                var notAContact = PipelineContactObject.Problem(InputObject, ContactId?.Length == 1 ? ContactId[0] : null);
                if (notAContact != null)
                {
                    WriteOutcomes(_calls.AddCompleted(ReadinessOutcome.InvalidInput(ErrorRecordFactory.ForInvalidInput(ErrorIds.NoContactProperty, notAContact, InputObject))));
                    return;
                }
            }

            foreach (var contact in ContactId == null || ContactId.Length == 0 ? new string[] { null } : ContactId)
            {
                ProcessInput(contact);
            }
        }

        private void ProcessInput(string contactId)
        {
            object target = (object)contactId ?? InstanceId;
            var error = InputError(contactId, out var resolved);
            if (error != null)
            {
                WriteOutcomes(_calls.AddCompleted(ReadinessOutcome.InvalidInput(error)));
                return;
            }

            var service = _services.For(CurrentSessionSettings());
            var checker = CheckerFor(service);
            var capabilities = AllowedMonitorCapability == null
                ? new string[0]
                : AllowedMonitorCapability.Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToArray();
            var input = new ReadinessInput
            {
                InstanceId = resolved.InstanceId,
                Region = resolved.ArnRegion,
                ContactId = resolved.ContactId,
                UserId = ParameterSetName == ByUserName ? null : UserId,
                UserName = ParameterSetName == ByUserName ? UserName : null,
                Capabilities = capabilities,
            };
            WriteOutcomes(_calls.Add(
                async cancellation => ReadinessOutcome.Of(ToOutput(await checker.CheckAsync(input, cancellation).ConfigureAwait(false))),
                failure => ReadinessOutcome.Failed(failure, target)));
        }

        /// <summary>The input's contact, instance and region, or an error for it (nothing is read for it).</summary>
        private ErrorRecord InputError(string contactId, out ContactTarget resolved)
        {
            resolved = null;
            if (contactId == null && string.IsNullOrEmpty(InstanceId))
            {
                return ErrorRecordFactory.ForInvalidInput(ErrorIds.MissingInstanceId,
                    "No instance: pass -InstanceId (with or without -ContactId), or give the contact as an ARN (which names its instance).", null);
            }

            resolved = ContactTarget.Resolve(contactId, InstanceId, Region, !string.IsNullOrEmpty(EndpointUrl), out var errorId, out var error);
            return resolved == null
                ? ErrorRecordFactory.ForInvalidInput(errorId, error, (object)contactId ?? InstanceId)
                : MonitorCapabilityCheck.Check(AllowedMonitorCapability, new ErrorSubject((object)contactId ?? InstanceId, contactId, resolved.InstanceId, UserId));
        }

        private ReadinessChecker CheckerFor(ContactMonitorService service)
        {
            if (!_checkers.TryGetValue(service, out var checker))
            {
                checker = ReadinessChecker.ForLookups(_names.For(service));
                _checkers.Add(service, checker);
            }

            return checker;
        }

        private static ContactMonitorReadiness ToOutput(ReadinessReport report) =>
            new ContactMonitorReadiness(report.Input.ContactId, report.Input.InstanceId, report.Region, report.UserId, report.UserName, report.Channel,
                report.Input.Capabilities,
                report.Checks.Select(c => new ReadinessCheck(c.Name, (ReadinessCheckStatus)(int)c.Status, c.Found, c.Fix ?? "")).ToList());

        /// <inheritdoc />
        protected override void EndProcessing()
        {
            WriteOutcomes(_calls.Drain());
            foreach (var checker in _checkers.Values)
            {
                WriteVerbose($"{checker.RequestsSent} read request{(checker.RequestsSent == 1 ? "" : "s")} sent (each read once per pipeline; name searches not counted).");
            }
        }

        /// <inheritdoc />
        protected override void StopProcessing() => _calls?.Cancel();

        /// <summary>Cancels whatever is still in flight and releases the service clients this pipeline created.</summary>
        public void Dispose()
        {
            _calls?.Dispose();
            _services?.Dispose();
        }

        private void WriteOutcomes(IEnumerable<ReadinessOutcome> outcomes)
        {
            try
            {
                foreach (var outcome in outcomes)
                {
                    Write(outcome);
                }
            }
            catch (OperationCanceledException) when (_calls.IsCancelled)
            {
                throw new PipelineStoppedException();
            }
        }

        private void Write(ReadinessOutcome outcome)
        {
            if (outcome.Result != null)
            {
                WriteObject(Quiet ? (object)outcome.Result.Ready : outcome.Result);
                return;
            }

            switch (outcome.Error)
            {
                case null:
                    WriteError(outcome.InputError);
                    return;
                case ConnectConfigurationException configuration:
                    // No credentials, no region, a missing profile: nothing further in this pipeline can work.
                    ThrowTerminatingError(ErrorRecordFactory.ForConfiguration(configuration, outcome.Target));
                    return;
                case OperationCanceledException _ when _calls.IsCancelled:
                    throw new PipelineStoppedException();
                case PipelineStoppedException _:
                    ExceptionDispatchInfo.Capture(outcome.Error).Throw();
                    return;
                case ConnectServiceException service:
                    WriteError(ErrorRecordFactory.ForServiceFailure(service, outcome.Target));
                    return;
                default:
                    WriteError(ErrorRecordFactory.ForUnexpected(outcome.Error, outcome.Target));
                    return;
            }
        }
    }
}
