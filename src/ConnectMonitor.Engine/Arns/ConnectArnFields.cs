using System;
using System.Linq;
using ConnectMonitor.Engine.Sessions;

namespace ConnectMonitor.Engine.Arns
{
    /// <summary>
    /// The fields every Amazon Connect ARN shares, <c>arn:{partition}:connect:{region}:{account}:{resource}</c>, and the
    /// rules they follow whatever the resource (contact ARNs and instance ARNs alike).
    /// </summary>
    internal static class ConnectArnFields
    {
        /// <summary>
        /// Splits a Connect ARN into its six fields (the resource part may itself hold ':'), or null when the text is
        /// not one or a partition, region or account field is empty.
        /// </summary>
        public static string[] Split(string text)
        {
            if (!ContactArn.LooksLikeArn(text))
            {
                return null;
            }

            var fields = text.Split(new[] { ':' }, 6);
            return fields.Length == 6 && fields[2] == "connect" && fields[1].Length > 0 && fields[3].Length > 0 && fields[4].Length > 0
                ? fields
                : null;
        }

        /// <summary>
        /// What breaks the rules of the shared fields, or null: a partition of the form aws or aws-xx (and, for a region
        /// the SDK knows, that region's own partition: cn-north-1 is aws-cn, not aws); a region that is a host label; a
        /// 12-digit account. Whether the region is a known one is the caller's check, since a custom endpoint makes any
        /// region name acceptable.
        /// </summary>
        public static string Problem(string partition, string region, string accountId)
        {
            if (!IsPartitionName(partition))
            {
                return $"its partition '{partition}' is not an AWS partition name (aws, aws-cn, aws-us-gov...)";
            }

            var regionProblem = RegionNames.LabelProblem(region);
            if (regionProblem != null)
            {
                return "its region " + regionProblem;
            }

            var partitionOfRegion = RegionNames.PartitionOf(region);
            if (partitionOfRegion != null && partitionOfRegion != partition)
            {
                return $"its region {region} is in the partition '{partitionOfRegion}', not '{partition}'";
            }

            return accountId.Length != 12 || !accountId.All(c => c >= '0' && c <= '9')
                ? "its account is not a 12-digit AWS account id"
                : null;
        }

        private static bool IsPartitionName(string partition)
        {
            if (partition == "aws")
            {
                return true;
            }

            if (!partition.StartsWith("aws-", StringComparison.Ordinal) || partition.Length == 4 || partition.EndsWith("-", StringComparison.Ordinal))
            {
                return false;
            }

            return partition.All(c => (c >= 'a' && c <= 'z') || c == '-');
        }
    }
}
