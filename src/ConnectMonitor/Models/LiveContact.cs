using System;

namespace ConnectMonitor
{
    /// <summary>
    /// One contact an agent is on now, as <c>Get-ConnectLiveContact</c> writes it. Pipes into
    /// <c>Start-ConnectContactMonitor</c> by property name (ContactArn/ContactId, InstanceId, Region). The agent is
    /// described by AgentId and AgentUsername, never by a property that would bind to the supervisor's -UserId or
    /// -UserName.
    /// </summary>
    public sealed class LiveContact
    {
        /// <summary>Creates the object.</summary>
        public LiveContact(string contactId, string contactArn, string instanceId, string region, string channel, string state,
            DateTime? stateSince, DateTime? connectedToAgentAt, string initiationMethod, string agentId, string agentUsername,
            string queueName, string queueId, string routingProfileId)
        {
            ContactId = contactId;
            ContactArn = contactArn;
            InstanceId = instanceId;
            Region = region;
            Channel = channel;
            State = state;
            StateSince = stateSince;
            ConnectedToAgentAt = connectedToAgentAt;
            InitiationMethod = initiationMethod;
            AgentId = agentId;
            AgentUsername = agentUsername;
            QueueName = queueName;
            QueueId = queueId;
            RoutingProfileId = routingProfileId;
        }

        /// <summary>The contact id.</summary>
        public string ContactId { get; }

        /// <summary>The contact ARN (names the instance and region too).</summary>
        public string ContactArn { get; }

        /// <summary>The Amazon Connect instance id.</summary>
        public string InstanceId { get; }

        /// <summary>The AWS region of the instance.</summary>
        public string Region { get; }

        /// <summary>VOICE, CHAT, TASK or EMAIL.</summary>
        public string Channel { get; }

        /// <summary>The contact's state for the agent, e.g. CONNECTED or CONNECTED_ONHOLD.</summary>
        public string State { get; }

        /// <summary>Since when (UTC) the contact has been in <see cref="State"/>.</summary>
        public DateTime? StateSince { get; }

        /// <summary>When (UTC) the contact was connected to the agent.</summary>
        public DateTime? ConnectedToAgentAt { get; }

        /// <summary>How the contact was initiated (INBOUND, OUTBOUND, TRANSFER, ...).</summary>
        public string InitiationMethod { get; }

        /// <summary>The agent's user id.</summary>
        public string AgentId { get; }

        /// <summary>The agent's login name.</summary>
        public string AgentUsername { get; }

        /// <summary>The queue's name.</summary>
        public string QueueName { get; }

        /// <summary>The queue's id.</summary>
        public string QueueId { get; }

        /// <summary>The agent's routing profile id.</summary>
        public string RoutingProfileId { get; }

        /// <inheritdoc />
        public override string ToString() => ContactId;
    }
}
