using System;
using System.Globalization;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>
    /// DescribeContact: GET /contacts/{InstanceId}/{ContactId}. Checks the model's constraints first: InstanceId 1-100,
    /// ContactId 1-256.
    /// </summary>
    internal sealed class DescribeContactRequestMarshaller : IMarshaller<IRequest, AmazonWebServiceRequest>
    {
        public const string Operation = "DescribeContact";

        public static readonly DescribeContactRequestMarshaller Instance = new DescribeContactRequestMarshaller();

        public IRequest Marshall(AmazonWebServiceRequest input)
        {
            var request = (DescribeContactRequest)input ?? throw new ArgumentNullException(nameof(input));
            ModelConstraints.Length(Operation, "InstanceId", request.InstanceId, 1, 100, required: true);
            ModelConstraints.Length(Operation, "ContactId", request.ContactId, 1, 256, required: true);
            return ConnectJson.NewGet(request, "/contacts/{InstanceId}/{ContactId}", ("InstanceId", request.InstanceId), ("ContactId", request.ContactId));
        }
    }

    /// <summary>
    /// DescribeInstanceAttribute: GET /instance/{InstanceId}/attribute/{AttributeType}. Checks the model's constraints
    /// first: InstanceId 1-100, AttributeType one of the model's InstanceAttributeType values.
    /// </summary>
    internal sealed class DescribeInstanceAttributeRequestMarshaller : IMarshaller<IRequest, AmazonWebServiceRequest>
    {
        public const string Operation = "DescribeInstanceAttribute";

        /// <summary>The model's InstanceAttributeType enum.</summary>
        public static readonly string[] AttributeTypes =
        {
            "INBOUND_CALLS", "OUTBOUND_CALLS", "CONTACTFLOW_LOGS", "CONTACT_LENS", "AUTO_RESOLVE_BEST_VOICES", "USE_CUSTOM_TTS_VOICES",
            "EARLY_MEDIA", "MULTI_PARTY_CONFERENCE", "HIGH_VOLUME_OUTBOUND", "ENHANCED_CONTACT_MONITORING", "ENHANCED_CHAT_MONITORING",
            "MULTI_PARTY_CHAT_CONFERENCE", "MESSAGE_STREAMING",
        };

        public static readonly DescribeInstanceAttributeRequestMarshaller Instance = new DescribeInstanceAttributeRequestMarshaller();

        public IRequest Marshall(AmazonWebServiceRequest input)
        {
            var request = (DescribeInstanceAttributeRequest)input ?? throw new ArgumentNullException(nameof(input));
            ModelConstraints.Length(Operation, "InstanceId", request.InstanceId, 1, 100, required: true);
            ModelConstraints.Required(Operation, "AttributeType", request.AttributeType);
            ModelConstraints.OneOf(Operation, "AttributeType", request.AttributeType, AttributeTypes);
            return ConnectJson.NewGet(request, "/instance/{InstanceId}/attribute/{AttributeType}",
                ("InstanceId", request.InstanceId), ("AttributeType", request.AttributeType));
        }
    }

    /// <summary>
    /// DescribeUser: GET /users/{InstanceId}/{UserId}. Checks the model's constraints first: InstanceId 1-100, UserId
    /// required (and not empty: it is a path segment).
    /// </summary>
    internal sealed class DescribeUserRequestMarshaller : IMarshaller<IRequest, AmazonWebServiceRequest>
    {
        public const string Operation = "DescribeUser";

        public static readonly DescribeUserRequestMarshaller Instance = new DescribeUserRequestMarshaller();

        public IRequest Marshall(AmazonWebServiceRequest input)
        {
            var request = (DescribeUserRequest)input ?? throw new ArgumentNullException(nameof(input));
            ModelConstraints.Length(Operation, "InstanceId", request.InstanceId, 1, 100, required: true);
            ModelConstraints.Length(Operation, "UserId", request.UserId, 1, int.MaxValue, required: true);
            return ConnectJson.NewGet(request, "/users/{InstanceId}/{UserId}", ("InstanceId", request.InstanceId), ("UserId", request.UserId));
        }
    }

    /// <summary>
    /// ListSecurityProfilePermissions: GET /security-profiles-permissions/{InstanceId}/{SecurityProfileId}?nextToken&amp;maxResults.
    /// Checks the model's constraints first: InstanceId 1-100, SecurityProfileId required (not empty), MaxResults 1-1000.
    /// </summary>
    internal sealed class ListSecurityProfilePermissionsRequestMarshaller : IMarshaller<IRequest, AmazonWebServiceRequest>
    {
        public const string Operation = "ListSecurityProfilePermissions";

        public static readonly ListSecurityProfilePermissionsRequestMarshaller Instance = new ListSecurityProfilePermissionsRequestMarshaller();

        public IRequest Marshall(AmazonWebServiceRequest input)
        {
            var request = (ListSecurityProfilePermissionsRequest)input ?? throw new ArgumentNullException(nameof(input));
            ModelConstraints.Length(Operation, "InstanceId", request.InstanceId, 1, 100, required: true);
            ModelConstraints.Length(Operation, "SecurityProfileId", request.SecurityProfileId, 1, int.MaxValue, required: true);
            ModelConstraints.Range(Operation, "MaxResults", request.MaxResults, 1, 1000);
            IRequest wire = ConnectJson.NewGet(request, "/security-profiles-permissions/{InstanceId}/{SecurityProfileId}",
                ("InstanceId", request.InstanceId), ("SecurityProfileId", request.SecurityProfileId));
            if (request.NextToken != null)
            {
                wire.Parameters.Add("nextToken", request.NextToken);
            }
            if (request.MaxResults.HasValue)
            {
                wire.Parameters.Add("maxResults", request.MaxResults.Value.ToString(CultureInfo.InvariantCulture));
            }
            wire.UseQueryString = true;
            return wire;
        }
    }
}
