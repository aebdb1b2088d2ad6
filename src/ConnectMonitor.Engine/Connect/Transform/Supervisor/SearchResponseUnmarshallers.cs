using System.Text.Json;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>Reads SearchUsers answers: Users, NextToken, ApproximateTotalCount.</summary>
    internal sealed class SearchUsersResponseUnmarshaller : ConnectJsonUnmarshaller
    {
        public static readonly SearchUsersResponseUnmarshaller Instance = new SearchUsersResponseUnmarshaller();

        public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext context)
        {
            var response = new SearchUsersResponse();
            using (JsonDocument document = ConnectJson.Parse(context.Stream, "SearchUsers"))
            {
                JsonElement root = document.RootElement;
                SearchPaging.Read(root, response);
                foreach (JsonElement user in ConnectJson.Array(root, "Users"))
                {
                    JsonElement? identity = ConnectJson.Object(user, "IdentityInfo");
                    response.Users.Add(new UserSearchSummary
                    {
                        Id = ConnectJson.String(user, "Id"),
                        Arn = ConnectJson.String(user, "Arn"),
                        Username = ConnectJson.String(user, "Username"),
                        RoutingProfileId = ConnectJson.String(user, "RoutingProfileId"),
                        HierarchyGroupId = ConnectJson.String(user, "HierarchyGroupId"),
                        FirstName = identity == null ? null : ConnectJson.String(identity.Value, "FirstName"),
                        LastName = identity == null ? null : ConnectJson.String(identity.Value, "LastName"),
                    });
                }
            }
            return response;
        }
    }

    /// <summary>Reads SearchQueues answers: Queues (Name, QueueId, QueueArn), NextToken, ApproximateTotalCount.</summary>
    internal sealed class SearchQueuesResponseUnmarshaller : ConnectJsonUnmarshaller
    {
        public static readonly SearchQueuesResponseUnmarshaller Instance = new SearchQueuesResponseUnmarshaller();

        public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext context)
        {
            var response = new SearchQueuesResponse();
            using (JsonDocument document = ConnectJson.Parse(context.Stream, "SearchQueues"))
            {
                JsonElement root = document.RootElement;
                SearchPaging.Read(root, response);
                foreach (JsonElement queue in ConnectJson.Array(root, "Queues"))
                {
                    response.Queues.Add(new NamedResource
                    {
                        Id = ConnectJson.String(queue, "QueueId"),
                        Arn = ConnectJson.String(queue, "QueueArn"),
                        Name = ConnectJson.String(queue, "Name"),
                    });
                }
            }
            return response;
        }
    }

    /// <summary>Reads SearchRoutingProfiles answers: RoutingProfiles (Name, RoutingProfileId, RoutingProfileArn), NextToken, ApproximateTotalCount.</summary>
    internal sealed class SearchRoutingProfilesResponseUnmarshaller : ConnectJsonUnmarshaller
    {
        public static readonly SearchRoutingProfilesResponseUnmarshaller Instance = new SearchRoutingProfilesResponseUnmarshaller();

        public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext context)
        {
            var response = new SearchRoutingProfilesResponse();
            using (JsonDocument document = ConnectJson.Parse(context.Stream, "SearchRoutingProfiles"))
            {
                JsonElement root = document.RootElement;
                SearchPaging.Read(root, response);
                foreach (JsonElement profile in ConnectJson.Array(root, "RoutingProfiles"))
                {
                    response.RoutingProfiles.Add(new NamedResource
                    {
                        Id = ConnectJson.String(profile, "RoutingProfileId"),
                        Arn = ConnectJson.String(profile, "RoutingProfileArn"),
                        Name = ConnectJson.String(profile, "Name"),
                    });
                }
            }
            return response;
        }
    }

    /// <summary>Reads SearchUserHierarchyGroups answers: UserHierarchyGroups (Id, Arn, Name, LevelId), NextToken, ApproximateTotalCount.</summary>
    internal sealed class SearchUserHierarchyGroupsResponseUnmarshaller : ConnectJsonUnmarshaller
    {
        public static readonly SearchUserHierarchyGroupsResponseUnmarshaller Instance = new SearchUserHierarchyGroupsResponseUnmarshaller();

        public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext context)
        {
            var response = new SearchUserHierarchyGroupsResponse();
            using (JsonDocument document = ConnectJson.Parse(context.Stream, "SearchUserHierarchyGroups"))
            {
                JsonElement root = document.RootElement;
                SearchPaging.Read(root, response);
                foreach (JsonElement group in ConnectJson.Array(root, "UserHierarchyGroups"))
                {
                    response.UserHierarchyGroups.Add(new NamedResource
                    {
                        Id = ConnectJson.String(group, "Id"),
                        Arn = ConnectJson.String(group, "Arn"),
                        Name = ConnectJson.String(group, "Name"),
                        LevelId = ConnectJson.String(group, "LevelId"),
                    });
                }
            }
            return response;
        }
    }

    internal static class SearchPaging
    {
        public static void Read(JsonElement root, ConnectSearchResponse response)
        {
            response.NextToken = ConnectJson.String(root, "NextToken");
            response.ApproximateTotalCount = ConnectJson.Long(root, "ApproximateTotalCount");
        }
    }
}
