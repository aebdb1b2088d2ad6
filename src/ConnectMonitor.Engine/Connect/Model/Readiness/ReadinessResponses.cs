using System;
using System.Collections.Generic;
using Amazon.Runtime;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>Output of DescribeContact: the contact (the members readiness checks use), or null when the answer had none.</summary>
    internal sealed class DescribeContactResponse : ConnectReadResponse
    {
        /// <summary>The contact.</summary>
        public ContactDescription Contact { get; set; }
    }

    /// <summary>The model's Contact, the members the module uses.</summary>
    internal sealed class ContactDescription
    {
        /// <summary>The contact id.</summary>
        public string Id { get; set; }

        /// <summary>The contact ARN.</summary>
        public string Arn { get; set; }

        /// <summary>VOICE, CHAT, TASK or EMAIL.</summary>
        public string Channel { get; set; }

        /// <summary>INBOUND, OUTBOUND, TRANSFER, ..., MONITOR.</summary>
        public string InitiationMethod { get; set; }

        /// <summary>The agent's user id (AgentInfo.Id), or null when no agent is on the contact.</summary>
        public string AgentId { get; set; }

        /// <summary>When the contact was connected to the agent (AgentInfo.ConnectedToAgentTimestamp).</summary>
        public DateTimeOffset? ConnectedToAgentTimestamp { get; set; }

        /// <summary>When the contact started.</summary>
        public DateTimeOffset? InitiationTimestamp { get; set; }

        /// <summary>When the contact ended; null while it is live.</summary>
        public DateTimeOffset? DisconnectTimestamp { get; set; }
    }

    /// <summary>Output of DescribeInstanceAttribute.</summary>
    internal sealed class DescribeInstanceAttributeResponse : ConnectReadResponse
    {
        /// <summary>The attribute type as answered.</summary>
        public string AttributeType { get; set; }

        /// <summary>The value ("true"/"false" for the toggles), or null when the answer had none.</summary>
        public string Value { get; set; }
    }

    /// <summary>Output of DescribeUser, the members the module uses.</summary>
    internal sealed class DescribeUserResponse : ConnectReadResponse
    {
        /// <summary>The user id.</summary>
        public string Id { get; set; }

        /// <summary>The login name.</summary>
        public string Username { get; set; }

        /// <summary>The user's security profiles (1-10).</summary>
        public List<string> SecurityProfileIds { get; set; } = new List<string>();
    }

    /// <summary>Output of ListSecurityProfilePermissions, one page.</summary>
    internal sealed class ListSecurityProfilePermissionsResponse : ConnectReadResponse
    {
        /// <summary>The permissions on this page (e.g. BasicAgentAccess, ManagerListenIn, ManagerBargeIn).</summary>
        public List<string> Permissions { get; set; } = new List<string>();

        /// <summary>The token of the next page, or null on the last page.</summary>
        public string NextToken { get; set; }
    }
}
