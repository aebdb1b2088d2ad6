using System.Text.Json;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>Reads GetCurrentUserData answers: UserDataList (users with their contacts), NextToken, ApproximateTotalCount.</summary>
    internal sealed class GetCurrentUserDataResponseUnmarshaller : ConnectJsonUnmarshaller
    {
        private static readonly string[] Levels = { "LevelOne", "LevelTwo", "LevelThree", "LevelFour", "LevelFive" };

        public static readonly GetCurrentUserDataResponseUnmarshaller Instance = new GetCurrentUserDataResponseUnmarshaller();

        public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext context)
        {
            var response = new GetCurrentUserDataResponse();
            using (JsonDocument document = ConnectJson.Parse(context.Stream, "GetCurrentUserData"))
            {
                JsonElement root = document.RootElement;
                response.NextToken = ConnectJson.String(root, "NextToken");
                response.ApproximateTotalCount = ConnectJson.Long(root, "ApproximateTotalCount");
                foreach (JsonElement item in ConnectJson.Array(root, "UserDataList"))
                {
                    response.UserDataList.Add(ReadUserData(item));
                }
            }
            return response;
        }

        private static UserData ReadUserData(JsonElement item)
        {
            var data = new UserData
            {
                User = ConnectJson.Reference(item, "User"),
                RoutingProfile = ConnectJson.Reference(item, "RoutingProfile"),
            };
            JsonElement? path = ConnectJson.Object(item, "HierarchyPath");
            if (path != null)
            {
                foreach (string level in Levels)
                {
                    data.HierarchyPath.Add(ConnectJson.Reference(path.Value, level));
                }
            }
            JsonElement? status = ConnectJson.Object(item, "Status");
            if (status != null)
            {
                data.StatusName = ConnectJson.String(status.Value, "StatusName");
            }
            foreach (JsonElement contact in ConnectJson.Array(item, "Contacts"))
            {
                data.Contacts.Add(new AgentContactReference
                {
                    ContactId = ConnectJson.String(contact, "ContactId"),
                    Channel = ConnectJson.String(contact, "Channel"),
                    InitiationMethod = ConnectJson.String(contact, "InitiationMethod"),
                    AgentContactState = ConnectJson.String(contact, "AgentContactState"),
                    StateStartTimestamp = ConnectJson.Timestamp(contact, "StateStartTimestamp"),
                    ConnectedToAgentTimestamp = ConnectJson.Timestamp(contact, "ConnectedToAgentTimestamp"),
                    Queue = ConnectJson.Reference(contact, "Queue"),
                });
            }
            return data;
        }
    }
}
