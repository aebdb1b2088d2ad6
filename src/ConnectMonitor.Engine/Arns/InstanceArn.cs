using ConnectMonitor.Engine.Inputs;

namespace ConnectMonitor.Engine.Arns
{
    /// <summary>
    /// An Amazon Connect instance ARN, <c>arn:{partition}:connect:{region}:{account}:instance/{instanceId}</c>, as
    /// -InstanceId takes it (the console and AWS Tools show instances by ARN): it names the instance id and the region.
    /// </summary>
    public sealed class InstanceArn
    {
        private InstanceArn(string value, string partition, string region, string accountId, string instanceId)
        {
            Value = value;
            Partition = partition;
            Region = region;
            AccountId = accountId;
            InstanceId = instanceId;
        }

        /// <summary>The ARN as given.</summary>
        public string Value { get; }

        /// <summary>The partition, e.g. <c>aws</c>, <c>aws-cn</c>, <c>aws-us-gov</c>.</summary>
        public string Partition { get; }

        /// <summary>The region the instance lives in.</summary>
        public string Region { get; }

        /// <summary>The AWS account id.</summary>
        public string AccountId { get; }

        /// <summary>The Amazon Connect instance id.</summary>
        public string InstanceId { get; }

        /// <summary>Parses an instance ARN; false for anything else (a contact ARN included).</summary>
        public static bool TryParse(string text, out InstanceArn arn)
        {
            arn = null;
            var fields = ConnectArnFields.Split(text);
            if (fields == null)
            {
                return false;
            }

            var resource = fields[5].Split('/');
            if (resource.Length != 2 || resource[0] != "instance" || resource[1].Length == 0)
            {
                return false;
            }

            arn = new InstanceArn(text, fields[1], fields[3], fields[4], resource[1]);
            return true;
        }

        /// <summary>
        /// What breaks the rules of an instance ARN's parts, or null: the rules every Connect ARN follows
        /// (<see cref="ConnectArnFields.Problem"/>) and an instance id of 1-100 code points within the wire-text rules.
        /// </summary>
        public string Problem()
        {
            var shared = ConnectArnFields.Problem(Partition, Region, AccountId);
            if (shared != null)
            {
                return shared;
            }

            var instanceProblem = WireText.Problem(InstanceId, 1, 100);
            return instanceProblem == null ? null : "its instance id " + instanceProblem;
        }

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
