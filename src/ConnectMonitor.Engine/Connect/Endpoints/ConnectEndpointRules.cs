using System;
using Amazon.Runtime.Internal.Endpoints.StandardLibrary;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>
    /// The Amazon Connect endpoint rule set (connect-2017-08-08, endpoint-rule-set-1.json), written out by hand.
    /// Partition data (dnsSuffix, dualStackDnsSuffix, FIPS / dual-stack support) comes from the SDK's own
    /// partitions table, so every partition the installed AWSSDK.Core knows is supported.
    /// </summary>
    internal static class ConnectEndpointRules
    {
        /// <summary>The partition whose FIPS endpoint is the plain regional host.</summary>
        private const string UsGovPartition = "aws-us-gov";

        /// <summary>Message when FIPS is combined with a custom endpoint (from the rule set).</summary>
        public const string FipsWithCustomEndpointError = "Invalid Configuration: FIPS and custom endpoint are not supported";

        /// <summary>Message when dual-stack is combined with a custom endpoint (from the rule set).</summary>
        public const string DualStackWithCustomEndpointError = "Invalid Configuration: Dualstack and custom endpoint are not supported";

        /// <summary>Message when FIPS and dual-stack are both asked for in a partition lacking one (from the rule set).</summary>
        public const string FipsAndDualStackUnsupportedError = "FIPS and DualStack are enabled, but this partition does not support one or both";

        /// <summary>Message when FIPS is asked for in a partition without it (from the rule set).</summary>
        public const string FipsUnsupportedError = "FIPS is enabled but this partition does not support FIPS";

        /// <summary>Message when dual-stack is asked for in a partition without it (from the rule set).</summary>
        public const string DualStackUnsupportedError = "DualStack is enabled but this partition does not support DualStack";

        /// <summary>Message when neither a custom endpoint nor a region is given (from the rule set).</summary>
        public const string MissingRegionError = "Invalid Configuration: Missing Region";

        /// <summary>
        /// Resolves the URL a request is sent to, following the rule set's order: a custom endpoint (which
        /// needs no region), then, for a region's partition, FIPS + dual-stack, FIPS (in aws-us-gov the
        /// plain regional host, which is FIPS there), dual-stack, and the regional default.
        /// </summary>
        /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
        /// <exception cref="ConnectEndpointException">The configuration is invalid; the message says why.</exception>
        public static string ResolveUrl(ConnectEndpointParameters parameters)
        {
            if (parameters == null)
            {
                throw new ArgumentNullException(nameof(parameters));
            }

            if (!string.IsNullOrEmpty(parameters.Endpoint))
            {
                return CustomEndpoint(parameters);
            }

            string region = parameters.Region;
            if (string.IsNullOrEmpty(region))
            {
                throw new ConnectEndpointException(MissingRegionError);
            }

            Partition partition = Fn.Partition(region);
            if (partition == null)
            {
                throw new ConnectEndpointException("Invalid Configuration: no partition matches region '" + region + "'.");
            }

            // Not in the rule set: it would build "https://connect.{Region}..." from any string.
            // A region that is not a host label cannot form a valid URL, so say so plainly.
            if (!Fn.IsValidHostLabel(region, false))
            {
                throw new ConnectEndpointException("Invalid Configuration: region '" + region + "' is not a valid region name.");
            }

            if (parameters.UseFIPS && parameters.UseDualStack)
            {
                if (partition.supportsFIPS && partition.supportsDualStack)
                {
                    return "https://connect-fips." + region + "." + partition.dualStackDnsSuffix;
                }
                throw new ConnectEndpointException(FipsAndDualStackUnsupportedError);
            }

            if (parameters.UseFIPS)
            {
                if (!partition.supportsFIPS)
                {
                    throw new ConnectEndpointException(FipsUnsupportedError);
                }
                // The rule set's special case: Connect's regional endpoints in GovCloud are FIPS endpoints.
                if (partition.name == UsGovPartition)
                {
                    return "https://connect." + region + ".amazonaws.com";
                }
                return "https://connect-fips." + region + "." + partition.dnsSuffix;
            }

            if (parameters.UseDualStack)
            {
                if (partition.supportsDualStack)
                {
                    return "https://connect." + region + "." + partition.dualStackDnsSuffix;
                }
                throw new ConnectEndpointException(DualStackUnsupportedError);
            }

            return "https://connect." + region + "." + partition.dnsSuffix;
        }

        private static string CustomEndpoint(ConnectEndpointParameters parameters)
        {
            if (parameters.UseFIPS)
            {
                throw new ConnectEndpointException(FipsWithCustomEndpointError);
            }
            if (parameters.UseDualStack)
            {
                throw new ConnectEndpointException(DualStackWithCustomEndpointError);
            }

            Uri uri;
            if (!Uri.TryCreate(parameters.Endpoint, UriKind.Absolute, out uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw new ConnectEndpointException(
                    "Invalid Configuration: custom endpoint '" + parameters.Endpoint + "' is not an absolute http(s) URL.");
            }
            return parameters.Endpoint;
        }
    }
}
