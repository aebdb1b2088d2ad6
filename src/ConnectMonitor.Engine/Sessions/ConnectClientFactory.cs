using System;
using Amazon;
using Amazon.Runtime;
using ConnectMonitor.Engine.Connect;
using ConnectMonitor.Engine.Errors;
using ConnectMonitor.Engine.Inputs;
using ConnectMonitor.Engine.Text;

namespace ConnectMonitor.Engine.Sessions
{
    /// <summary>Builds the Amazon Connect client configuration for one region, with or without a custom endpoint.</summary>
    internal static class ConnectClientFactory
    {
        /// <summary>
        /// The configuration for <paramref name="region"/>. Without an <paramref name="endpointUrl"/> the SDK's configured
        /// endpoints apply (environment, then the profile's <c>endpoint_url</c> / <c>services</c> section); a
        /// <paramref name="profileName"/> from the shared config file selects that profile for them, as the AWS CLI's
        /// --profile does, instead of AWS_PROFILE or <c>default</c>.
        /// </summary>
        public static AmazonConnectConfig CreateConfig(string region, string endpointUrl, string profileName = null, string profileLocation = null)
        {
            var config = new AmazonConnectConfig();
            // The AWS CLI spells the defaults modes in-region and cross-region, the SDK InRegion and CrossRegion (it fails
            // on the CLI's spelling): ConfigSettings accepts both, and the mode in force is set here in the SDK's.
            var defaultsMode = ConfigSettings.DefaultsMode.EnvironmentValue
                ?? ProfileSettings.Read(profileName, profileLocation).Value(ConfigSettings.DefaultsMode.ProfileKey);
            if (defaultsMode != null && Enum.TryParse<DefaultConfigurationMode>(defaultsMode.Replace("-", ""), ignoreCase: true, out var mode))
            {
                config.DefaultConfigurationMode = mode;
            }

            if (string.IsNullOrEmpty(endpointUrl))
            {
                config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
                // A -ProfileLocation file is a credentials file: endpoint settings live only in the shared config file.
                if (!string.IsNullOrEmpty(profileName) && string.IsNullOrEmpty(profileLocation))
                {
                    config.Profile = new Profile(profileName);
                }
            }
            else
            {
                endpointUrl = WireText.Trim(endpointUrl);
                var problem = EndpointText.Problem(endpointUrl);
                if (problem != null)
                {
                    throw new ConnectConfigurationException(ConnectConfigurationProblem.InvalidEndpoint,
                        $"-EndpointUrl '{EndpointText.Redact(endpointUrl)}' {problem}; nothing was sent.");
                }

                // ServiceURL clears RegionEndpoint and would sign for us-east-1: keep the signing region explicit.
                config.ServiceURL = endpointUrl;
                config.AuthenticationRegion = region;
            }

            return config;
        }
    }
}
