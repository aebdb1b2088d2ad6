using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using ConnectMonitor.Engine.Calls;
using ConnectMonitor.Engine.Connect;
using ConnectMonitor.Engine.Diagnostics;
using ConnectMonitor.Engine.Errors;
using ConnectMonitor.Engine.Monitoring;
using ConnectMonitor.Engine.Pacing;
using ConnectMonitor.Engine.Sessions;
using ConnectMonitor.Engine.Text;

namespace ConnectMonitor.Engine.Sessions
{
    /// <summary>
    /// The one session every cmdlet and operation goes through: credentials, region and endpoint resolved and checked
    /// once, one client per region carrying the pipeline's pacing, and the call path (<see cref="ConnectCallPath"/>)
    /// that sends every operation. One instance serves a whole pipeline (through <see cref="ConnectSessionCache"/>),
    /// not one per input. Safe to call from several threads at once.
    /// </summary>
    public sealed class ConnectSession : IDisposable
    {
        private readonly ConnectSessionSettings _settings;
        private readonly MonitorContactOptions _options;
        private readonly ConnectCallPath _calls;
        private readonly ClientPacing _clientPacing;
        private readonly Lazy<Task<ResolvedCredentials>> _credentials;
        private readonly Lazy<Task<string>> _defaultRegion;
        private readonly CancellationTokenSource _disposed = new CancellationTokenSource();
        private readonly ConcurrentDictionary<string, Lazy<RegionalClient>> _clients =
            new ConcurrentDictionary<string, Lazy<RegionalClient>>(StringComparer.Ordinal);

        private readonly ConcurrentDictionary<string, string> _destinations = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);

        /// <summary>The operation's name, as pacing keys its limiter.</summary>
        public const string OperationName = "MonitorContact";

        static ConnectSession()
        {
            StartupTrace.Mark("engine-loaded");
        }

        /// <summary>Creates the service; nothing is resolved or sent until it is first needed.</summary>
        public ConnectSession(ConnectSessionSettings settings)
            : this(settings, MonitorContactOptions.Default)
        {
        }

