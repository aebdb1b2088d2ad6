using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using ConnectMonitor.Engine.Connect;
using ConnectMonitor.Engine.Diagnostics;
using ConnectMonitor.Engine.Errors;
using ConnectMonitor.Engine.Pacing;
using ConnectMonitor.Engine.Sessions;

namespace ConnectMonitor.Engine.Monitoring
{
    /// <summary>
    /// Starts monitoring contacts through Amazon Connect. One instance serves a whole pipeline: credentials and the
    /// default region are resolved once, and one service client is kept per region, not one per input.
    /// Safe to call from several threads at once.
    /// </summary>
    public sealed class ContactMonitorService : IDisposable
    {
        private readonly ConnectSessionSettings _settings;
        private readonly MonitorContactOptions _options;
        private readonly Lazy<ResolvedCredentials> _credentials;
        private readonly Lazy<string> _defaultRegion;
        private readonly ConcurrentDictionary<string, Lazy<RegionalClient>> _clients =
            new ConcurrentDictionary<string, Lazy<RegionalClient>>(StringComparer.Ordinal);

        static ContactMonitorService()
        {
            StartupTrace.Mark("engine-loaded");
            PacingPipelineCustomizer.EnsureRegistered();
            StartupTrace.Mark("sdk-pipeline-registered");
        }

        /// <summary>Creates the service; nothing is resolved or sent until it is first needed.</summary>
        public ContactMonitorService(ConnectSessionSettings settings)
            : this(settings, MonitorContactOptions.Default)
        {
        }

        /// <summary>Creates the service with pacing, time-out and retry options.</summary>
        public ContactMonitorService(ConnectSessionSettings settings, MonitorContactOptions options)
        {
            _settings = settings ?? throw new ArgumentNullException(nameof(settings));
            _options = options ?? throw new ArgumentNullException(nameof(options));

            // The SDK caches environment-derived settings (configured endpoints, retry mode, FIPS...) process-wide;
            // each pipeline should see the environment as it is now, as a fresh AWS CLI call would.
            Amazon.Runtime.Internal.FallbackInternalConfigurationFactory.Reset();
            StartupTrace.Mark("sdk-config-reset");
            _credentials = new Lazy<ResolvedCredentials>(ResolveCredentials, LazyThreadSafetyMode.ExecutionAndPublication);
            _defaultRegion = new Lazy<string>(ResolveRegion, LazyThreadSafetyMode.ExecutionAndPublication);
        }

        private ResolvedCredentials ResolveCredentials()
        {
            StartupTrace.Mark("credentials-start");
            var credentials = CredentialResolver.Resolve(_settings);
            StartupTrace.Mark("credentials-end");
            return credentials;
        }

        private string ResolveRegion()
        {
            StartupTrace.Mark("region-start");
            var region = RegionResolver.Resolve(_settings);
            StartupTrace.Mark("region-end");
            return region;
        }

        /// <summary>How many service clients this service has created (one per region it has called).</summary>
        internal int ClientCount => _clients.Count;

        /// <summary>The settings this service was created with.</summary>
        public ConnectSessionSettings Settings => _settings;

        /// <summary>Where the credentials came from (e.g. "the profile 'ops'"), once resolved; never a secret.</summary>
        public string CredentialSource => _credentials.IsValueCreated ? _credentials.Value.Source : null;

        /// <summary>
        /// The region used for inputs that do not name their own.
        /// Throws <see cref="ConnectConfigurationException"/> when no region can be found.
        /// </summary>
        public string DefaultRegion => _defaultRegion.Value;

        /// <summary>
        /// Resolves credentials (and the region, unless <paramref name="region"/> is given) so that configuration
        /// problems surface before anything is sent. Throws <see cref="ConnectConfigurationException"/>.
        /// </summary>
        public string EnsureReady(string region = null)
        {
            // Credentials first: an unknown -ProfileName must say so, not surface as the missing region it implies.
            _ = _credentials.Value;
            return string.IsNullOrEmpty(region) ? DefaultRegion : region;
        }

        /// <summary>
        /// Calls MonitorContact. Throws <see cref="ConnectServiceException"/> for service and transport failures
        /// (after the SDK's retries), <see cref="ConnectConfigurationException"/> when no call can be made, and
        /// <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> is cancelled.
        /// </summary>
        public Task<MonitorContactOutcome> MonitorContactAsync(MonitorContactInput input, CancellationToken cancellationToken = default) =>
            MonitorContactAsync(input, null, cancellationToken);

