using System.Text.Json;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>
    /// Base of the readiness reads' unmarshallers: parses the answer (an empty body is an empty object; anything but an
    /// object is an error) and lets the operation read its members from the root.
    /// </summary>
    internal abstract class ConnectReadUnmarshaller<TResponse> : ConnectJsonUnmarshaller
        where TResponse : AmazonWebServiceResponse, new()
    {
        private readonly string _operation;

        protected ConnectReadUnmarshaller(string operation)
        {
            _operation = operation;
        }

        public sealed override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext context)
        {
            var response = new TResponse();
            using (JsonDocument document = ConnectJson.Parse(context.Stream, _operation))
            {
                Read(document.RootElement, response);
            }
            return response;
        }

        /// <summary>Reads the operation's members from the answer's root object.</summary>
        protected abstract void Read(JsonElement root, TResponse response);
    }

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
            JsonElement? contact = ConnectJson.Object(root, "Contact");
            if (contact == null)
            {
                return;
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
            JsonElement? attribute = ConnectJson.Object(root, "Attribute");
            if (attribute != null)
            {
                response.AttributeType = ConnectJson.String(attribute.Value, "AttributeType");
                response.Value = ConnectJson.String(attribute.Value, "Value");
            }
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
            JsonElement? user = ConnectJson.Object(root, "User");
            if (user == null)
            {
                return;
            }
            response.Id = ConnectJson.String(user.Value, "Id");
            response.Username = ConnectJson.String(user.Value, "Username");
            foreach (JsonElement id in ConnectJson.Array(user.Value, "SecurityProfileIds"))
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
            response.NextToken = ConnectJson.String(root, "NextToken");
            foreach (JsonElement permission in ConnectJson.Array(root, "Permissions"))
            {
                response.Permissions.Add(ConnectJson.StringItem(permission, "Permissions"));
            }
        }
    }
}
