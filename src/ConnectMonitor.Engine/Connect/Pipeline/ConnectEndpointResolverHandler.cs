using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>
    /// Pipeline handler that replaces the SDK's default endpoint resolver: it maps the client
    /// config to <see cref="ConnectEndpointParameters"/>; the base class then asks the config's
    /// endpoint provider (our rule set) for the URL and sets it on the request.
    /// Runs once per call, after marshalling and before the retry loop.
    /// </summary>
    internal sealed class ConnectEndpointResolverHandler : BaseEndpointResolver
    {
        protected override EndpointParameters MapEndpointsParameters(IRequestContext requestContext)
        {
            var config = (AmazonConnectConfig)requestContext.ClientConfig;
            return ConnectEndpointParameters.FromConfig(config, requestContext.Request.AlternateEndpoint);
        }

        protected override void ServiceSpecificHandler(IExecutionContext executionContext, EndpointParameters parameters)
        {
            InjectHostPrefix(executionContext.RequestContext);

            // Sign for the region the endpoint was resolved for. Without this, a custom endpoint
            // (ServiceURL, AWS_ENDPOINT_URL_CONNECT, profile endpoint_url) on a non-AWS host makes the
            // SigV4 signer guess the region from the host name and fall back to us-east-1, even when
            // RegionEndpoint says otherwise. An explicit config AuthenticationRegion still wins
            // (the base class applies it after this method).
            IRequest request = executionContext.RequestContext.Request;
            string region = ((ConnectEndpointParameters)parameters).Region;
            if (string.IsNullOrEmpty(request.AuthenticationRegion) && !string.IsNullOrEmpty(region))
            {
                request.AuthenticationRegion = region;
            }
        }
    }
}
