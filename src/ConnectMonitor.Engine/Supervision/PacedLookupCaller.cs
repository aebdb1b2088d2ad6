using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using ConnectMonitor.Engine.Connect;
using ConnectMonitor.Engine.Errors;
using ConnectMonitor.Engine.Monitoring;
using ConnectMonitor.Engine.Pacing;

namespace ConnectMonitor.Engine.Supervision
{
    /// <summary>
    /// Sends one lookup call through the pipeline's service client for a region, paced by that operation's own limiter
    /// from the pipeline's <see cref="PipelinePacing"/> (one per endpoint and operation, as Connect's quotas are per API) and retried
    /// through <see cref="CallPacing"/> like MonitorContact; SDK failures become <see cref="ConnectServiceException"/>.
    /// </summary>
    internal sealed class PacedLookupCaller
    {
        private readonly ContactMonitorService _service;
        private readonly SupervisorLookupOptions _options;
        private readonly PipelinePacing _pacing;

        public PacedLookupCaller(ContactMonitorService service, SupervisorLookupOptions options)
        {
            _service = service;
            _options = options;
            // The pipeline's own pacing when it has one (one limiter per endpoint and operation, shared with
            // MonitorContact's), else the lookups' pinned default.
            _pacing = service.Options.Pacing ?? (_options.RequestsPerSecond > 0
                ? PipelinePacing.Fixed(_options.RequestsPerSecond, _options.Burst)
                : PipelinePacing.Off());
        }

        /// <summary>The (endpoint, operation) pairs that have a rate limiter so far.</summary>
        public IReadOnlyCollection<string> LimiterKeys => _pacing.Operations.Select(o => o.Endpoint + "\u001f" + o.Operation).ToList();

        /// <summary>One paced, retried call; SDK failures become <see cref="ConnectServiceException"/>.</summary>
        public async Task<TResponse> CallAsync<TResponse>(string operation, string instanceId, string region, AmazonWebServiceRequest request,
            Func<AmazonConnectClient, CancellationToken, Task<TResponse>> call, CancellationToken cancellationToken)
        {
            var client = _service.ClientForRegion(region, out var endpoint);
            var options = _service.Options;
            var pacing = new CallPacing(
                _pacing.LimiterFor(endpoint, operation), options.MaxAttempts ?? MonitorContactOptions.BulkMaxAttempts, options.RetryBaseDelay, options.ThrottleRetryBaseDelay);
            pacing.AttachTo(request);
            try
            {
                return await call(client, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex) when (!(ex is ConnectMonitorException))
            {
                throw LookupErrorTranslator.Translate(ex, operation, instanceId, region);
            }
        }
    }
}
