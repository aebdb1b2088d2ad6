using System;

namespace ConnectMonitor.Engine.Supervision
{
    /// <summary>One contact an agent is on now, with names looked up.</summary>
    public sealed class LiveContactRecord
    {
        /// <summary>The contact id.</summary>
        public string ContactId { get; set; }

        /// <summary>The -EndpointUrl the contact was read through (null: the standard endpoint for the region), so a
        /// monitoring call for it goes to the same place.</summary>
        public string EndpointUrl { get; set; }

        /// <summary>The contact ARN (built from the agent's ARN), or null when the service sent no agent ARN.</summary>
        public string ContactArn { get; set; }

        /// <summary>The instance id.</summary>
        public string InstanceId { get; set; }

        /// <summary>The region called.</summary>
        public string Region { get; set; }

        /// <summary>VOICE, CHAT, TASK or EMAIL.</summary>
        public string Channel { get; set; }

        /// <summary>The contact's state for the agent.</summary>
        public string State { get; set; }

        /// <summary>When the contact entered that state.</summary>
        public DateTimeOffset? StateSince { get; set; }

        /// <summary>When the contact was connected to the agent.</summary>
        public DateTimeOffset? ConnectedToAgentAt { get; set; }

        /// <summary>How the contact was initiated.</summary>
        public string InitiationMethod { get; set; }

        /// <summary>The agent's user id.</summary>
        public string AgentId { get; set; }

        /// <summary>The agent's login name, when it could be looked up.</summary>
        public string AgentUsername { get; set; }

        /// <summary>The queue id.</summary>
        public string QueueId { get; set; }

        /// <summary>The queue name, when it could be looked up.</summary>
        public string QueueName { get; set; }

        /// <summary>The agent's routing profile id.</summary>
        public string RoutingProfileId { get; set; }
    }
}
