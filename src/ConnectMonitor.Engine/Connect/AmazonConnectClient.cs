using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using ConnectMonitor.Engine.Diagnostics;
using ConnectMonitor.Engine.Pacing;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>
    /// A small Amazon Connect client for a supervisor's work (MonitorContact, GetCurrentUserData, SearchUsers,
    /// SearchQueues, SearchRoutingProfiles, SearchUserHierarchyGroups, and the readiness reads DescribeContact,
    /// DescribeInstanceAttribute, DescribeUser, ListSecurityProfilePermissions, and ListInstances for completion), built on AWSSDK.Core's
    /// runtime pipeline: SDK retries (standard/adaptive, throttling back-off), SigV4 signing,
    /// timeouts, logging and configured endpoints all come from the SDK. Every call is paced and retried by the
    /// client's own pipeline (<see cref="ClientPacing"/>, see <see cref="CustomizeRuntimePipeline"/>), whatever the
    /// operation. Thread-safe; reuse one instance per configuration.
    /// </summary>
    internal sealed class AmazonConnectClient : AmazonServiceClient
    {
        private static readonly IServiceMetadata Metadata = new ConnectServiceMetadata();
        private readonly ClientPacing _pacing = ClientPacing.None;

        /// <summary>Creates a client with explicit credentials and a config, not paced (the SDK's retries; attempts counted).</summary>
        public AmazonConnectClient(AWSCredentials credentials, AmazonConnectConfig config)
            : base(credentials, config)
        {
        }

        /// <summary>
        /// Creates a client with explicit credentials and a config whose every call is paced by
        /// <paramref name="pacing"/>'s limiter for its endpoint and operation, with its attempt budget and back-off.
        /// </summary>
        public AmazonConnectClient(AWSCredentials credentials, AmazonConnectConfig config, ClientPacing pacing)
            : base(credentials, config)
        {
            _pacing = pacing ?? ClientPacing.None;
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
            CancellationToken cancellationToken = default(CancellationToken)) =>
            Invoke<MonitorContactResponse>(request, MonitorContactRequestMarshaller.Instance, MonitorContactResponseUnmarshaller.Instance, cancellationToken);

        /// <summary>
        /// Who is on which contact right now (GetCurrentUserData), one page. The model's constraints are checked before
        /// sending (<see cref="ConnectRequestValidationException"/>).
        /// </summary>
        public Task<GetCurrentUserDataResponse> GetCurrentUserDataAsync(GetCurrentUserDataRequest request,
            CancellationToken cancellationToken = default(CancellationToken)) =>
            Invoke<GetCurrentUserDataResponse>(request, GetCurrentUserDataRequestMarshaller.Instance, GetCurrentUserDataResponseUnmarshaller.Instance, cancellationToken);

        /// <summary>Searches users (SearchUsers), one page; e.g. by Username to find a user id.</summary>
        public Task<SearchUsersResponse> SearchUsersAsync(SearchUsersRequest request,
            CancellationToken cancellationToken = default(CancellationToken)) =>
            Invoke<SearchUsersResponse>(request, SearchUsersRequestMarshaller.Instance, SearchUsersResponseUnmarshaller.Instance, cancellationToken);

        /// <summary>Searches queues (SearchQueues), one page; e.g. by name to find a queue id.</summary>
        public Task<SearchQueuesResponse> SearchQueuesAsync(SearchQueuesRequest request,
            CancellationToken cancellationToken = default(CancellationToken)) =>
            Invoke<SearchQueuesResponse>(request, SearchQueuesRequestMarshaller.Instance, SearchQueuesResponseUnmarshaller.Instance, cancellationToken);

        /// <summary>Searches routing profiles (SearchRoutingProfiles), one page.</summary>
        public Task<SearchRoutingProfilesResponse> SearchRoutingProfilesAsync(SearchRoutingProfilesRequest request,
            CancellationToken cancellationToken = default(CancellationToken)) =>
            Invoke<SearchRoutingProfilesResponse>(request, SearchRoutingProfilesRequestMarshaller.Instance, SearchRoutingProfilesResponseUnmarshaller.Instance, cancellationToken);

        /// <summary>Searches user hierarchy groups (SearchUserHierarchyGroups), one page.</summary>
        public Task<SearchUserHierarchyGroupsResponse> SearchUserHierarchyGroupsAsync(SearchUserHierarchyGroupsRequest request,
            CancellationToken cancellationToken = default(CancellationToken)) =>
            Invoke<SearchUserHierarchyGroupsResponse>(request, SearchUserHierarchyGroupsRequestMarshaller.Instance, SearchUserHierarchyGroupsResponseUnmarshaller.Instance, cancellationToken);

        /// <summary>Describes a contact (DescribeContact): channel, agent, initiation method, disconnect time.</summary>
        public Task<DescribeContactResponse> DescribeContactAsync(DescribeContactRequest request,
            CancellationToken cancellationToken = default(CancellationToken)) =>
            Invoke<DescribeContactResponse>(request, DescribeContactRequestMarshaller.Instance, DescribeContactResponseUnmarshaller.Instance, cancellationToken);

        /// <summary>Reads one instance attribute (DescribeInstanceAttribute), e.g. ENHANCED_CONTACT_MONITORING.</summary>
        public Task<DescribeInstanceAttributeResponse> DescribeInstanceAttributeAsync(DescribeInstanceAttributeRequest request,
            CancellationToken cancellationToken = default(CancellationToken)) =>
            Invoke<DescribeInstanceAttributeResponse>(request, DescribeInstanceAttributeRequestMarshaller.Instance, DescribeInstanceAttributeResponseUnmarshaller.Instance, cancellationToken);

        /// <summary>Describes a user (DescribeUser): login name and security profile ids.</summary>
        public Task<DescribeUserResponse> DescribeUserAsync(DescribeUserRequest request,
            CancellationToken cancellationToken = default(CancellationToken)) =>
            Invoke<DescribeUserResponse>(request, DescribeUserRequestMarshaller.Instance, DescribeUserResponseUnmarshaller.Instance, cancellationToken);

        /// <summary>Lists a security profile's permissions (ListSecurityProfilePermissions), one page.</summary>
        public Task<ListSecurityProfilePermissionsResponse> ListSecurityProfilePermissionsAsync(ListSecurityProfilePermissionsRequest request,
            CancellationToken cancellationToken = default(CancellationToken)) =>
            Invoke<ListSecurityProfilePermissionsResponse>(request, ListSecurityProfilePermissionsRequestMarshaller.Instance, ListSecurityProfilePermissionsResponseUnmarshaller.Instance, cancellationToken);

        /// <summary>The instances of the account in the client's region (ListInstances), one page.</summary>
        public Task<ListInstancesResponse> ListInstancesAsync(ListInstancesRequest request,
            CancellationToken cancellationToken = default(CancellationToken)) =>
            Invoke<ListInstancesResponse>(request, ListInstancesRequestMarshaller.Instance, ListInstancesResponseUnmarshaller.Instance, cancellationToken);

        /// <summary>
        /// Sends one call of any operation through this client's pipeline, given its marshaller and unmarshaller: every
        /// operation line above is one call of this, and gets pacing, retries, signing and endpoints from the pipeline.
        /// </summary>
        internal Task<TResponse> Invoke<TResponse>(AmazonWebServiceRequest request,
            Amazon.Runtime.Internal.Transform.IMarshaller<Amazon.Runtime.Internal.IRequest, AmazonWebServiceRequest> marshaller,
            Amazon.Runtime.Internal.Transform.ResponseUnmarshaller unmarshaller, CancellationToken cancellationToken)
            where TResponse : AmazonWebServiceResponse, new()
        {
            if (request == null)
            {
                throw new ArgumentNullException(nameof(request));
            }
            var options = new InvokeOptions
            {
                RequestMarshaller = marshaller,
                ResponseUnmarshaller = unmarshaller,
            };
            return InvokeAsync<TResponse>(request, options, cancellationToken);
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
        /// handler (SigV4); both run once per call, right after marshalling and before the retry loop. Then pacing:
        /// <see cref="CallPacingHandler"/> right outside the retry loop (the call's limiter and budget, its attempts
        /// reported back), the SDK's retry policy wrapped in <see cref="PacedRetryPolicy"/>, and
        /// <see cref="PacingHandler"/> right inside the loop (every attempt waits for the limiter).
        /// </summary>
        protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
        {
            pipeline.RemoveHandler<EndpointResolver>();
            pipeline.AddHandlerAfter<Marshaller>(new ConnectEndpointResolverHandler());
            pipeline.AddHandlerAfter<Marshaller>(new ConnectAuthSchemeHandler());

            // Runs inside the SDK's constructor, before _pacing is set: the handler reads it when a call starts.
            var retry = pipeline.Handlers.OfType<RetryHandler>().Single();
            pipeline.ReplaceHandler<RetryHandler>(new RetryHandler(new PacedRetryPolicy(retry.RetryPolicy)));
            pipeline.AddHandlerBefore<RetryHandler>(new CallPacingHandler(() => _pacing));
            pipeline.AddHandlerAfter<RetryHandler>(new PacingHandler());
            if (StartupTrace.Enabled)
            {
                MarkEveryStage(pipeline);
            }
        }

        private static void MarkEveryStage(RuntimePipeline pipeline)
        {
            var addBefore = typeof(RuntimePipeline).GetMethod(nameof(RuntimePipeline.AddHandlerBefore));
            foreach (var handler in pipeline.Handlers.ToList())
            {
                addBefore.MakeGenericMethod(handler.GetType()).Invoke(pipeline, new object[] { new StartupTraceHandler("sdk:" + handler.GetType().Name) });
            }
        }
    }
}