        /// <summary>
        /// Calls MonitorContact as <see cref="MonitorContactAsync(MonitorContactInput, CancellationToken)"/> does, and
        /// fills <paramref name="details"/> (region, endpoint, attempts, token) whether the call succeeds or not.
        /// </summary>
        public async Task<MonitorContactOutcome> MonitorContactAsync(MonitorContactInput input, MonitorContactCallDetails details, CancellationToken cancellationToken = default)
        {
            if (input == null)
            {
                throw new ArgumentNullException(nameof(input));
            }

            details = details ?? new MonitorContactCallDetails();
            var region = EnsureReady(input.Region);
            details.Region = region;
            var regional = ClientFor(region);
            details.Endpoint = regional.Endpoint;
            var request = new MonitorContactRequest
            {
                InstanceId = input.InstanceId,
                ContactId = input.ContactId,
                UserId = input.UserId,
                ClientToken = input.ClientToken,
            };
            if (input.AllowedMonitorCapabilities.Count > 0)
            {
                request.AllowedMonitorCapabilities = input.AllowedMonitorCapabilities.ToList();
            }

            var pacing = new CallPacing(_options.RateLimiter, _options.MaxAttempts, _options.RetryBaseDelay);
            pacing.AttachTo(request);
            try
            {
                StartupTrace.Mark("send-start");
                var response = await regional.Client.MonitorContactAsync(request, cancellationToken).ConfigureAwait(false);
                StartupTrace.Mark("send-end");
                return new MonitorContactOutcome(
                    response.ContactId ?? input.ContactId,
                    response.ContactArn,
                    response.ResponseMetadata?.RequestId,
                    region,
                    regional.Endpoint,
                    request.ClientToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex) when (!(ex is ConnectMonitorException))
            {
                throw ServiceErrorTranslator.Translate(ex, new MonitorContactTarget(input.ContactId, input.InstanceId, input.UserId, region));
            }
            finally
            {
                details.Attempts = pacing.Attempts;
                details.ClientToken = request.ClientToken;
            }
        }

        private RegionalClient ClientFor(string region) =>
            _clients.GetOrAdd(region, r => new Lazy<RegionalClient>(
                () => NewRegionalClient(r),
                LazyThreadSafetyMode.ExecutionAndPublication)).Value;

        private RegionalClient NewRegionalClient(string region)
        {
            var credentials = _credentials.Value.Credentials;
            StartupTrace.Mark("config-start");
            var config = ConfigFor(region);
            StartupTrace.Mark("client-start");
            var client = new AmazonConnectClient(credentials, config);
            StartupTrace.Mark("endpoint-start");
            var regional = new RegionalClient(client);
            StartupTrace.Mark("endpoint-end");
            StartupTrace.ListenToNetwork();
            return regional;
        }

        private AmazonConnectConfig ConfigFor(string region)
        {
            var config = ConnectClientFactory.CreateConfig(region, _settings.EndpointUrl, _settings.ProfileName, _settings.ProfileLocation);
            if (_options.RequestTimeout.HasValue)
            {
                config.Timeout = _options.RequestTimeout;
            }

            return config;
        }

        /// <summary>A region's client and the endpoint it sends to, resolved once.</summary>
        private sealed class RegionalClient
        {
            public RegionalClient(AmazonConnectClient client)
            {
                Client = client;
                try
                {
                    Endpoint = AmazonConnectClient.DetermineEndpoint((AmazonConnectConfig)client.Config).ToString();
                }
                catch (Exception ex) when (ex is AmazonClientException || ex is UriFormatException)
                {
                    client.Dispose();
                    throw new ConnectConfigurationException(ConnectConfigurationProblem.InvalidEndpoint,
                        "The Amazon Connect endpoint cannot be determined: " + ex.Message, ex);
                }
            }

            public AmazonConnectClient Client { get; }

            public string Endpoint { get; }
        }

        /// <summary>Disposes the service clients.</summary>
        public void Dispose()
        {
            foreach (var client in _clients.Values.Where(c => c.IsValueCreated))
            {
                client.Value.Client.Dispose();
            }

            _clients.Clear();
        }
    }
}
