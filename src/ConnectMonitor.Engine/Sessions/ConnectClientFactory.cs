using System;
using Amazon;
using Amazon.Runtime;
using ConnectMonitor.Engine.Connect;
using ConnectMonitor.Engine.Errors;

namespace ConnectMonitor.Engine.Sessions
{
    /// <summary>Builds the Amazon Connect client configuration for one region, with or without a custom endpoint.</summary>
    internal static class ConnectClientFactory
    {
        public static AmazonConnectConfig CreateConfig(string region, string endpointUrl)
        {
            var config = new AmazonConnectConfig();
            if (string.IsNullOrEmpty(endpointUrl))
            {
                config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
            }
            else
            {
                if (!Uri.TryCreate(endpointUrl, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http"))
                {
                    throw new ConnectConfigurationException(ConnectConfigurationProblem.InvalidEndpoint,
                        $"-EndpointUrl '{endpointUrl}' is not an absolute http or https URL (for example https://vpce-0123.connect.us-east-1.vpce.amazonaws.com).");
                }

                // ServiceURL clears RegionEndpoint and would sign for us-east-1: keep the signing region explicit.
                config.ServiceURL = endpointUrl;
                config.AuthenticationRegion = region;
            }

            return config;
        }
    }
}
