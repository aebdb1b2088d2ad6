using System;
using Amazon.Runtime.Internal.Endpoints.StandardLibrary;

namespace ConnectMonitor.Engine.Sessions
{
    /// <summary>
    /// The checks every region passes before a host name or a signature is derived from it, wherever it came from
    /// (-Region, a contact ARN, $StoredAWSRegion, AWS_REGION, a profile): a host label always, a region the SDK knows
    /// unless a custom endpoint makes it only the signing region.
    /// </summary>
    public static class RegionNames
    {
        /// <summary>What keeps <paramref name="region"/> from being a DNS host label (lower-case letters, digits, inner hyphens, 1-63 characters), or null.</summary>
        public static string LabelProblem(string region)
        {
            if (string.IsNullOrEmpty(region))
            {
                return "is empty";
            }

            if (region.Length > 63)
            {
                return "is longer than a host label (63 characters)";
            }

            for (var i = 0; i < region.Length; i++)
            {
                var c = region[i];
                var ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && i > 0 && i < region.Length - 1);
                if (!ok)
                {
                    return $"is not a host label (only lower-case letters, digits and inner hyphens; U+{(int)c:X4} at position {i + 1})";
                }
            }

            return null;
        }

        /// <summary>
        /// What is wrong with <paramref name="region"/> as the region to call, or null: not a host label, or (without a
        /// custom endpoint) not a region the SDK knows.
        /// </summary>
        public static string Problem(string region, bool customEndpoint)
        {
            var label = LabelProblem(region);
            if (label != null)
            {
                return label;
            }

            return customEndpoint || KnownRegions.IsKnown(region) ? null : "is not a known AWS region";
        }

        /// <summary>The partition of a known region (aws, aws-cn, aws-us-gov...), or null for a region the SDK does not know.</summary>
        public static string PartitionOf(string region)
        {
            if (!KnownRegions.IsKnown(region))
            {
                return null;
            }

            try
            {
                return Fn.Partition(region)?.name;
            }
            catch (Exception)
            {
                // The SDK's partition data could not place it: no partition to compare against.
                return null;
            }
        }
    }
}
