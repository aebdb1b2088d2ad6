using System;
using System.Collections.Generic;
using System.Linq;

namespace ConnectMonitor.Engine.Sessions
{
    /// <summary>
    /// The regions where Amazon Connect has an endpoint, for tab completion of -Region. The source is Amazon Connect's
    /// published endpoint tests (endpoint-tests-1.json, botocore 1.43.67, in /work/shared/connect-model and the engine
    /// tests' TestData): they list one standard case (FIPS and dual-stack off) for every region of the service's own
    /// endpoints, and then the rule set's partition-wide samples (cn-north-1, us-gov-east-1, us-iso-east-1,
    /// us-isob-east-1, with every FIPS and dual-stack variant), which are checks of the rules, not regions Connect
    /// serves. The list is intersected with the AWS SDK's partition data (<see cref="KnownRegions"/>), so a region the
    /// SDK does not know is never offered.
    /// </summary>
    public static class ConnectRegions
    {
        /// <summary>The regions of the service's own endpoints in the published endpoint tests.</summary>
        internal static readonly string[] FromEndpointTests =
        {
            "af-south-1", "ap-northeast-1", "ap-northeast-2", "ap-southeast-1", "ap-southeast-2", "ca-central-1",
            "eu-central-1", "eu-west-2", "us-east-1", "us-west-2", "us-gov-west-1",
        };

        private static readonly Lazy<string[]> Names = new Lazy<string[]>(() =>
            FromEndpointTests.Where(KnownRegions.IsKnown).OrderBy(n => n, StringComparer.Ordinal).ToArray());

        /// <summary>The regions with an Amazon Connect endpoint that the AWS SDK knows, sorted.</summary>
        public static IReadOnlyList<string> All => Names.Value;
    }
}
