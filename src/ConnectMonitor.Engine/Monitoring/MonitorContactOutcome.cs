namespace ConnectMonitor.Engine.Monitoring
{
    /// <summary>A successful MonitorContact call: what the service answered and where the request went.</summary>
    public sealed class MonitorContactOutcome
    {
        /// <summary>Creates the outcome.</summary>
        public MonitorContactOutcome(string contactId, string contactArn, string requestId, string region, string endpoint, string clientToken)
        {
            ContactId = contactId;
            ContactArn = contactArn;
            RequestId = requestId;
            Region = region;
            Endpoint = endpoint;
            ClientToken = clientToken;
        }

        /// <summary>The contact id the service confirmed.</summary>
        public string ContactId { get; }

        /// <summary>The contact's ARN.</summary>
        public string ContactArn { get; }

        /// <summary>The service's request id.</summary>
        public string RequestId { get; }

        /// <summary>The region the call was signed for.</summary>
        public string Region { get; }

        /// <summary>The endpoint URL the call was sent to.</summary>
        public string Endpoint { get; }

        /// <summary>The idempotency token the call carried (generated when none was given).</summary>
        public string ClientToken { get; }
    }
}
