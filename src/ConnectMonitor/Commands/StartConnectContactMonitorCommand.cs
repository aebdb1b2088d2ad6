using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Runtime.ExceptionServices;
using ConnectMonitor.Bulk;
using ConnectMonitor.Engine.Errors;
using ConnectMonitor.Engine.Monitoring;
using ConnectMonitor.Engine.Sessions;
using ConnectMonitor.Completion;
using ConnectMonitor.Errors;
using ConnectMonitor.Inputs;

namespace ConnectMonitor.Commands
{
    /// <summary>
    /// <para type="synopsis">Starts silent monitoring (and optionally barge) of a live Amazon Connect contact for a supervisor.</para>
    /// <para type="description">Calls the Amazon Connect MonitorContact API once per contact. Contacts can be piped in as ids,
    /// as contact ARNs, or as objects with ContactArn/Arn/Id/ContactId, InstanceId and UserId properties. A failure for one
    /// contact is written as a non-terminating error and the pipeline goes on with the next.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Start, "ConnectContactMonitor",
        HelpUri = HelpLinks.StartConnectContactMonitor,
        DefaultParameterSetName = ByUserId,
        SupportsShouldProcess = true,
        ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ContactMonitorResult))]
    public sealed class StartConnectContactMonitorCommand : ConnectCmdletBase, IDisposable
    {
        private const string ByUserId = "ByUserId";
        private const string ByUserName = "ByUserName";
        private const int ProgressActivityId = 1;
        private const string ProgressActivity = "Start-ConnectContactMonitor";
        private static readonly string[] NoCapabilities = new string[0];
        private static readonly string[] SessionParameterNames =
        {
            nameof(Region), nameof(EndpointUrl), nameof(ProfileName), nameof(ProfileLocation), nameof(AccessKey), nameof(SecretKey), nameof(SessionToken), nameof(Credential),
        };

        private readonly SupervisorUserNames _supervisorNames = new SupervisorUserNames();
        private readonly ProgressGate _progress = new ProgressGate(TimeSpan.FromMilliseconds(250));
        private readonly HashSet<ContactMonitorService> _credentialSourceWritten = new HashSet<ContactMonitorService>();
        private MonitorContactOptions _options;
        private ContactMonitorServiceCache _services;
        private OrderedCallQueue<ItemOutcome> _calls;
        private bool _deriveClientTokens;
        private HashSet<string> _boundOnCommandLine;
        private bool _verboseWanted;
        private int _inputsSeen;
        private int _started;
        private int _failed;
        private int _declined;
        private CommandLineOverrideCheck _overrideCheck;
        private bool _showDestination;
        private bool _prompting;

        /// <summary>
        /// <para type="description">The contacts to monitor: contact ids or contact ARNs (an ARN also names the instance and
        /// region; an explicit -InstanceId or -Region that disagrees is an error). Several on the command line
        /// (-ContactId c1, c2) or one per piped item. Binds from the pipeline by value and from a ContactArn, Arn, Id or
        /// ContactId property; when an object has both an ARN and an Id, the ARN is used, so objects from
        /// Search-CONNContact pipe straight in.</para>
        /// </summary>
        // Alias order matters: PowerShell binds the first alias the piped object has, and the ARN carries the most.
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ContactArn", "Arn", "Id")]
        [TrimWireText]
        // AllowNull, no ValidateNotNullOrEmpty: an object whose contact property is empty binds null and gets
        // NoContactProperty (as a string parameter did); empty values and elements are rejected by ValidateWireText.
        [AllowNull]
        [ValidateWireText(1, 256, ArnAllowed = true)]
        public string[] ContactId { get; set; }

        /// <summary>
        /// <para type="description">The piped object itself, as it came (hidden, not for use on the command line): it tells a
        /// contact id or an object with a contact property from an object whose text PowerShell would otherwise bind to
        /// -ContactId (a piped object without a contact property is an error for that object), and its properties are
        /// compared with the values given on the command line, so that a row whose own UserId, InstanceId or other value
        /// the command line would silently override is an error for that contact (PipelineValueConflict).</para>
        /// </summary>
        [Parameter(ValueFromPipeline = true, DontShow = true)]
        public PSObject InputObject { get; set; }

        /// <summary>
        /// <para type="description">The Amazon Connect instance: its id, or its instance ARN
        /// (arn:aws:connect:REGION:ACCOUNT:instance/ID, which also names the region). Required unless the contact is given
        /// as a contact ARN. Given on the command line while objects with their own InstanceId are piped in, a row whose
        /// value differs is an error for that contact (PowerShell would otherwise use the command-line value for every
        /// row).</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [TrimWireText]
        [ValidateNotNullOrEmpty]
        [ValidateWireText(1, 100, ArnAllowed = true)]
        [ArgumentCompleter(typeof(InstanceCompleter))]
        public string InstanceId { get; set; }

        /// <summary>
        /// <para type="description">The user id (a GUID, not the login name) of the supervisor whose Contact Control Panel
        /// (CCP) will monitor the contact; Get-CONNUserList or "aws connect list-users" show it. Given on the command line
        /// while objects with their own UserId (or UserName) are piped in, a row that names another user is an error for
        /// that contact and nothing is sent for it: PowerShell binds a command-line value to every row, so to use each
        /// row's own UserId, leave -UserId off.</para>
        /// </summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ByUserId)]
        [TrimWireText]
        [ValidateNotNullOrEmpty]
        [ValidateWireText(1, 256)]
        public string UserId { get; set; }

        /// <summary>
        /// <para type="description">The login name of the supervisor who will monitor (e.g. jane.supervisor), instead of -UserId.
        /// It is looked up once per instance for the whole pipeline (Amazon Connect SearchUsers), not once per contact. A name
        /// that matches no user, or several, is an error for each contact (NameNotFound, AmbiguousName) that says how to find
        /// the right name. Given on the command line while objects with their own UserId or UserName are piped in, a row
        /// that names another user is an error for that contact (PipelineValueConflict) and nothing is sent for it.</para>
        /// </summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ByUserName)]
        [TrimWireText]
        [ValidateNotNullOrEmpty]
        [ValidateWireText(1, 100)]
        [ArgumentCompleter(typeof(UserNameCompleter))]
        public string UserName { get; set; }

        /// <summary>
        /// <para type="description">What the supervisor may do: SILENT_MONITOR, BARGE, or both (case-insensitive). BARGE is
        /// required for the supervisor to join the conversation. From a CSV cell, "SILENT_MONITOR,BARGE" (or separated by
        /// spaces or semicolons) gives both, and an empty cell the service default, as does leaving the parameter off. A
        /// result's AllowedMonitorCapabilities binds back as it is. Any other name is an error for that contact
        /// (InvalidMonitorCapability) and nothing is sent for it.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("AllowedMonitorCapabilities")]
        [MonitorCapabilityTransformation]
        [ArgumentCompleter(typeof(MonitorCapabilityCompleter))]
        public string[] AllowedMonitorCapability { get; set; }

        /// <summary>
        /// <para type="description">An idempotency token of up to 500 characters. When omitted, a new one is generated for each
        /// contact and reused by every retry of that contact's request. Given on the command line for piped contacts, it is
        /// not sent as is (the service would reject every contact but the first): each contact gets a token derived from
        /// it, the contact, instance and user ("{token}-{32 hex chars}"), so running the same pipeline again with the same
        /// token is idempotent per contact. A token piped in as a property, or given for a single contact, is sent as is.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [TrimWireText]
        [ValidateNotNullOrEmpty]
        [ValidateWireText(1, 500)]
        public string ClientToken { get; set; }

        /// <summary>
        /// <para type="description">How many MonitorContact calls may be in flight at once (1-64, default 1: one after the
        /// other). Output keeps input order whatever the value: results and errors are written in the order the contacts
        /// came in, as soon as every earlier contact is done.</para>
        /// </summary>
        [Parameter]
        [ValidateRange(1, 64)]
        [PSDefaultValue(Value = 1)]
        public int ThrottleLimit { get; set; } = 1;

        /// <summary>
        /// <para type="description">Pins the requests per second this pipeline sends, retries included (for example a share
        /// of the account's quota when other tools use it too); 0 turns client-side pacing off (throttled calls are then
        /// retried with the AWS SDKs' exponential back-off). When omitted, the pipeline finds the rate the service allows:
        /// it sends freely until the service throttles, then keeps just under the quota, backing off when throttled and
        /// probing upward while it is not.</para>
        /// </summary>
        [Parameter]
        [ValidateRequestRate]
        [PSDefaultValue(Help = "none: adaptive, finds the rate the service allows")]
        public double MaxRequestsPerSecond { get; set; }

        /// <summary>
        /// <para type="description">How many requests may go at once before pacing starts (default 5, the quota's
        /// default burst); with -MaxRequestsPerSecond omitted, the most the found rate lets go at once.</para>
        /// </summary>
        [Parameter]
        [ValidateRange(1, 10000)]
        [PSDefaultValue(Value = 5)]
        public int Burst { get; set; } = 5;


        /// <inheritdoc />
        protected override void BeginProcessing()
        {
            var pinnedRate = MyInvocation.BoundParameters.ContainsKey(nameof(MaxRequestsPerSecond)) ? MaxRequestsPerSecond : (double?)null;
            _options = PipelineOptions(pinnedRate, Burst);
            _services = new ContactMonitorServiceCache(_options);
            _calls = new OrderedCallQueue<ItemOutcome>(ThrottleLimit);

            // Bound on the command line while contacts are piped in: one token would be reused by every contact.
            _deriveClientTokens = MyInvocation.ExpectingInput && MyInvocation.BoundParameters.ContainsKey(nameof(ClientToken));
            _verboseWanted = VerboseStreamWanted();
            _overrideCheck = CommandLineOverrideCheck.ForCommandLine(MyInvocation);
            _showDestination = ShouldProcessPreferences.WillShowText(this, MyInvocation, ConfirmImpact.Medium);
            _prompting = ShouldProcessPreferences.WillPrompt(this, MyInvocation, ConfirmImpact.Medium);
            _boundOnCommandLine = new HashSet<string>(MyInvocation.BoundParameters.Keys, StringComparer.OrdinalIgnoreCase);
        }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            // A piped object must carry its contact; checked once per object, before its contacts are taken one by one.
            if (!_boundOnCommandLine.Contains(nameof(ContactId)) || ContactId == null || ContactId.Length == 0)
            {
                var notAContact = PipelineContactObject.Problem(InputObject, ContactId?.Length == 1 ? ContactId[0] : null)
                                  ?? (ContactId == null || ContactId.Length == 0 ? "No contact id was given." : null);
                if (notAContact != null)
                {
                    _inputsSeen++;
                    WriteInputError(ErrorRecordFactory.ForInvalidInput(ErrorIds.NoContactProperty, notAContact, new ErrorSubject(InputObject, null, InstanceId, CommandLineUserId)));
                    return;
                }
            }

            // Several contacts on the command line are handled as if piped one by one.
            foreach (var contact in ContactId)
            {
                ProcessContact(contact, ContactId.Length > 1);
            }
        }

        private void ProcessContact(string contactId, bool oneOfSeveral)
        {
            _inputsSeen++;
            var target = ContactTarget.Resolve(contactId, InstanceId, Region, !string.IsNullOrEmpty(EndpointUrl), out var errorId, out var error);
            var subject = new ErrorSubject(InputAsItCame(contactId), contactId, target?.InstanceId ?? InstanceId, CommandLineUserId);
            IReadOnlyList<CommandLineOverrideCheck.RowClaim> rowClaims = null;
            var inputError = target == null
                ? ErrorRecordFactory.ForInvalidInput(errorId, error, subject)
                : _overrideCheck.Check(InputObject, subject, out rowClaims) ?? MonitorCapabilityCheck.Check(AllowedMonitorCapability, subject);
            if (inputError != null)
            {
                WriteInputError(inputError);
                return;
            }

            var capabilities = NormalizeCapabilities(AllowedMonitorCapability);
            var service = _services.For(CurrentSessionSettings());

            HideProgressBeforePrompt();
            if (!ShouldProcess(
                    $"contact '{target.ContactId}' in instance '{target.InstanceId}'" + (_showDestination ? $" ({service.DescribeDestination(target.ArnRegion)})" : ""),
                    $"Start monitoring for user '{(ParameterSetName == ByUserName ? UserName : UserId)}'" + (capabilities.Length > 0 ? $" ({string.Join(", ", capabilities)})" : " (service default capabilities)")))
            {
                _declined++;
                ReportProgress();
                return;
            }

            // After ShouldProcess: -WhatIf sends nothing, not even a lookup.
            var sessionFromInput = SessionFromInput();
            var userId = ParameterSetName == ByUserName ? LookUpUser(service, target, UserName, subject, sessionFromInput) : UserId;
            if (userId == null || !RowNamesThisSupervisor(rowClaims, service, target, subject = subject.WithUserId(userId), sessionFromInput))
            {
                return;
            }

            var clientToken = _deriveClientTokens || (oneOfSeveral && ClientToken != null)
                ? ClientTokenDerivation.ForInput(ClientToken, target.InstanceId, target.ContactId, userId)
                : ClientToken;
            var input = new MonitorContactInput(target.InstanceId, target.ContactId, userId, capabilities, clientToken, target.ArnRegion, target.ArnAccountId, target.ArnPartition);
            var call = new PendingCall(service, input, subject, sessionFromInput);
            var details = new MonitorContactCallDetails();
            WriteOutcomes(_calls.Add(
                async cancellation => ItemOutcome.Succeeded(call, details, await service.MonitorContactAsync(input, details, cancellation).ConfigureAwait(false)),
                error => ItemOutcome.Failed(call, details, error)));
        }

        /// <summary>The supervisor's user id when the command line gives it (-UserId); null until a -UserName is looked up.</summary>
        private string CommandLineUserId => ParameterSetName == ByUserId ? UserId : null;

        /// <summary>Writes an input's error in its place among the outcomes (nothing was sent for it).</summary>
        private void WriteInputError(ErrorRecord error) => WriteOutcomes(_calls.AddCompleted(ItemOutcome.InvalidInput(error)));

        /// <summary>
        /// The input as it came, for its errors' TargetObject: the piped object (a CSV row, a live-contact object, with
        /// any properties added to it), a piped string or Guid as itself, or the contact as given on the command line.
        /// </summary>
        private object InputAsItCame(string contactId)
        {
            if (InputObject == null || _boundOnCommandLine.Contains(nameof(ContactId)))
            {
                return contactId;
            }

            return InputObject.BaseObject is string || InputObject.BaseObject is ValueType ? InputObject.BaseObject : InputObject;
        }

        /// <summary>
        /// A login name's user id, or null once its error is written: a name that matches nothing or several, a lookup
        /// the service refused and a problem with the input's own session are that input's error; a configuration
        /// problem every input shares stops the pipeline, after every call already sent is reported.
        /// </summary>
        private string LookUpUser(ContactMonitorService service, ContactTarget target, string userName, ErrorSubject subject, bool sessionFromInput)
        {
            var userId = _supervisorNames.Resolve(service, target.InstanceId, target.ArnRegion, userName, subject, _calls.Cancellation, out var error, out var configuration);
            if (userId != null)
            {
                return userId;
            }

            if (configuration != null && StopsEveryInput(sessionFromInput, target.ArnRegion, configuration))
            {
                WriteSentBeforeStopping();
                ThrowTerminatingError(error);
            }

            WriteInputError(error);
            return null;
        }

        /// <summary>
        /// True when every supervisor value of the row that could only be compared by user id (a row's UserName against
        /// -UserId, a row's UserId against -UserName, names that differ only by case) names <paramref name="subject"/>'s
        /// user; otherwise the row's PipelineValueConflict (or its name's lookup error) is written.
        /// </summary>
        private bool RowNamesThisSupervisor(IReadOnlyList<CommandLineOverrideCheck.RowClaim> claims, ContactMonitorService service, ContactTarget target,
            ErrorSubject subject, bool sessionFromInput)
        {
            foreach (var claim in claims ?? (IReadOnlyList<CommandLineOverrideCheck.RowClaim>)Array.Empty<CommandLineOverrideCheck.RowClaim>())
            {
                var claimed = claim.IsUserName ? LookUpUser(service, target, claim.Value, subject, sessionFromInput) : NameLookup.IdOf(claim.Value);
                if (claimed == null)
                {
                    return false;
                }

                if (!string.Equals(claimed, NameLookup.IdOf(subject.UserId), StringComparison.OrdinalIgnoreCase))
                {
                    WriteInputError(CommandLineOverrideCheck.Conflict(claim, claim.IsUserName ? claimed : null, subject));
                    return false;
                }
            }

            return true;
        }

        /// <inheritdoc />
        protected override void EndProcessing()
        {
            WriteOutcomes(_calls.Drain());

            if (_progress.Reported)
            {
                WriteProgress(new ProgressRecord(ProgressActivityId, ProgressActivity, ProgressStatus(final: true)) { RecordType = ProgressRecordType.Completed });
            }

            if (_verboseWanted)
            {
                foreach (var line in _options.Pacing.Summary())
                {
                    WriteVerbose(line);
                }
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

        /// <summary>Writes the outcomes the call queue hands back, on the pipeline thread; Ctrl+C ends any wait.</summary>
        private void WriteOutcomes(IEnumerable<ItemOutcome> outcomes)
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

        private void Write(ItemOutcome outcome)
        {
            // Describing a call costs more than the rest of writing it: only when the verbose stream is wanted.
            if (outcome.Call != null && _verboseWanted)
            {
                WriteCredentialSourceOnce(outcome.Call.Service);
                WriteVerbose(outcome.Describe());
            }

            if (outcome.Result != null)
            {
                _started++;
                WriteObject(outcome.Result);
            }
            else
            {
                _failed++;
                ReportProgress();
                WriteError(ErrorRecordOf(outcome));
                return;
            }

            ReportProgress();
        }

        /// <summary>Says once per service client where its credentials came from (a source, never a secret).</summary>
        private void WriteCredentialSourceOnce(ContactMonitorService service)
        {
            var source = service.CredentialSource;
            if (source != null && _credentialSourceWritten.Add(service))
            {
                WriteVerbose($"Credentials from {source}.");
            }
        }

        /// <summary>
        /// Whether WriteVerbose would write anything: -Verbose (or -Verbose:$false) wins, then $VerbosePreference as
        /// this command sees it. Read once per pipeline, as PowerShell itself does for the command's preferences.
        /// </summary>
        private bool VerboseStreamWanted()
        {
            if (MyInvocation.BoundParameters.TryGetValue("Verbose", out var verbose))
            {
                return verbose is SwitchParameter switchParameter ? switchParameter.IsPresent : LanguagePrimitives.IsTrue(verbose);
            }

            var preference = GetVariableValue("VerbosePreference");
            return !LanguagePrimitives.TryConvertTo(preference, out ActionPreference action)
                   || (action != ActionPreference.SilentlyContinue && action != ActionPreference.Ignore);
        }

        private ErrorRecord ErrorRecordOf(ItemOutcome outcome)
        {
            switch (outcome.Error)
            {
                case null:
                    return outcome.InputError;
                case ConnectServiceException service:
                    return ErrorRecordFactory.ForServiceFailure(service, outcome.Call.TargetObject,
                        outcome.Call.Subject.ContactId, outcome.Call.Input.InstanceId, outcome.Call.Input.UserId, outcome.Details?.Region, outcome.Call.Input.AllowedMonitorCapabilities);
                case ConnectConfigurationException configuration when !StopsEveryInput(outcome.Call, configuration):
                    // The input's own credentials, endpoint, region or ARN: an error for this input only.
                    return ErrorRecordFactory.ForConfiguration(configuration, outcome.Call.Subject);
                case ConnectConfigurationException configuration:
                    // No credentials, no region, a missing profile, from the command line or the environment: nothing
                    // further in this pipeline can work. Report every call already sent, then stop.
                    WriteSentBeforeStopping();
                    ThrowTerminatingError(ErrorRecordFactory.ForConfiguration(configuration, outcome.Call.Subject));
                    return null;
                case OperationCanceledException _ when _calls.IsCancelled:
                    throw new PipelineStoppedException();
                case PipelineStoppedException _:
                case ActionPreferenceStopException _:
                    ExceptionDispatchInfo.Capture(outcome.Error).Throw();
                    return null;
                default:
                    // Anything the engine did not classify: an error for this input with a documented id, never a raw
                    // exception type as the id.
                    return ErrorRecordFactory.ForUnexpected(outcome.Error, outcome.Call.TargetObject);
            }
        }

        private static bool StopsEveryInput(PendingCall call, ConnectConfigurationException problem) =>
            StopsEveryInput(call.SessionFromInput, call.Input.Region, problem);

        /// <summary>
        /// A configuration problem (met by the MonitorContact call or by a name's lookup) stops the pipeline only when
        /// this input's session came from the command line and the environment alone (every later input would fail the
        /// same way) and it is not about a region the input named (<paramref name="inputRegion"/>, from its ARN).
        /// </summary>
        private static bool StopsEveryInput(bool sessionFromInput, string inputRegion, ConnectConfigurationException problem) =>
            !sessionFromInput &&
            !(problem.Problem == ConnectConfigurationProblem.UnknownRegion && !string.IsNullOrEmpty(inputRegion));

        /// <summary>
        /// True when a session parameter (credentials, region, endpoint, profile) has a value from this pipeline input.
        /// Judged by value: PowerShell resets pipeline-bound parameters between inputs but leaves their names in
        /// BoundParameters.
        /// </summary>
        private bool SessionFromInput()
        {
            var values = new object[] { Region, EndpointUrl, ProfileName, ProfileLocation, AccessKey, SecretKey, SessionToken, Credential };
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] != null && !_boundOnCommandLine.Contains(SessionParameterNames[i]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Before a terminating error: writes the outcome of every call still in the queue that was sent or failed on
        /// its own account, so no call that reached the service goes unreported. Calls that failed on the same
        /// pipeline-wide problem were never sent and are not repeated.
        /// </summary>
        private void WriteSentBeforeStopping()
        {
            foreach (var pending in _calls.Drain())
            {
                if (pending.Error is ConnectConfigurationException other && StopsEveryInput(pending.Call, other))
                {
                    continue;
                }

                Write(pending);
            }
        }

        // A -Confirm prompt is never drawn under a progress bar: the bar is taken down first, and comes back after the answer.
        private void HideProgressBeforePrompt()
        {
            if (_prompting && _progress.Clear())
            {
                WriteProgress(new ProgressRecord(ProgressActivityId, ProgressActivity, ProgressStatus(final: false)) { RecordType = ProgressRecordType.Completed });
            }
        }

        private void ReportProgress()
        {
            if (_progress.ShouldReport(_inputsSeen))
            {
                WriteProgress(new ProgressRecord(ProgressActivityId, ProgressActivity, ProgressStatus(final: false))
                {
                    PercentComplete = -1,
                });
            }
        }

        // Piped input arrives one item at a time, so until the end the total is only what has arrived so far (and says
        // so); contacts declined at a -Confirm prompt count as done, as skipped.
        private string ProgressStatus(bool final)
        {
            var done = _started + _failed + _declined;
            var more = final || !MyInvocation.ExpectingInput ? "" : " (more may follow)";
            return $"{done} of {_inputsSeen} contacts done{more}: {_started} started, {_failed} failed" + (_declined > 0 ? $", {_declined} skipped" : "") +
                   (_options.Pacing.ProgressText() is string rate ? $"; {rate}" : "");
        }

        private static string[] NormalizeCapabilities(string[] capabilities) =>
            capabilities == null
                ? NoCapabilities
                : capabilities.Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToArray();
    }
}
