using System;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;
using Amazon.Util.Internal;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>
    /// Configuration of <see cref="AmazonConnectClient"/>: everything <see cref="ClientConfig"/> offers
    /// (RegionEndpoint, ServiceURL + AuthenticationRegion, UseFIPSEndpoint, UseDualstackEndpoint,
    /// RetryMode, MaxErrorRetry, Timeout, ...). Because the service id is "Connect", the SDK itself
    /// honours AWS_ENDPOINT_URL_CONNECT, AWS_ENDPOINT_URL, a profile's <c>services</c> endpoint_url and
    /// AWS_IGNORE_CONFIGURED_ENDPOINT_URLS when ServiceURL is not set in code.
    /// </summary>
    /// <remarks>
    /// Setting ServiceURL clears RegionEndpoint (the SDK treats them as exclusive). To send to a custom
    /// endpoint and still sign for the intended region, use <see cref="SetCustomEndpoint"/> or set
    /// AuthenticationRegion as well.
    /// </remarks>
    internal sealed class AmazonConnectConfig : ClientConfig
    {
        /// <summary>The service id from the model ("Connect"); drives the configured-endpoint variable names.</summary>
        public const string ConnectServiceId = "Connect";

        /// <summary>The SigV4 signing name from the model.</summary>
        public const string SigningName = "connect";

        /// <summary>The model's API version.</summary>
        public const string ApiVersion = "2017-08-08";

        private static readonly string DefaultUserAgent =
            InternalSDKUtils.BuildUserAgentString(ConnectServiceId, typeof(AmazonConnectConfig).Assembly.GetName().Version.ToString());

        /// <summary>Creates a config; region and credentials come from the usual SDK sources unless set.</summary>
        public AmazonConnectConfig()
            : base(new DefaultConfigurationProvider(AmazonConnectDefaultConfigurations.All()))
        {
            ServiceId = ConnectServiceId;
            AuthenticationServiceName = SigningName;
            EndpointProvider = new ConnectEndpointProvider();
        }

        /// <summary>The endpoint prefix from the model ("connect").</summary>
        public override string RegionEndpointServiceName
        {
            get { return "connect"; }
        }

        /// <summary>The model's API version, "2017-08-08".</summary>
        public override string ServiceVersion
        {
            get { return ApiVersion; }
        }

        /// <summary>The user agent fragment for this client.</summary>
        public override string UserAgent
        {
            get { return DefaultUserAgent; }
        }

        /// <summary>
        /// Sends to <paramref name="serviceUrl"/> and signs for <paramref name="signingRegion"/>
        /// (sets ServiceURL, then AuthenticationRegion). Use this instead of setting ServiceURL alone,
        /// which would clear RegionEndpoint and sign for a region guessed from the host name.
        /// </summary>
        public void SetCustomEndpoint(string serviceUrl, string signingRegion)
        {
            if (string.IsNullOrEmpty(serviceUrl))
            {
                throw new ArgumentException("A service URL is required.", nameof(serviceUrl));
            }
            if (string.IsNullOrEmpty(signingRegion))
            {
                throw new ArgumentException("A signing region is required.", nameof(signingRegion));
            }
            ServiceURL = serviceUrl;
            AuthenticationRegion = signingRegion;
        }

        /// <summary>
        /// Returns the endpoint a request would be sent to, without sending anything.
        /// Uses the config's EndpointProvider (the Connect rule set unless replaced).
        /// </summary>
        public override Endpoint DetermineServiceOperationEndpoint(ServiceOperationEndpointParameters parameters)
        {
            RegionEndpoint alternate = parameters != null ? parameters.AlternateEndpoint : null;
            IEndpointProvider provider = EndpointProvider ?? new ConnectEndpointProvider();
            return provider.ResolveEndpoint(ConnectEndpointParameters.FromConfig(this, alternate));
        }
    }
}
