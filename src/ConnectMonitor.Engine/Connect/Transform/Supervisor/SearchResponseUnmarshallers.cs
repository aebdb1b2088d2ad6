using System.Collections.Generic;
using System.Text.Json;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>
    /// Reads a search answer: NextToken, ApproximateTotalCount and the operation's list member, item by item.
    /// Each search names its operation and list member and says how one item is read and where it goes.
    /// </summary>
    internal abstract class SearchResponseUnmarshaller<TResponse, TItem> : ConnectReadUnmarshaller<TResponse>
        where TResponse : ConnectSearchResponse, new()
    {
        private readonly string _operation;
        private readonly string _listMember;

        protected SearchResponseUnmarshaller(string operation, string listMember)
            : base(operation)
        {
            _operation = operation;
            _listMember = listMember;
        }

        protected sealed override void Read(JsonElement root, TResponse response)
        {
            response.NextToken = ConnectJson.Token(root);
            response.ApproximateTotalCount = ConnectJson.Long(root, "ApproximateTotalCount");
            List<TItem> items = Items(response);
            foreach (JsonElement item in ConnectJson.RequiredArray(root, _listMember, _operation))
            {
                items.Add(ReadItem(item));
            }
        }

        /// <summary>The response's list the items are added to.</summary>
        protected abstract List<TItem> Items(TResponse response);

        /// <summary>Reads one element of the list member.</summary>
        protected abstract TItem ReadItem(JsonElement item);
    }

    /// <summary>Reads SearchUsers answers: Users, NextToken, ApproximateTotalCount.</summary>
    internal sealed class SearchUsersResponseUnmarshaller : SearchResponseUnmarshaller<SearchUsersResponse, UserSearchSummary>
    {
        public static readonly SearchUsersResponseUnmarshaller Instance = new SearchUsersResponseUnmarshaller();

        private SearchUsersResponseUnmarshaller()
            : base("SearchUsers", "Users")
        {
        }

        protected override List<UserSearchSummary> Items(SearchUsersResponse response) => response.Users;

        protected override UserSearchSummary ReadItem(JsonElement user)
        {
            JsonElement? identity = ConnectJson.Object(user, "IdentityInfo");
            return new UserSearchSummary
            {
                Id = ConnectJson.String(user, "Id"),
                Arn = ConnectJson.String(user, "Arn"),
                Username = ConnectJson.String(user, "Username"),
                RoutingProfileId = ConnectJson.String(user, "RoutingProfileId"),
                HierarchyGroupId = ConnectJson.String(user, "HierarchyGroupId"),
                FirstName = identity == null ? null : ConnectJson.String(identity.Value, "FirstName"),
                LastName = identity == null ? null : ConnectJson.String(identity.Value, "LastName"),
            };
        }
    }

    /// <summary>Reads SearchQueues answers: Queues (Name, QueueId, QueueArn), NextToken, ApproximateTotalCount.</summary>
    internal sealed class SearchQueuesResponseUnmarshaller : SearchResponseUnmarshaller<SearchQueuesResponse, NamedResource>
    {
        public static readonly SearchQueuesResponseUnmarshaller Instance = new SearchQueuesResponseUnmarshaller();

        private SearchQueuesResponseUnmarshaller()
            : base("SearchQueues", "Queues")
        {
        }

        protected override List<NamedResource> Items(SearchQueuesResponse response) => response.Queues;

        protected override NamedResource ReadItem(JsonElement queue) => new NamedResource
        {
            Id = ConnectJson.String(queue, "QueueId"),
            Arn = ConnectJson.String(queue, "QueueArn"),
            Name = ConnectJson.String(queue, "Name"),
        };
    }

    /// <summary>Reads SearchRoutingProfiles answers: RoutingProfiles (Name, RoutingProfileId, RoutingProfileArn), NextToken, ApproximateTotalCount.</summary>
    internal sealed class SearchRoutingProfilesResponseUnmarshaller : SearchResponseUnmarshaller<SearchRoutingProfilesResponse, NamedResource>
    {
        public static readonly SearchRoutingProfilesResponseUnmarshaller Instance = new SearchRoutingProfilesResponseUnmarshaller();

        private SearchRoutingProfilesResponseUnmarshaller()
            : base("SearchRoutingProfiles", "RoutingProfiles")
        {
        }

        protected override List<NamedResource> Items(SearchRoutingProfilesResponse response) => response.RoutingProfiles;

        protected override NamedResource ReadItem(JsonElement profile) => new NamedResource
        {
            Id = ConnectJson.String(profile, "RoutingProfileId"),
            Arn = ConnectJson.String(profile, "RoutingProfileArn"),
            Name = ConnectJson.String(profile, "Name"),
        };
    }

    /// <summary>Reads SearchUserHierarchyGroups answers: UserHierarchyGroups (Id, Arn, Name, LevelId), NextToken, ApproximateTotalCount.</summary>
    internal sealed class SearchUserHierarchyGroupsResponseUnmarshaller : SearchResponseUnmarshaller<SearchUserHierarchyGroupsResponse, NamedResource>
    {
        public static readonly SearchUserHierarchyGroupsResponseUnmarshaller Instance = new SearchUserHierarchyGroupsResponseUnmarshaller();

        private SearchUserHierarchyGroupsResponseUnmarshaller()
            : base("SearchUserHierarchyGroups", "UserHierarchyGroups")
        {
        }

        protected override List<NamedResource> Items(SearchUserHierarchyGroupsResponse response) => response.UserHierarchyGroups;

        protected override NamedResource ReadItem(JsonElement group) => new NamedResource
        {
            Id = ConnectJson.String(group, "Id"),
            Arn = ConnectJson.String(group, "Arn"),
            Name = ConnectJson.String(group, "Name"),
            LevelId = ConnectJson.String(group, "LevelId"),
        };
    }
}
