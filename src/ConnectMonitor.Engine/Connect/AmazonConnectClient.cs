using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>
    /// A small Amazon Connect client with one operation, MonitorContact, built on AWSSDK.Core's
    /// runtime pipeline: SDK retries (standard/adaptive, throttling back-off), SigV4 signing,
    /// timeouts, logging and configured endpoints all come from the SDK.
    /// Thread-safe; reuse one instance per configuration.
    /// </summary>
    internal sealed class AmazonConnectClient : AmazonServiceClient
    {
        private static readonly IServiceMetadata Metadata = new ConnectServiceMetadata();

        /// <summary>Creates a client with explicit credentials and a config.</summary>
        public AmazonConnectClient(AWSCredentials credentials, AmazonConnectConfig config)
            : base(credentials, config)
        {
        }

        /// <summary>Creates a client with explicit credentials for a region.</summary>
        public AmazonConnectClient(AWSCredentials credentials, RegionEndpoint region)
            : base(credentials, new AmazonConnectConfig { RegionEndpoint = region })
        {
        }

        /// <summary>Creates a client whose credentials come from the config's default credentials chain.</summary>
        public AmazonConnectClient(AmazonConnectConfig config)
            : base(config)
        {
        }

        /// <inheritdoc />
        protected override IServiceMetadata ServiceMetadata
        {
            get { return Metadata; }
        }

        /// <summary>
        /// Starts silent monitoring of a contact by a user (MonitorContact). When
        /// <see cref="MonitorContactRequest.ClientToken"/> is empty a GUID is generated and written back
        /// to the request; all retries of this call send that same token.
        /// </summary>
        /// <exception cref="AmazonConnectException">
        /// The service answered with an error; modelled errors arrive as their own subclasses
        /// (InvalidRequestException, AccessDeniedException, ResourceNotFoundException, IdempotencyException,
        /// ServiceQuotaExceededException, ThrottlingException, InternalServiceException).
        /// </exception>
        /// <exception cref="ConnectEndpointException">The endpoint configuration is invalid.</exception>
        public Task<MonitorContactResponse> MonitorContactAsync(MonitorContactRequest request,
            CancellationToken cancellationToken = default(CancellationToken))
        {
            if (request == null)
            {
                throw new ArgumentNullException(nameof(request));
            }
            var options = new InvokeOptions
            {
                RequestMarshaller = MonitorContactRequestMarshaller.Instance,
                ResponseUnmarshaller = MonitorContactResponseUnmarshaller.Instance,
            };
            return InvokeAsync<MonitorContactResponse>(request, options, cancellationToken);
        }

        /// <summary>
        /// Where a client with this config would send MonitorContact, resolved by the Connect endpoint
        /// rule set, without sending anything.
        /// </summary>
        /// <exception cref="ConnectEndpointException">The endpoint configuration is invalid.</exception>
        public static Uri DetermineEndpoint(AmazonConnectConfig config)
        {
            if (config == null)
            {
                throw new ArgumentNullException(nameof(config));
            }
            var parameters = new Amazon.Runtime.Endpoints.ServiceOperationEndpointParameters(new MonitorContactRequest());
            return new Uri(config.DetermineServiceOperationEndpoint(parameters).URL);
        }

        /// <summary>
        /// Swaps the SDK's default endpoint resolver for the Connect rule set and adds the auth-scheme
        /// handler (SigV4); both run once per call, right after marshalling and before the retry loop.
        /// </summary>
        protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
        {
            pipeline.RemoveHandler<EndpointResolver>();
            pipeline.AddHandlerAfter<Marshaller>(new ConnectEndpointResolverHandler());
            pipeline.AddHandlerAfter<Marshaller>(new ConnectAuthSchemeHandler());
        }
    }
}
