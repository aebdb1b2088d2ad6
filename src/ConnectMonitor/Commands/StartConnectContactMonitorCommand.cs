using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Runtime.ExceptionServices;
using ConnectMonitor.Bulk;
using ConnectMonitor.Engine.Errors;
using ConnectMonitor.Engine.Monitoring;
using ConnectMonitor.Engine.Sessions;
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

        /// <summary>
        /// <para type="description">The contact to monitor: a contact id, or a contact ARN (which also names the instance and
        /// region; an explicit -InstanceId or -Region that disagrees is an error). Binds from the pipeline by value and from a
        /// ContactArn, Arn, Id or ContactId property; when an object has both an ARN and an Id, the ARN is used, so objects
        /// from Search-CONNContact pipe straight in.</para>
        /// </summary>
        // Alias order matters: PowerShell binds the first alias the piped object has, and the ARN carries the most.
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ContactArn", "Arn", "Id")]
        [TrimWireText]
        [ValidateNotNullOrEmpty]
        [ValidateWireText(1, 256, ArnAllowed = true)]
        public string ContactId { get; set; }

        /// <summary>
        /// <para type="description">The piped object itself, as it came (not for use on the command line): it tells a
        /// contact id or an object with a contact property from an object whose text PowerShell would otherwise bind to
        /// -ContactId. A piped object without a contact property is an error for that object.</para>
        /// </summary>
        [Parameter(ValueFromPipeline = true, DontShow = true)]
        public PSObject InputObject { get; set; }

        /// <summary>
        /// <para type="description">The Amazon Connect instance id. Required unless the contact is given as an ARN.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [TrimWireText]
        [ValidateNotNullOrEmpty]
        [ValidateWireText(1, 100)]
        public string InstanceId { get; set; }

        /// <summary>
        /// <para type="description">The user id of the supervisor whose Contact Control Panel (CCP) will monitor the contact.</para>
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
        /// the right name.</para>
        /// </summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ByUserName)]
        [TrimWireText]
        [ValidateNotNullOrEmpty]
        [ValidateWireText(1, 100)]
        public string UserName { get; set; }

        /// <summary>
        /// <para type="description">What the supervisor may do: SILENT_MONITOR, BARGE, or both (case-insensitive, at most two).
        /// BARGE is required for the supervisor to join the conversation. Omit it to let the service apply its default.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("AllowedMonitorCapabilities")]
        [ValidateSet("SILENT_MONITOR", "BARGE", IgnoreCase = true)]
        [ValidateCount(1, 2)]
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
        public double MaxRequestsPerSecond { get; set; }

        /// <summary>
        /// <para type="description">How many requests may go at once before pacing starts (default 5, the quota's
        /// default burst); with -MaxRequestsPerSecond omitted, the most the found rate lets go at once.</para>
        /// </summary>
        [Parameter]
        [ValidateRange(1, 10000)]
        public int Burst { get; set; } = 5;

        /// <summary>
        /// <para type="description">Seconds to wait for one HTTP attempt before giving up on it (fractions allowed; default:
        /// the AWS SDK's 100 seconds). A timed-out attempt is retried like a connection failure.</para>
        /// </summary>
        [Parameter]
        [ValidateRange(0.01, 3600.0)]
        public double TimeoutSec { get; set; }


        /// <inheritdoc />
        protected override void BeginProcessing()
        {
            var timeout = MyInvocation.BoundParameters.ContainsKey(nameof(TimeoutSec)) ? TimeSpan.FromSeconds(TimeoutSec) : (TimeSpan?)null;
            var pinnedRate = MyInvocation.BoundParameters.ContainsKey(nameof(MaxRequestsPerSecond)) ? MaxRequestsPerSecond : (double?)null;
            _options = MonitorContactOptions.ForPipeline(pinnedRate, Burst, timeout);
            _services = new ContactMonitorServiceCache(_options);
            _calls = new OrderedCallQueue<ItemOutcome>(ThrottleLimit);

            // Bound on the command line while contacts are piped in: one token would be reused by every contact.
            _deriveClientTokens = MyInvocation.ExpectingInput && MyInvocation.BoundParameters.ContainsKey(nameof(ClientToken));
            _verboseWanted = VerboseStreamWanted();
            _boundOnCommandLine = new HashSet<string>(MyInvocation.BoundParameters.Keys, StringComparer.OrdinalIgnoreCase);
        }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            _inputsSeen++;
            object targetObject = ContactId;
            var notAContact = _boundOnCommandLine.Contains(nameof(ContactId)) ? null : PipelineContactObject.Problem(InputObject, ContactId);
            if (notAContact != null)
            {
                WriteOutcomes(_calls.AddCompleted(ItemOutcome.InvalidInput(ErrorRecordFactory.ForInvalidInput(ErrorIds.NoContactProperty, notAContact, InputObject))));
                return;
            }

            var target = ContactTarget.Resolve(ContactId, InstanceId, Region, !string.IsNullOrEmpty(EndpointUrl), out var errorId, out var error);
            if (target == null)
            {
                WriteOutcomes(_calls.AddCompleted(ItemOutcome.InvalidInput(ErrorRecordFactory.ForInvalidInput(errorId, error, targetObject))));
                return;
            }

            var capabilities = NormalizeCapabilities(AllowedMonitorCapability);
            var service = _services.For(CurrentSessionSettings());

            if (!ShouldProcess(
                    $"contact '{target.ContactId}' in instance '{target.InstanceId}'",
                    $"Start monitoring for user '{(ParameterSetName == ByUserName ? UserName : UserId)}'" + (capabilities.Length > 0 ? $" ({string.Join(", ", capabilities)})" : "")))
            {
                return;
            }

            // After ShouldProcess: -WhatIf sends nothing, not even the lookup.
            var userId = UserId;
            if (ParameterSetName == ByUserName)
            {
                userId = _supervisorNames.Resolve(service, target.InstanceId, target.ArnRegion, UserName, targetObject, _calls.Cancellation, out var nameError, out var terminating);
                if (terminating)
                {
                    ThrowTerminatingError(nameError);
                }

                if (userId == null)
                {
                    WriteOutcomes(_calls.AddCompleted(ItemOutcome.InvalidInput(nameError)));
                    return;
                }
            }

            var clientToken = _deriveClientTokens
                ? ClientTokenDerivation.ForInput(ClientToken, target.InstanceId, target.ContactId, userId)
                : ClientToken;
            var input = new MonitorContactInput(target.InstanceId, target.ContactId, userId, capabilities, clientToken, target.ArnRegion);
            var call = new PendingCall(service, input, targetObject, SessionFromInput());
            var details = new MonitorContactCallDetails();
            WriteOutcomes(_calls.Add(
                async cancellation => ItemOutcome.Succeeded(call, details, await service.MonitorContactAsync(input, details, cancellation).ConfigureAwait(false)),
                error => ItemOutcome.Failed(call, details, error)));
        }

        /// <inheritdoc />
        protected override void EndProcessing()
        {
            WriteOutcomes(_calls.Drain());

            if (_progress.Reported)
            {
                WriteProgress(new ProgressRecord(ProgressActivityId, ProgressActivity, ProgressStatus()) { RecordType = ProgressRecordType.Completed });
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
                    return ErrorRecordFactory.ForServiceFailure(service, outcome.Call.TargetObject);
                case ConnectConfigurationException configuration when !StopsEveryInput(outcome.Call, configuration):
                    // The input's own credentials, endpoint, region or ARN: an error for this input only.
                    return ErrorRecordFactory.ForConfiguration(configuration, outcome.Call.TargetObject);
                case ConnectConfigurationException configuration:
                    // No credentials, no region, a missing profile, from the command line or the environment: nothing
                    // further in this pipeline can work. Report every call already sent, then stop.
                    WriteSentBeforeStopping();
                    ThrowTerminatingError(ErrorRecordFactory.ForConfiguration(configuration, outcome.Call.TargetObject));
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

        /// <summary>
        /// A configuration problem stops the pipeline only when this input's session came from the command line and the
        /// environment alone (every later input would fail the same way) and it is not about a region the input named.
        /// </summary>
        private static bool StopsEveryInput(PendingCall call, ConnectConfigurationException problem) =>
            !call.SessionFromInput &&
            !(problem.Problem == ConnectConfigurationProblem.UnknownRegion && !string.IsNullOrEmpty(call.Input.Region));

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

        private void ReportProgress()
        {
            if (_progress.ShouldReport(_inputsSeen))
            {
                WriteProgress(new ProgressRecord(ProgressActivityId, ProgressActivity, ProgressStatus())
                {
                    PercentComplete = -1,
                });
            }
        }

        private string ProgressStatus() =>
            $"{_started + _failed} of {_inputsSeen} contacts done: {_started} started, {_failed} failed" +
            (_options.Pacing.ProgressText() is string rate ? $"; {rate}" : "");

        private static string[] NormalizeCapabilities(string[] capabilities) =>
            capabilities == null
                ? NoCapabilities
                : capabilities.Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToArray();
    }
}
