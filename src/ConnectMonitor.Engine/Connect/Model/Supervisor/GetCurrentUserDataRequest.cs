using System.Collections.Generic;
using Amazon.Runtime;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>
    /// Input of Amazon Connect GetCurrentUserData (POST /metrics/userdata/{InstanceId}): who is on which contact right now.
    /// The model's constraints are checked before anything is sent (see <see cref="ConnectRequestValidationException"/>).
    /// </summary>
    internal sealed class GetCurrentUserDataRequest : AmazonWebServiceRequest
    {
        /// <summary>The instance id (1-100 characters), sent in the URI. Required.</summary>
        public string InstanceId { get; set; }

        /// <summary>The filters. Required; exactly one of Agents, Queues, RoutingProfiles, UserHierarchyGroups.</summary>
        public UserDataFilters Filters { get; set; }

        /// <summary>The token of the next page, from the previous answer.</summary>
        public string NextToken { get; set; }

        /// <summary>Page size, 1-100 (the service's default when null).</summary>
        public int? MaxResults { get; set; }
    }

    /// <summary>The model's UserDataFilters.</summary>
    internal sealed class UserDataFilters
    {
        /// <summary>Queue ids, 1-100.</summary>
        public List<string> Queues { get; set; }

        /// <summary>Contact states to keep (at most 9 of INCOMING, PENDING, CONNECTING, CONNECTED, CONNECTED_ONHOLD, MISSED, ERROR, ENDED, REJECTED).</summary>
        public List<string> ContactStates { get; set; }

        /// <summary>Routing profile ids, 1-100.</summary>
        public List<string> RoutingProfiles { get; set; }

        /// <summary>User (agent) ids, 1-100.</summary>
        public List<string> Agents { get; set; }

        /// <summary>Exactly one user hierarchy group id.</summary>
        public List<string> UserHierarchyGroups { get; set; }
    }
}
