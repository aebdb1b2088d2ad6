using System.Collections.Generic;
using Amazon.Runtime;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>What every search answer carries besides its items.</summary>
    internal abstract class ConnectSearchResponse : ConnectReadResponse
    {
        /// <summary>The token of the next page, or null on the last page.</summary>
        public string NextToken { get; set; }

        /// <summary>The approximate number of matches.</summary>
        public long? ApproximateTotalCount { get; set; }
    }

    /// <summary>Output of SearchUsers.</summary>
    internal sealed class SearchUsersResponse : ConnectSearchResponse
    {
        /// <summary>The users found.</summary>
        public List<UserSearchSummary> Users { get; set; } = new List<UserSearchSummary>();
    }

    /// <summary>One user found by SearchUsers (the members the module uses).</summary>
    internal sealed class UserSearchSummary
    {
        /// <summary>The user id.</summary>
        public string Id { get; set; }

        /// <summary>The user ARN.</summary>
        public string Arn { get; set; }

        /// <summary>The login name.</summary>
        public string Username { get; set; }

        /// <summary>First name, when set.</summary>
        public string FirstName { get; set; }

        /// <summary>Last name, when set.</summary>
        public string LastName { get; set; }

        /// <summary>The user's routing profile id.</summary>
        public string RoutingProfileId { get; set; }

        /// <summary>The user's hierarchy group id.</summary>
        public string HierarchyGroupId { get; set; }
    }

    /// <summary>Output of SearchQueues.</summary>
    internal sealed class SearchQueuesResponse : ConnectSearchResponse
    {
        /// <summary>The queues found.</summary>
        public List<NamedResource> Queues { get; set; } = new List<NamedResource>();
    }

    /// <summary>Output of SearchRoutingProfiles.</summary>
    internal sealed class SearchRoutingProfilesResponse : ConnectSearchResponse
    {
        /// <summary>The routing profiles found.</summary>
        public List<NamedResource> RoutingProfiles { get; set; } = new List<NamedResource>();
    }

    /// <summary>Output of SearchUserHierarchyGroups.</summary>
    internal sealed class SearchUserHierarchyGroupsResponse : ConnectSearchResponse
    {
        /// <summary>The hierarchy groups found.</summary>
        public List<NamedResource> UserHierarchyGroups { get; set; } = new List<NamedResource>();
    }

    /// <summary>A queue, routing profile or hierarchy group as a search returns it (the members the module uses).</summary>
    internal sealed class NamedResource
    {
        /// <summary>The id (QueueId, RoutingProfileId, or the group's Id).</summary>
        public string Id { get; set; }

        /// <summary>The ARN (QueueArn, RoutingProfileArn, or the group's Arn).</summary>
        public string Arn { get; set; }

        /// <summary>The name.</summary>
        public string Name { get; set; }

        /// <summary>For hierarchy groups, the level id; null otherwise.</summary>
        public string LevelId { get; set; }
    }
}
