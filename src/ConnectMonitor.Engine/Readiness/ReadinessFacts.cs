using System;
using System.Collections.Generic;

namespace ConnectMonitor.Engine.Readiness
{
    /// <summary>What DescribeContact says about a contact (the members the checks use).</summary>
    internal sealed class ContactFacts
    {
        /// <summary>VOICE, CHAT, TASK or EMAIL; null when not answered.</summary>
        public string Channel { get; set; }

        /// <summary>How the contact started (INBOUND, ..., MONITOR for a monitoring session).</summary>
        public string InitiationMethod { get; set; }

        /// <summary>The agent's user id, or null when the contact has no agent.</summary>
        public string AgentId { get; set; }

        /// <summary>When the contact was connected to its agent.</summary>
        public DateTimeOffset? ConnectedToAgentAt { get; set; }

        /// <summary>When the contact ended; null while it is live.</summary>
        public DateTimeOffset? DisconnectedAt { get; set; }
    }

    /// <summary>What DescribeUser says about a user.</summary>
    internal sealed class UserFacts
    {
        /// <summary>The login name.</summary>
        public string Username { get; set; }

        /// <summary>The user's security profile ids.</summary>
        public IReadOnlyList<string> SecurityProfileIds { get; set; } = new string[0];
    }

    /// <summary>What GetCurrentUserData says about a user who is logged in to the CCP.</summary>
    internal sealed class AgentStatusFacts
    {
        /// <summary>The agent status name (e.g. Available, Offline), when sent.</summary>
        public string StatusName { get; set; }

        /// <summary>The contacts the user is on: id, channel and initiation method.</summary>
        public IReadOnlyList<(string ContactId, string Channel, string InitiationMethod)> Contacts { get; set; } = new (string, string, string)[0];
    }
}
