using Amazon.Runtime;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>
    /// Input of Amazon Connect DescribeContact (GET /contacts/{InstanceId}/{ContactId}). The model's constraints are
    /// checked before anything is sent (see <see cref="ConnectRequestValidationException"/>).
    /// </summary>
    internal sealed class DescribeContactRequest : AmazonWebServiceRequest
    {
        /// <summary>The instance id (1-100 characters), sent in the URI. Required.</summary>
        public string InstanceId { get; set; }

        /// <summary>The contact id (1-256 characters), sent in the URI. Required.</summary>
        public string ContactId { get; set; }
    }

    /// <summary>Input of DescribeInstanceAttribute (GET /instance/{InstanceId}/attribute/{AttributeType}).</summary>
    internal sealed class DescribeInstanceAttributeRequest : AmazonWebServiceRequest
    {
        /// <summary>The instance id (1-100 characters), sent in the URI. Required.</summary>
        public string InstanceId { get; set; }

        /// <summary>One of the model's InstanceAttributeType values (e.g. ENHANCED_CONTACT_MONITORING). Required.</summary>
        public string AttributeType { get; set; }
    }

    /// <summary>Input of DescribeUser (GET /users/{InstanceId}/{UserId}).</summary>
    internal sealed class DescribeUserRequest : AmazonWebServiceRequest
    {
        /// <summary>The instance id (1-100 characters), sent in the URI. Required.</summary>
        public string InstanceId { get; set; }

        /// <summary>The user id, sent in the URI. Required.</summary>
        public string UserId { get; set; }
    }

    /// <summary>Input of ListSecurityProfilePermissions (GET /security-profiles-permissions/{InstanceId}/{SecurityProfileId}), one page.</summary>
    internal sealed class ListSecurityProfilePermissionsRequest : AmazonWebServiceRequest
    {
        /// <summary>The instance id (1-100 characters), sent in the URI. Required.</summary>
        public string InstanceId { get; set; }

        /// <summary>The security profile id, sent in the URI. Required.</summary>
        public string SecurityProfileId { get; set; }

        /// <summary>The token of the next page (query string nextToken).</summary>
        public string NextToken { get; set; }

        /// <summary>Page size, 1-1000 (query string maxResults; the service's default when null).</summary>
        public int? MaxResults { get; set; }
    }
}
