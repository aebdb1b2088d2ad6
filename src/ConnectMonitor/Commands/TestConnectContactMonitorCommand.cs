using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ConnectMonitor.Bulk;
using ConnectMonitor.Engine.Monitoring;
using ConnectMonitor.Engine.Readiness;
using ConnectMonitor.Engine.Sessions;
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
    public sealed class TestConnectContactMonitorCommand : ContactInputCmdletBase, IDisposable
    {
        private readonly Dictionary<ConnectSession, ReadinessChecker> _checkers = new Dictionary<ConnectSession, ReadinessChecker>();
        private readonly NameLookup _names = new NameLookup();
        private ConnectSessionCache _services;
        private ContactInputReader _reader;
        private OutcomeWriter<ReadinessOutcome> _writer;

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
        public override string[] ContactId { get; set; }

        /// <summary>
        /// <para type="description">Writes only $true (no check failed) or $false per input, as Test-Path and Test-Connection do.</para>
        /// </summary>
        [Parameter]
        public SwitchParameter Quiet { get; set; }

        /// <inheritdoc />
        internal override bool ContactOptional => true;

        /// <inheritdoc />
        protected override void BeginProcessing()
        {
            _services = new ConnectSessionCache(PipelineOptions());
            _reader = new ContactInputReader(this);
            _writer = new OutcomeWriter<ReadinessOutcome>(this, ThrottleLimit, ReadinessOutcome.InvalidInput, progress: null);
        }

        /// <inheritdoc />
        protected override void ProcessRecord() => _writer.ForEachInput(_reader.Read(), Check);

        private void Check(ContactInput input)
        {
            var checker = CheckerFor(_services.For(CurrentSessionSettings()));
            var request = new ReadinessInput
            {
                InstanceId = input.Target.InstanceId,
                Region = input.Target.ArnRegion,
                ContactId = input.Target.ContactId,
                UserId = ParameterSetName == ByUserName ? null : UserId,
                UserName = ParameterSetName == ByUserName ? UserName : null,
                Capabilities = input.Capabilities,
            };
            var quiet = Quiet.IsPresent;
            _writer.Add(
                async cancellation => ReadinessOutcome.Of(ToOutput(await checker.CheckAsync(request, cancellation).ConfigureAwait(false)), quiet),
                failure => ReadinessOutcome.Failed(failure, input));
        }

        private ReadinessChecker CheckerFor(ConnectSession service)
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
            _writer.Finish();
            foreach (var checker in _checkers.Values)
            {
                WriteVerbose($"{checker.RequestsSent} read request{(checker.RequestsSent == 1 ? "" : "s")} sent (each read once per pipeline; name searches not counted).");
            }
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
