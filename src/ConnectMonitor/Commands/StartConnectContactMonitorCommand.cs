using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
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
        SupportsShouldProcess = true,
        ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ContactMonitorResult))]
    public sealed class StartConnectContactMonitorCommand : ConnectCmdletBase, IDisposable
    {
        private readonly Dictionary<string, ContactMonitorService> _services = new Dictionary<string, ContactMonitorService>(StringComparer.Ordinal);
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();

        /// <summary>
        /// <para type="description">The contact to monitor: a contact id, or a contact ARN (which also names the instance and
        /// region; an explicit -InstanceId or -Region that disagrees is an error). Binds from the pipeline by value and from a
        /// ContactArn, Arn, Id or ContactId property; when an object has both an ARN and an Id, the ARN is used, so objects
        /// from Search-CONNContact pipe straight in.</para>
        /// </summary>
        // Alias order matters: PowerShell binds the first alias the piped object has, and the ARN carries the most.
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ContactArn", "Arn", "Id")]
        [ValidateNotNullOrEmpty]
        [ValidateLength(1, 256)]
        public string ContactId { get; set; }

        /// <summary>
        /// <para type="description">The Amazon Connect instance id. Required unless the contact is given as an ARN.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ValidateLength(1, 100)]
        public string InstanceId { get; set; }

        /// <summary>
        /// <para type="description">The user id of the supervisor whose Contact Control Panel (CCP) will monitor the contact.</para>
        /// </summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ValidateLength(1, 256)]
        public string UserId { get; set; }

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
        /// contact and reused by every retry of that contact's request.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ValidateLength(1, 500)]
        public string ClientToken { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            var target = ContactTarget.Resolve(ContactId, InstanceId, Region, out var errorId, out var error);
            object targetObject = ContactId;
            if (target == null)
            {
                WriteError(ErrorRecordFactory.ForInvalidInput(errorId, error, targetObject));
                return;
            }

            var capabilities = NormalizeCapabilities(AllowedMonitorCapability);
            var service = ServiceFor(CurrentSessionSettings());

            if (!ShouldProcess(
                    $"contact '{target.ContactId}' in instance '{target.InstanceId}'",
                    $"Start monitoring for user '{UserId}'" + (capabilities.Length > 0 ? $" ({string.Join(", ", capabilities)})" : "")))
            {
                return;
            }

            try
            {
                var input = new MonitorContactInput(target.InstanceId, target.ContactId, UserId, capabilities, ClientToken, target.ArnRegion);
                var outcome = service.MonitorContactAsync(input, _stopping.Token).GetAwaiter().GetResult();
                WriteObject(new ContactMonitorResult(
                    outcome.ContactId, outcome.ContactArn, target.InstanceId, UserId, capabilities,
                    outcome.Region, outcome.RequestId, outcome.ClientToken, outcome.Endpoint));
            }
            catch (ConnectServiceException ex)
            {
                WriteError(ErrorRecordFactory.ForServiceFailure(ex, targetObject));
            }
            catch (ConnectConfigurationException ex) when (ex.Problem == ConnectConfigurationProblem.UnknownRegion)
            {
                WriteError(ErrorRecordFactory.ForConfiguration(ex, targetObject));
            }
            catch (ConnectConfigurationException ex)
            {
                // No credentials, no region, a missing profile: nothing further in this pipeline can work.
                ThrowTerminatingError(ErrorRecordFactory.ForConfiguration(ex, targetObject));
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        /// <inheritdoc />
        protected override void StopProcessing() => _stopping.Cancel();

        /// <summary>Releases the service clients this pipeline created.</summary>
        public void Dispose()
        {
            foreach (var service in _services.Values)
            {
                service.Dispose();
            }

            _services.Clear();
            _stopping.Dispose();
        }

        private ContactMonitorService ServiceFor(ConnectSessionSettings settings)
        {
            if (!_services.TryGetValue(settings.CacheKey, out var service))
            {
                service = new ContactMonitorService(settings);
                _services.Add(settings.CacheKey, service);
            }

            return service;
        }

        private static string[] NormalizeCapabilities(string[] capabilities) =>
            capabilities == null
                ? new string[0]
                : capabilities.Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToArray();
    }
}
