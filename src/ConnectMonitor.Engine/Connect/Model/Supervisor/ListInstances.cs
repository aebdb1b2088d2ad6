using System.Collections.Generic;
using Amazon.Runtime;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>Input of ListInstances (GET /instance?nextToken=&amp;maxResults=): the instances of the account in the region.</summary>
    internal sealed class ListInstancesRequest : AmazonWebServiceRequest
    {
        /// <summary>The token of the next page, from the previous answer.</summary>
        public string NextToken { get; set; }

        /// <summary>Page size, 1-10 (the service's default when null).</summary>
        public int? MaxResults { get; set; }
    }

    /// <summary>Output of ListInstances.</summary>
    internal sealed class ListInstancesResponse : ConnectReadResponse
    {
        /// <summary>The instances of this page.</summary>
        public List<InstanceSummary> InstanceSummaryList { get; set; } = new List<InstanceSummary>();

        /// <summary>The token of the next page, or null on the last page.</summary>
        public string NextToken { get; set; }
    }

    /// <summary>One instance as ListInstances returns it (the members the module uses).</summary>
    internal sealed class InstanceSummary
    {
        /// <summary>The instance id.</summary>
        public string Id { get; set; }

        /// <summary>The instance ARN.</summary>
        public string Arn { get; set; }

        /// <summary>The instance alias (the name in the Connect admin website's address), 1-45 characters.</summary>
        public string InstanceAlias { get; set; }

        /// <summary>CREATION_IN_PROGRESS, ACTIVE or CREATION_FAILED.</summary>
        public string InstanceStatus { get; set; }
    }
}
