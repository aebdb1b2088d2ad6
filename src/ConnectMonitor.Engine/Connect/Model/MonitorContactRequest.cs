using System.Collections.Generic;
using Amazon.Runtime;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>
    /// Input of Amazon Connect MonitorContact (POST /contact/monitor): puts the user's Contact Control
    /// Panel into silent monitoring (optionally with barge) on a live contact.
    /// Only members that are set are sent.
    /// </summary>
    internal sealed class MonitorContactRequest : AmazonWebServiceRequest
    {
        /// <summary>The Amazon Connect instance id (1-100 characters). Required.</summary>
        public string InstanceId { get; set; }

        /// <summary>The contact to monitor (1-256 characters). Required.</summary>
        public string ContactId { get; set; }

        /// <summary>The user (agent resource id, 1-256 characters) who monitors. Required.</summary>
        public string UserId { get; set; }

        /// <summary>
        /// At most two of "SILENT_MONITOR" and "BARGE". Null means "not sent"; an empty list is sent as [].
        /// </summary>
        public List<string> AllowedMonitorCapabilities { get; set; }

        /// <summary>
        /// Idempotency token (at most 500 characters). When null or empty, the client generates a GUID
        /// when the call starts and writes it back here, so the caller can see it; every retry of that
        /// call carries the same token. Clear it before reusing this object for a different call.
        /// </summary>
        public string ClientToken { get; set; }
    }
}
