using Amazon;
using Amazon.Runtime.Endpoints;
using Amazon.Util;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>
    /// The inputs of the Amazon Connect endpoint rule set (endpoint-rule-set-1.json):
    /// Region, UseFIPS, UseDualStack and an optional custom Endpoint.
    /// </summary>
    /// <remarks>
    /// Derives from the SDK's <see cref="EndpointParameters"/> property bag so the same object
    /// flows through the SDK's endpoint-resolution pipeline (which caches by content).
    /// </remarks>
    internal sealed class ConnectEndpointParameters : EndpointParameters
    {
        /// <summary>Creates parameters with UseFIPS and UseDualStack false (the rule set's defaults).</summary>
        public ConnectEndpointParameters()
        {
            UseFIPS = false;
            UseDualStack = false;
        }

        /// <summary>The AWS region the request is dispatched to, e.g. "eu-west-2". Required by the rule set.</summary>
        public string Region
        {
            get { return (string)this["Region"]; }
            set { this["Region"] = value; }
        }

        /// <summary>Send to the FIPS-compliant endpoint.</summary>
        public bool UseFIPS
        {
            get { return (this["UseFIPS"] as bool?) ?? false; }
            set { this["UseFIPS"] = value; }
        }

        /// <summary>Send to the dual-stack (IPv4 and IPv6) endpoint.</summary>
        public bool UseDualStack
        {
            get { return (this["UseDualStack"] as bool?) ?? false; }
            set { this["UseDualStack"] = value; }
        }

        /// <summary>A custom endpoint URL that overrides the rule set's computed one (SDK::Endpoint).</summary>
        public string Endpoint
        {
            get { return (string)this["Endpoint"]; }
            set { this["Endpoint"] = value; }
        }

        /// <summary>
        /// Builds the parameters the way the SDK's generated clients do from a client configuration:
        /// the region comes from RegionEndpoint; with only a ServiceURL it comes from
        /// AuthenticationRegion, else from the URL (which for a non-AWS host falls back to the
        /// SDK's default region lookup, typically us-east-1).
        /// </summary>
        internal static ConnectEndpointParameters FromConfig(AmazonConnectConfig config, RegionEndpoint alternateRegion = null)
        {
            // RegionEndpoint must be read before ServiceURL: probing the default region calls the
            // RegionEndpoint setter, which clears a ServiceURL read earlier from the environment.
            RegionEndpoint region = config.RegionEndpoint;
            string serviceUrl = config.ServiceURL;

            var parameters = new ConnectEndpointParameters
            {
                Region = region != null ? region.SystemName : null,
                UseFIPS = config.UseFIPSEndpoint,
                UseDualStack = config.UseDualstackEndpoint,
                Endpoint = serviceUrl,
            };

            if (region == null && !string.IsNullOrEmpty(serviceUrl))
            {
                parameters.Region = !string.IsNullOrEmpty(config.AuthenticationRegion)
                    ? config.AuthenticationRegion
                    : AWSSDKUtils.DetermineRegion(serviceUrl);
            }

            if (parameters.Region == "us-east-1-regional")
            {
                parameters.Region = "us-east-1";
            }

            if (alternateRegion != null)
            {
                parameters.Region = alternateRegion.SystemName;
            }

            return parameters;
        }

        /// <summary>Reads a foreign <see cref="EndpointParameters"/> bag (e.g. from a custom pipeline) into this type.</summary>
        internal static ConnectEndpointParameters From(EndpointParameters bag)
        {
            var typed = bag as ConnectEndpointParameters;
            if (typed != null)
            {
                return typed;
            }

            return new ConnectEndpointParameters
            {
                Region = bag["Region"] as string,
                UseFIPS = (bag["UseFIPS"] as bool?) ?? false,
                UseDualStack = (bag["UseDualStack"] as bool?) ?? false,
                Endpoint = bag["Endpoint"] as string,
            };
        }
    }
}
