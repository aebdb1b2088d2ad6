using System;
using System.Linq;
using Amazon;
using Amazon.Runtime;
using ConnectMonitor.Engine.Connect;
using ConnectMonitor.Engine.Errors;
using ConnectMonitor.Engine.Inputs;

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
                // The wire-text rules: surrounding blanks trimmed; a control character or inner space rejected, since
                // Uri would silently drop or escape it and the request would go somewhere the user did not write.
                endpointUrl = WireText.Trim(endpointUrl);
                var problem = WireText.CharacterProblem(endpointUrl) ?? (endpointUrl.Any(char.IsWhiteSpace) ? "has a space inside" : null);
                if (problem != null)
                {
                    throw new ConnectConfigurationException(ConnectConfigurationProblem.InvalidEndpoint,
                        $"-EndpointUrl '{Uri.EscapeDataString(endpointUrl)}' {problem}; nothing was sent.");
                }

                if (!Uri.TryCreate(endpointUrl, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http"))
                {
                    throw new ConnectConfigurationException(ConnectConfigurationProblem.InvalidEndpoint,
                        $"-EndpointUrl '{Text.EndpointText.Redact(endpointUrl)}' is not an absolute http or https URL (for example https://vpce-0123.connect.us-east-1.vpce.amazonaws.com).");
                }

                // ServiceURL clears RegionEndpoint and would sign for us-east-1: keep the signing region explicit.
                config.ServiceURL = endpointUrl;
                config.AuthenticationRegion = region;
            }

            return config;
        }
    }
}
