using System;
using System.Management.Automation;
using ConnectMonitor.Bulk;
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
        HelpUri = HelpLinks.StartConnectContactMonitor,
        DefaultParameterSetName = ByUserId,
        SupportsShouldProcess = true,
        ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ContactMonitorResult))]
    public sealed class StartConnectContactMonitorCommand : ContactInputCmdletBase, IDisposable
    {
        private readonly SupervisorUserNames _supervisorNames = new SupervisorUserNames();
        private MonitorContactOptions _options;
        private ConnectSessionCache _services;
        private ContactInputReader _reader;
        private OutcomeWriter<ItemOutcome> _writer;
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
        public override string[] ContactId { get; set; }

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
            _services = new ConnectSessionCache(_options);
            _reader = new ContactInputReader(this);
            _writer = new OutcomeWriter<ItemOutcome>(this, ThrottleLimit, ItemOutcome.InvalidInput,
                new OutcomeProgress("Start-ConnectContactMonitor", "started", _options.Pacing.ProgressText));
            _showDestination = ShouldProcessPreferences.WillShowText(this, MyInvocation, ConfirmImpact.Medium);
            _prompting = ShouldProcessPreferences.WillPrompt(this, MyInvocation, ConfirmImpact.Medium);
        }

        /// <inheritdoc />
        protected override void ProcessRecord() => _writer.ForEachInput(_reader.Read(), Monitor);

        private void Monitor(ContactInput input)
        {
            var target = input.Target;
            var service = _services.For(CurrentSessionSettings());
            if (_prompting)
            {
                _writer.HideProgressBeforePrompt();
            }

            if (!ShouldProcess(
                    $"contact '{target.ContactId}' in instance '{target.InstanceId}'" + (_showDestination ? $" ({service.DescribeDestination(target.ArnRegion)})" : ""),
                    $"Start monitoring for user '{Supervisor}'" + (input.Capabilities.Length > 0 ? $" ({string.Join(", ", input.Capabilities)})" : " (service default capabilities)")))
            {
                _writer.Declined();
                return;
            }

            // After ShouldProcess: -WhatIf sends nothing, not even a lookup.
            var userId = ParameterSetName == ByUserName ? LookUpUser(service, input, UserName) : UserId;
            if (userId == null || !RowNamesThisSupervisor(input, service, userId))
            {
                return;
            }

            var request = new MonitorContactInput(target.InstanceId, target.ContactId, userId, input.Capabilities,
                _reader.ClientToken(input, ClientToken, userId), target.ArnRegion, target.ArnAccountId, target.ArnPartition);
            var call = new PendingCall(service, request, input.Subject.WithUserId(userId), input.SessionFromInput);
            var details = new MonitorContactCallDetails();
            var supervisorName = _supervisorNames.KnownName(service, target.InstanceId, target.ArnRegion, userId);
            _writer.Add(
                async cancellation => ItemOutcome.Succeeded(call, details, await service.MonitorContactAsync(request, details, cancellation).ConfigureAwait(false), supervisorName),
                error => ItemOutcome.Failed(call, details, error));
        }

        /// <summary>
        /// A login name's user id, or null once its error is written: a name that matches nothing or several, a lookup
        /// the service refused and a problem with the input's own session are that input's error; a configuration
        /// problem every input shares stops the pipeline, after every call already sent is reported.
        /// </summary>
        private string LookUpUser(ConnectSession service, ContactInput input, string userName, ErrorSubject subject = null)
        {
            var userId = _supervisorNames.Resolve(service, input.Target.InstanceId, input.Target.ArnRegion, userName, subject ?? input.Subject,
                _writer.Cancellation, out var error, out var configuration);
            if (userId == null)
            {
                _writer.WriteInputFailure(error, configuration, input.SessionFromInput, input.Target.ArnRegion);
            }

            return userId;
        }

        /// <summary>
        /// True when every supervisor value of the row that could only be compared by user id (a row's UserName against
        /// -UserId, a row's UserId against -UserName, names that differ only by case) names <paramref name="userId"/>;
        /// otherwise the row's PipelineValueConflict (or its name's lookup error) is written.
        /// </summary>
        private bool RowNamesThisSupervisor(ContactInput input, ConnectSession service, string userId)
        {
            var subject = input.Subject.WithUserId(userId);
            foreach (var claim in input.RowClaims ?? Array.Empty<CommandLineOverrideCheck.RowClaim>())
            {
                var claimed = claim.IsUserName ? LookUpUser(service, input, claim.Value, subject) : NameLookup.IdOf(claim.Value);
                if (claimed == null)
                {
                    return false;
                }

                if (!string.Equals(claimed, NameLookup.IdOf(userId), StringComparison.OrdinalIgnoreCase))
                {
                    _writer.WriteInputError(CommandLineOverrideCheck.Conflict(claim, claim.IsUserName ? claimed : null, subject));
                    return false;
                }
            }

            return true;
        }

        /// <inheritdoc />
        protected override void EndProcessing()
        {
            _writer.Finish();
            _writer.WriteVerbose(_options.Pacing.Summary);
        }

        /// <inheritdoc />
        protected override void StopProcessing() => _writer?.Cancel();

        /// <summary>Cancels whatever is still in flight and releases the service clients this pipeline created.</summary>
        public void Dispose()
        {
            _writer?.Dispose();
            _services?.Dispose();
        }
    }
}
