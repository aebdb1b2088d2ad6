using System;

namespace ConnectMonitor.Inputs
{
    /// <summary>
    /// An Amazon Connect instance ARN, <c>arn:{partition}:connect:{region}:{account}:instance/{instanceId}</c>, as
    /// -InstanceId takes it (the console and AWS Tools show instances by ARN): it names the instance id and the region.
    /// </summary>
    internal sealed class InstanceArn
    {
        private InstanceArn(string value, string region, string instanceId)
        {
            Value = value;
            Region = region;
            InstanceId = instanceId;
        }

        public string Value { get; }

        public string Region { get; }

        public string InstanceId { get; }

        /// <summary>Parses an instance ARN; false for anything else (a contact ARN included).</summary>
        public static bool TryParse(string text, out InstanceArn arn)
        {
            arn = null;
            if (text == null || !text.StartsWith("arn:", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var fields = text.Split(new[] { ':' }, 6);
            if (fields.Length != 6 || fields[2] != "connect" || fields[1].Length == 0 || fields[3].Length == 0 || fields[4].Length == 0)
            {
                return false;
            }

            var resource = fields[5].Split('/');
            if (resource.Length != 2 || resource[0] != "instance" || resource[1].Length == 0)
            {
                return false;
            }

            arn = new InstanceArn(text, fields[3], resource[1]);
            return true;
        }
    }
}
