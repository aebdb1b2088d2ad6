using Amazon;
using Amazon.Runtime;
using ConnectMonitor.Engine.Connect;

namespace ConnectMonitor.Engine.Sessions
{
    /// <summary>Builds the Amazon Connect client for one region, with or without a custom endpoint.</summary>
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
                // ServiceURL clears RegionEndpoint and would sign for us-east-1: keep the signing region explicit.
                config.ServiceURL = endpointUrl;
                config.AuthenticationRegion = region;
            }

            return config;
        }

        public static AmazonConnectClient Create(AWSCredentials credentials, string region, string endpointUrl) =>
            new AmazonConnectClient(credentials, CreateConfig(region, endpointUrl));
    }
}
