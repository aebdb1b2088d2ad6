using System;
using ConnectMonitor.Engine.Inputs;

namespace ConnectMonitor.Engine.Arns
{
    /// <summary>
    /// An Amazon Connect contact ARN:
    /// <c>arn:{partition}:connect:{region}:{account}:instance/{instanceId}/contact/{contactId}</c>.
    /// A contact ARN names the instance and the region as well as the contact, so it can stand in for all three.
    /// </summary>
    public sealed class ContactArn
    {
        private ContactArn(string value, string partition, string region, string accountId, string instanceId, string contactId)
        {
            Value = value;
            Partition = partition;
            Region = region;
            AccountId = accountId;
            InstanceId = instanceId;
            ContactId = contactId;
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

        /// <summary>The contact id.</summary>
        public string ContactId { get; }

        /// <summary>True when the text starts like an ARN, so a failed parse deserves an error rather than being taken as an id.</summary>
        public static bool LooksLikeArn(string text) =>
            text != null && text.StartsWith("arn:", StringComparison.OrdinalIgnoreCase);

        /// <summary>Parses a contact ARN; returns false for anything else (including instance or other resource ARNs).</summary>
        public static bool TryParse(string text, out ContactArn arn)
        {
            arn = null;
            var fields = ConnectArnFields.Split(text);
            if (fields == null)
            {
                return false;
            }

            var resource = fields[5].Split('/');
            if (resource.Length != 4 || resource[0] != "instance" || resource[2] != "contact")
            {
                return false;
            }

            string partition = fields[1], region = fields[3], account = fields[4];
            string instanceId = resource[1], contactId = resource[3];
            if (instanceId.Length == 0 || contactId.Length == 0)
            {
                return false;
            }

            arn = new ContactArn(text, partition, region, account, instanceId, contactId);
            return true;
        }

        /// <summary>
        /// What breaks the rules of a contact ARN's parts, or null: the rules every Connect ARN follows
        /// (<see cref="ConnectArnFields.Problem"/>: partition, region label and partition, 12-digit account), then an
        /// instance id of 1-100 and a contact id of 1-256 code points, each within the wire-text rules (<see cref="WireText"/>).
        /// </summary>
        public string Problem()
        {
            var shared = ConnectArnFields.Problem(Partition, Region, AccountId);
            if (shared != null)
            {
                return shared;
            }

            var instanceProblem = WireText.Problem(InstanceId, 1, 100);
            if (instanceProblem != null)
            {
                return "its instance id " + instanceProblem;
            }

            var contactProblem = WireText.Problem(ContactId, 1, 256);
            return contactProblem == null ? null : "its contact id " + contactProblem;
        }

        /// <summary>
        /// The ARN of <paramref name="contactId"/> in this ARN's instance (same partition, region and account): the
        /// form every contact ARN has.
        /// </summary>
        public string OfContact(string contactId) =>
            $"arn:{Partition}:connect:{Region}:{AccountId}:instance/{InstanceId}/contact/{contactId}";

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
