using System;
using System.Collections.Generic;
using Amazon.Runtime;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>Output of GetCurrentUserData: one entry per user matching the filters, and the next page's token.</summary>
    internal sealed class GetCurrentUserDataResponse : ConnectReadResponse
    {
        /// <summary>The users' current data.</summary>
        public List<UserData> UserDataList { get; set; } = new List<UserData>();

        /// <summary>The token of the next page, or null on the last page.</summary>
        public string NextToken { get; set; }

        /// <summary>The approximate number of users matching, when the service says.</summary>
        public long? ApproximateTotalCount { get; set; }
    }

    /// <summary>One user's current data (the members the module uses).</summary>
    internal sealed class UserData
    {
        /// <summary>The user (id and ARN).</summary>
        public ConnectReference User { get; set; }

        /// <summary>The user's routing profile (id and ARN).</summary>
        public ConnectReference RoutingProfile { get; set; }

        /// <summary>The user's hierarchy path: level one to five (id and ARN each), null where not set.</summary>
        public List<ConnectReference> HierarchyPath { get; set; } = new List<ConnectReference>();

        /// <summary>The agent status name (e.g. Available), when sent.</summary>
        public string StatusName { get; set; }

        /// <summary>The contacts the user is on.</summary>
        public List<AgentContactReference> Contacts { get; set; } = new List<AgentContactReference>();
    }

    /// <summary>An id and ARN pair (UserReference, QueueReference, RoutingProfileReference, HierarchyGroupSummaryReference).</summary>
    internal sealed class ConnectReference
    {
        /// <summary>The resource id.</summary>
        public string Id { get; set; }

        /// <summary>The resource ARN.</summary>
        public string Arn { get; set; }
    }

    /// <summary>The model's AgentContactReference: one contact an agent is on.</summary>
    internal sealed class AgentContactReference
    {
        /// <summary>The contact id.</summary>
        public string ContactId { get; set; }

        /// <summary>VOICE, CHAT, TASK or EMAIL.</summary>
        public string Channel { get; set; }

        /// <summary>How the contact was initiated (INBOUND, OUTBOUND, TRANSFER, ...).</summary>
        public string InitiationMethod { get; set; }

        /// <summary>The contact's state for this agent (CONNECTED, CONNECTED_ONHOLD, ...).</summary>
        public string AgentContactState { get; set; }

        /// <summary>When the contact entered that state.</summary>
        public DateTimeOffset? StateStartTimestamp { get; set; }

        /// <summary>When the contact was connected to the agent.</summary>
        public DateTimeOffset? ConnectedToAgentTimestamp { get; set; }

        /// <summary>The queue of the contact (id and ARN).</summary>
        public ConnectReference Queue { get; set; }
    }
}
