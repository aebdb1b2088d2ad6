using System;
using Amazon.Runtime.Endpoints;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>
    /// The SDK-facing endpoint provider (<see cref="IEndpointProvider"/>): adapts the SDK's
    /// parameter bag to <see cref="ConnectEndpointRules"/>. Set as the config's EndpointProvider.
    /// </summary>
    internal sealed class ConnectEndpointProvider : IEndpointProvider
    {
        public Endpoint ResolveEndpoint(EndpointParameters parameters)
        {
            if (parameters == null)
            {
                throw new ArgumentNullException(nameof(parameters));
            }
            return new Endpoint(ConnectEndpointRules.ResolveUrl(ConnectEndpointParameters.From(parameters)));
        }
    }
}
