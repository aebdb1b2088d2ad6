namespace ConnectMonitor.Engine.Monitoring
{
    /// <summary>A successful MonitorContact call: what the service answered and where the request went.</summary>
    public sealed class MonitorContactOutcome
    {
        /// <summary>Creates the outcome.</summary>
        public MonitorContactOutcome(
            string contactId,
            string contactArn,
            string requestId,
            string region,
            string endpoint,
            string clientToken,
            string monitorContactId = null,
            string monitorContactArn = null)
        {
            ContactId = contactId;
            ContactArn = contactArn;
            RequestId = requestId;
            Region = region;
            Endpoint = endpoint;
            ClientToken = clientToken;
            MonitorContactId = monitorContactId;
            MonitorContactArn = monitorContactArn;
        }

        /// <summary>The monitored contact's id: the one asked for, whatever contact the answer named.</summary>
        public string ContactId { get; }

        /// <summary>The monitored contact's ARN (the answer's when it names that contact, else built from the answer's instance).</summary>
        public string ContactArn { get; }

        /// <summary>The service's request id.</summary>
        public string RequestId { get; }

        /// <summary>The region the call was signed for.</summary>
        public string Region { get; }

        /// <summary>The endpoint URL the call was sent to.</summary>
        public string Endpoint { get; }

        /// <summary>The idempotency token the call carried (generated when none was given).</summary>
        public string ClientToken { get; }

        /// <summary>
        /// The contact Amazon Connect created for the supervisor's monitoring session, when the answer named a contact
        /// other than the monitored one (the answer's ContactId, or the contact in its ARN); null when it named the
        /// monitored contact alone.
        /// </summary>
        public string MonitorContactId { get; }

        /// <summary>
        /// That monitoring contact's ARN (the answer's ContactArn, or, when only the answer's ContactId named it, its ARN
        /// in the same instance); null when the answer named the monitored contact alone.
        /// </summary>
        public string MonitorContactArn { get; }
    }
}
