using System.Text.Json;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>Reads DescribeContact answers: Contact (Id, Arn, Channel, InitiationMethod, AgentInfo, timestamps).</summary>
    internal sealed class DescribeContactResponseUnmarshaller : ConnectJsonUnmarshaller
    {
        public static readonly DescribeContactResponseUnmarshaller Instance = new DescribeContactResponseUnmarshaller();

        public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext context)
        {
            var response = new DescribeContactResponse();
            using (JsonDocument document = ConnectJson.Parse(context.Stream, "DescribeContact"))
            {
                JsonElement? contact = ConnectJson.Object(document.RootElement, "Contact");
                if (contact == null)
                {
                    return response;
                }
                JsonElement c = contact.Value;
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
            return response;
        }
    }

    /// <summary>Reads DescribeInstanceAttribute answers: Attribute (AttributeType, Value).</summary>
    internal sealed class DescribeInstanceAttributeResponseUnmarshaller : ConnectJsonUnmarshaller
    {
        public static readonly DescribeInstanceAttributeResponseUnmarshaller Instance = new DescribeInstanceAttributeResponseUnmarshaller();

        public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext context)
        {
            var response = new DescribeInstanceAttributeResponse();
            using (JsonDocument document = ConnectJson.Parse(context.Stream, "DescribeInstanceAttribute"))
            {
                JsonElement? attribute = ConnectJson.Object(document.RootElement, "Attribute");
                if (attribute != null)
                {
                    response.AttributeType = ConnectJson.String(attribute.Value, "AttributeType");
                    response.Value = ConnectJson.String(attribute.Value, "Value");
                }
            }
            return response;
        }
    }

    /// <summary>Reads DescribeUser answers: User (Id, Username, SecurityProfileIds).</summary>
    internal sealed class DescribeUserResponseUnmarshaller : ConnectJsonUnmarshaller
    {
        public static readonly DescribeUserResponseUnmarshaller Instance = new DescribeUserResponseUnmarshaller();

        public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext context)
        {
            var response = new DescribeUserResponse();
            using (JsonDocument document = ConnectJson.Parse(context.Stream, "DescribeUser"))
            {
                JsonElement? user = ConnectJson.Object(document.RootElement, "User");
                if (user != null)
                {
                    response.Id = ConnectJson.String(user.Value, "Id");
                    response.Username = ConnectJson.String(user.Value, "Username");
                    foreach (JsonElement id in ConnectJson.Array(user.Value, "SecurityProfileIds"))
                    {
                        response.SecurityProfileIds.Add(ConnectJson.StringItem(id, "SecurityProfileIds"));
                    }
                }
            }
            return response;
        }
    }

    /// <summary>Reads ListSecurityProfilePermissions answers: Permissions, NextToken.</summary>
    internal sealed class ListSecurityProfilePermissionsResponseUnmarshaller : ConnectJsonUnmarshaller
    {
        public static readonly ListSecurityProfilePermissionsResponseUnmarshaller Instance = new ListSecurityProfilePermissionsResponseUnmarshaller();

        public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext context)
        {
            var response = new ListSecurityProfilePermissionsResponse();
            using (JsonDocument document = ConnectJson.Parse(context.Stream, "ListSecurityProfilePermissions"))
            {
                JsonElement root = document.RootElement;
                response.NextToken = ConnectJson.String(root, "NextToken");
                foreach (JsonElement permission in ConnectJson.Array(root, "Permissions"))
                {
                    response.Permissions.Add(ConnectJson.StringItem(permission, "Permissions"));
                }
            }
            return response;
        }
    }
}
