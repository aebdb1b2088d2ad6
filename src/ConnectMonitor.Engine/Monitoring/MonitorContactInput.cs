using System.Collections.Generic;

namespace ConnectMonitor.Engine.Monitoring
{
    /// <summary>One MonitorContact call, fully resolved by the cmdlet layer (ids, capabilities, target region).</summary>
    public sealed class MonitorContactInput
    {
        /// <summary>Creates the input.</summary>
        public MonitorContactInput(
            string instanceId,
            string contactId,
            string userId,
            IReadOnlyList<string> allowedMonitorCapabilities = null,
            string clientToken = null,
            string region = null,
            string accountId = null,
            string partition = null)
        {
            InstanceId = instanceId;
            ContactId = contactId;
            UserId = userId;
            AllowedMonitorCapabilities = allowedMonitorCapabilities ?? new string[0];
            ClientToken = clientToken;
            Region = region;
            AccountId = accountId;
            Partition = partition;
        }

        /// <summary>The Amazon Connect instance id.</summary>
        public string InstanceId { get; }

        /// <summary>The contact to monitor.</summary>
        public string ContactId { get; }

        /// <summary>The supervisor's user id.</summary>
        public string UserId { get; }

        /// <summary>SILENT_MONITOR and/or BARGE, upper-case, no duplicates; empty to let the service decide.</summary>
        public IReadOnlyList<string> AllowedMonitorCapabilities { get; }

        /// <summary>The idempotency token; null to have one generated.</summary>
        public string ClientToken { get; }

        /// <summary>The region this call must go to (e.g. from a contact ARN); null for the session's region.</summary>
        public string Region { get; }

        /// <summary>
        /// The AWS account the instance belongs to, when the input named it (a contact ARN or an instance ARN); null when
        /// it is not known, and then an answer's ARN may name any well-formed account.
        /// </summary>
        public string AccountId { get; }

        /// <summary>
        /// The partition the input named (a contact ARN or an instance ARN); null when it did not, and then the partition
        /// of the region the call goes to, where the AWS SDK knows that region.
        /// </summary>
        public string Partition { get; }
    }
}
