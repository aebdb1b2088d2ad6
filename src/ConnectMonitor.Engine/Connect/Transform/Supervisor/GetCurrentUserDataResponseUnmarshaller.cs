using System.Text.Json;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>Reads GetCurrentUserData answers: UserDataList (users with their contacts), NextToken, ApproximateTotalCount.</summary>
    internal sealed class GetCurrentUserDataResponseUnmarshaller : ConnectReadUnmarshaller<GetCurrentUserDataResponse>
    {
        private static readonly string[] Levels = { "LevelOne", "LevelTwo", "LevelThree", "LevelFour", "LevelFive" };

        public static readonly GetCurrentUserDataResponseUnmarshaller Instance = new GetCurrentUserDataResponseUnmarshaller();

        private GetCurrentUserDataResponseUnmarshaller()
            : base("GetCurrentUserData")
        {
        }

        protected override void Read(JsonElement root, GetCurrentUserDataResponse response)
        {
            response.NextToken = ConnectJson.Token(root);
            response.ApproximateTotalCount = ConnectJson.Long(root, "ApproximateTotalCount");
            foreach (JsonElement item in ConnectJson.RequiredArray(root, "UserDataList", "GetCurrentUserData"))
            {
                response.UserDataList.Add(ReadUserData(item));
            }
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
