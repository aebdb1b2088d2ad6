using System.Text.Json;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>Reads DescribeContact answers: Contact (Id, Arn, Channel, InitiationMethod, AgentInfo, timestamps).</summary>
    internal sealed class DescribeContactResponseUnmarshaller : ConnectReadUnmarshaller<DescribeContactResponse>
    {
        public static readonly DescribeContactResponseUnmarshaller Instance = new DescribeContactResponseUnmarshaller();

        private DescribeContactResponseUnmarshaller()
            : base("DescribeContact")
        {
        }

        protected override void Read(JsonElement root, DescribeContactResponse response)
        {
            JsonElement c = ConnectJson.RequiredObject(root, "Contact", "DescribeContact");
            JsonElement? agent = ConnectJson.Object(c, "AgentInfo");
            response.Contact = new ContactDescription
            {
                Id = ConnectJson.String(c, "Id"),
                Arn = ConnectJson.String(c, "Arn"),
                Channel = ConnectJson.String(c, "Channel"),
                InitiationMethod = ConnectJson.String(c, "InitiationMethod"),
                AgentId = agent == null ? null : ConnectJson.String(agent.Value, "Id"),
                ConnectedToAgentTimestamp = agent == null ? null : ConnectJson.Timestamp(agent.Value, "ConnectedToAgentTimestamp"),
                InitiationTimestamp = ConnectJson.Timestamp(c, "InitiationTimestamp"),
                DisconnectTimestamp = ConnectJson.Timestamp(c, "DisconnectTimestamp"),
            };
        }
    }

    /// <summary>Reads DescribeInstanceAttribute answers: Attribute (AttributeType, Value).</summary>
    internal sealed class DescribeInstanceAttributeResponseUnmarshaller : ConnectReadUnmarshaller<DescribeInstanceAttributeResponse>
    {
        public static readonly DescribeInstanceAttributeResponseUnmarshaller Instance = new DescribeInstanceAttributeResponseUnmarshaller();

        private DescribeInstanceAttributeResponseUnmarshaller()
            : base("DescribeInstanceAttribute")
        {
        }

        protected override void Read(JsonElement root, DescribeInstanceAttributeResponse response)
        {
            JsonElement attribute = ConnectJson.RequiredObject(root, "Attribute", "DescribeInstanceAttribute");
            response.AttributeType = ConnectJson.String(attribute, "AttributeType");
            response.Value = ConnectJson.String(attribute, "Value");
        }
    }

    /// <summary>Reads DescribeUser answers: User (Id, Username, SecurityProfileIds).</summary>
    internal sealed class DescribeUserResponseUnmarshaller : ConnectReadUnmarshaller<DescribeUserResponse>
    {
        public static readonly DescribeUserResponseUnmarshaller Instance = new DescribeUserResponseUnmarshaller();

        private DescribeUserResponseUnmarshaller()
            : base("DescribeUser")
        {
        }

        protected override void Read(JsonElement root, DescribeUserResponse response)
        {
            JsonElement user = ConnectJson.RequiredObject(root, "User", "DescribeUser");
            response.Id = ConnectJson.String(user, "Id");
            response.Username = ConnectJson.String(user, "Username");
            foreach (JsonElement id in ConnectJson.Array(user, "SecurityProfileIds"))
            {
                response.SecurityProfileIds.Add(ConnectJson.StringItem(id, "SecurityProfileIds"));
            }
        }
    }

    /// <summary>Reads ListSecurityProfilePermissions answers: Permissions, NextToken.</summary>
    internal sealed class ListSecurityProfilePermissionsResponseUnmarshaller : ConnectReadUnmarshaller<ListSecurityProfilePermissionsResponse>
    {
        public static readonly ListSecurityProfilePermissionsResponseUnmarshaller Instance = new ListSecurityProfilePermissionsResponseUnmarshaller();

        private ListSecurityProfilePermissionsResponseUnmarshaller()
            : base("ListSecurityProfilePermissions")
        {
        }

        protected override void Read(JsonElement root, ListSecurityProfilePermissionsResponse response)
        {
            response.NextToken = ConnectJson.Token(root);
            foreach (JsonElement permission in ConnectJson.RequiredArray(root, "Permissions", "ListSecurityProfilePermissions"))
            {
                response.Permissions.Add(ConnectJson.StringItem(permission, "Permissions"));
            }
        }
    }
}