        /// <summary>Creates the service with pacing, time-out and retry options.</summary>
        public ConnectSession(ConnectSessionSettings settings, MonitorContactOptions options)
        {
            _settings = settings ?? throw new ArgumentNullException(nameof(settings));
            _options = options ?? throw new ArgumentNullException(nameof(options));
            _calls = new ConnectCallPath(this);
            // Every client of this session (one per region) paces with the pipeline's limiters and retry budget.
            _clientPacing = new ClientPacing(_options.Pacing, _options.MaxAttempts, _options.RetryBaseDelay, _options.ThrottleRetryBaseDelay);

            // Credentials and region are resolved on the thread pool (a credential process, STS, SSO or instance
            // metadata may take long), so every caller can stop waiting at once; the service's disposal stops the work.
            _credentials = new Lazy<Task<ResolvedCredentials>>(
                () => Task.Run(() => PrepareCredentials(), _disposed.Token), LazyThreadSafetyMode.ExecutionAndPublication);
            _defaultRegion = new Lazy<Task<string>>(
                () => Task.Run(() => ResolveRegion(), _disposed.Token), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        private ResolvedCredentials PrepareCredentials()
        {
            // The shared files are checked before any SDK code reads them (a broken one would break the SDK for the
            // whole process, TypeInitializationException). Then the SDK's process-wide settings (configured endpoints,
            // retry mode, FIPS...) are read afresh from the files in force, as a fresh AWS CLI call would.
            StartupTrace.Mark("credentials-start");
            SdkSharedFiles.Refresh(_settings);
            StartupTrace.Mark("sdk-config-reset");
            try
            {
                var credentials = CredentialResolver.Resolve(_settings, _disposed.Token);
                StartupTrace.Mark("credentials-end");
                return credentials;
            }
            catch (Exception ex) when (!(ex is ConnectMonitorException) && !(ex is OperationCanceledException))
            {
                // Never a raw SDK exception type as the error: say where the credentials were being looked for.
                throw new ConnectConfigurationException(ConnectConfigurationProblem.InvalidCredentials,
                    $"The AWS credentials could not be resolved ({ex.GetType().Name}): {OutsideError.MessageOf(ex)}", ex);
            }
        }

        private string ResolveRegion()
        {
            try
            {
                StartupTrace.Mark("region-start");
                var region = RegionResolver.Resolve(_settings);
                StartupTrace.Mark("region-end");
                return region;
            }
            catch (Exception ex) when (!(ex is ConnectMonitorException))
            {
                throw new ConnectConfigurationException(ConnectConfigurationProblem.NoRegion,
                    $"The AWS region could not be resolved ({ex.GetType().Name}): {OutsideError.MessageOf(ex)}", ex);
            }
        }

        /// <summary>How many service clients this service has created (one per region it has called).</summary>
        internal int ClientCount => _clients.Count;

        /// <summary>The settings this service was created with.</summary>
        public ConnectSessionSettings Settings => _settings;

        /// <summary>Where the credentials came from (e.g. "the profile 'ops'"), once resolved; never a secret.</summary>
        public string CredentialSource =>
            _credentials.IsValueCreated && _credentials.Value.Status == TaskStatus.RanToCompletion ? _credentials.Value.Result.Source : null;

        /// <summary>
        /// The region used for inputs that do not name their own.
        /// Throws <see cref="ConnectConfigurationException"/> when no region can be found.
        /// </summary>
        public string DefaultRegion => EnsureReady();

        /// <summary>
        /// Resolves credentials (and the region, unless <paramref name="region"/> is given) so that configuration
        /// problems surface before anything is sent. Throws <see cref="ConnectConfigurationException"/>.
        /// </summary>
        public string EnsureReady(string region = null) => EnsureReadyAsync(region, CancellationToken.None).GetAwaiter().GetResult();

        /// <summary>
        /// As <see cref="EnsureReady"/>, but the wait ends at once when <paramref name="cancellationToken"/> fires
        /// (the resolution goes on until the service is disposed, which stops a credential process).
        /// </summary>
        public async Task<string> EnsureReadyAsync(string region, CancellationToken cancellationToken)
        {
            // Credentials first: an unknown -ProfileName must say so, not surface as the missing region it implies.
            await Waiting.For(_credentials.Value, cancellationToken).ConfigureAwait(false);
            return string.IsNullOrEmpty(region)
                ? await Waiting.For(_defaultRegion.Value, cancellationToken).ConfigureAwait(false)
                : RegionResolver.ValidateExplicit(region, _settings.EndpointUrl);
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
            // A region named by the input (a contact ARN) is checked like -Region before any host is derived from it.
            var inputRegion = string.IsNullOrEmpty(input.Region) ? null : RegionResolver.ValidateExplicit(input.Region, _settings.EndpointUrl, "the contact ARN");
            var region = await EnsureReadyAsync(inputRegion, cancellationToken).ConfigureAwait(false);
            details.Region = region;
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

            var target = new MonitorContactTarget(input.ContactId, input.InstanceId, input.UserId, region);
            var report = new CallReport();
            try
            {
                StartupTrace.Mark("send-start");
                var response = await _calls.SendAsync(CallTarget.MonitorContact(target), request, (client, ct) => client.MonitorContactAsync(request, ct), cancellationToken, report)
                    .ConfigureAwait(false);
                StartupTrace.Mark("send-end");
                var problem = ResponseCheck.Problem(response, input, region, target, out var answer);
                if (problem != null)
                {
                    throw problem;
                }

                return new MonitorContactOutcome(
                    input.ContactId,
                    answer.ContactArn,
                    response.ResponseMetadata?.RequestId,
                    region,
                    report.Endpoint,
                    request.ClientToken,
                    answer.MonitorContactId,
                    answer.MonitorContactArn);
            }
            finally
            {
                details.Endpoint = report.Endpoint;
                details.Attempts = report.Attempts;
                details.ClientToken = request.ClientToken;
            }
        }

        /// <summary>
        /// Where a call for <paramref name="region"/> (null: the default region) goes, as "region R, endpoint URL", for
        /// -WhatIf and -Confirm text. Resolves no credentials and sends nothing; never throws (a problem shows in the text
        /// and surfaces as its error when a call is made).
        /// </summary>
        public string DescribeDestination(string region)
        {
            try
            {
                // The shared files are checked before the SDK reads them (as for a call); then the region alone (no
                // credentials: -WhatIf must not call STS, SSO or a credential process). A user:password in a custom
                // endpoint never shows.
                SdkSharedFiles.Refresh(_settings);
                var resolved = string.IsNullOrEmpty(region) ? _defaultRegion.Value.GetAwaiter().GetResult() : region;
                return _destinations.GetOrAdd(resolved, r => $"region {r}, endpoint {EndpointText.Redact(AmazonConnectClient.DetermineEndpoint(ConfigFor(r)).ToString())}");
            }
            catch (Exception ex) when (ex is ConnectMonitorException || ex is AmazonClientException || ex is UriFormatException || ex is ArgumentException)
            {
                return string.IsNullOrEmpty(region) ? "no region resolved" : $"region {region}, endpoint not resolved";
            }
        }

        /// <summary>
        /// The service client for <paramref name="region"/> (created once per region and shared with MonitorContact)
        /// and the endpoint it sends to; for the supervisor lookups of the same pipeline.
        /// </summary>
        internal AmazonConnectClient ClientForRegion(string region, out string endpoint)
        {
            var regional = ClientFor(EnsureReady(region));
            endpoint = regional.Endpoint;
            return regional.Client;
        }

        /// <summary>The pacing and retry options of this pipeline.</summary>
        internal MonitorContactOptions Options => _options;

        /// <summary>The one call path every operation of this session is sent on.</summary>
        internal ConnectCallPath Calls => _calls;

        private RegionalClient ClientFor(string region)
        {
            try
            {
                return _clients.GetOrAdd(region, r => new Lazy<RegionalClient>(
                    () => NewRegionalClient(r),
                    LazyThreadSafetyMode.ExecutionAndPublication)).Value;
            }
            catch (Exception ex) when (!(ex is ConnectMonitorException))
            {
                // Never a raw SDK exception type as the error: the client could not be set up for this endpoint.
                throw new ConnectConfigurationException(ConnectConfigurationProblem.InvalidEndpoint,
                    $"The Amazon Connect client for region {region} could not be set up ({ex.GetType().Name}): {OutsideError.MessageOf(ex)}", ex);
            }
        }

        private RegionalClient NewRegionalClient(string region)
        {
            var credentials = _credentials.Value.Result.Credentials;
            StartupTrace.Mark("config-start");
            var config = ConfigFor(region);
            StartupTrace.Mark("client-start");
            var client = new AmazonConnectClient(credentials, config, _clientPacing);
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
                    Endpoint = EndpointText.Redact(AmazonConnectClient.DetermineEndpoint((AmazonConnectConfig)client.Config).ToString());
                }
                catch (Exception ex) when (ex is AmazonClientException || ex is UriFormatException)
                {
                    client.Dispose();
                    throw new ConnectConfigurationException(ConnectConfigurationProblem.InvalidEndpoint,
                        "The Amazon Connect endpoint cannot be determined: " + OutsideError.MessageOf(ex), ex);
                }
            }

            public AmazonConnectClient Client { get; }

            public string Endpoint { get; }
        }

        /// <summary>Disposes the service clients.</summary>
        public void Dispose()
        {
            _disposed.Cancel();
            foreach (var client in _clients.Values.Where(c => c.IsValueCreated))
            {
                client.Value.Client.Dispose();
            }

            _clients.Clear();
        }
    }
}
