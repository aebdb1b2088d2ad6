using System;
using System.Globalization;
using System.Text.Json;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>
    /// ListInstances: GET /instance with the query string nextToken and maxResults (no body). Checks the model's constraint
    /// first: MaxResults 1-10.
    /// </summary>
    internal sealed class ListInstancesRequestMarshaller : IMarshaller<IRequest, AmazonWebServiceRequest>
    {
        public const string Operation = "ListInstances";

        public static readonly ListInstancesRequestMarshaller Instance = new ListInstancesRequestMarshaller();

        public IRequest Marshall(AmazonWebServiceRequest input) => Marshall((ListInstancesRequest)input);

        public IRequest Marshall(ListInstancesRequest input)
        {
            if (input == null)
            {
                throw new ArgumentNullException(nameof(input));
            }
            ModelConstraints.Range(Operation, "MaxResults", input.MaxResults, 1, 10);
            IRequest request = new DefaultRequest(input, AmazonConnectConfig.ConnectServiceId);
            request.HttpMethod = "GET";
            request.ResourcePath = "/instance";
            if (input.MaxResults.HasValue)
            {
                request.Parameters.Add("maxResults", input.MaxResults.Value.ToString(CultureInfo.InvariantCulture));
            }
            if (!string.IsNullOrEmpty(input.NextToken))
            {
                request.Parameters.Add("nextToken", input.NextToken);
            }
            request.UseQueryString = true;
            return request;
        }
    }

    /// <summary>Reads ListInstances answers: InstanceSummaryList (Id, Arn, InstanceAlias, InstanceStatus), NextToken.</summary>
    internal sealed class ListInstancesResponseUnmarshaller : ConnectReadUnmarshaller<ListInstancesResponse>
    {
        public static readonly ListInstancesResponseUnmarshaller Instance = new ListInstancesResponseUnmarshaller();

        private ListInstancesResponseUnmarshaller()
            : base(ListInstancesRequestMarshaller.Operation)
        {
        }

        protected override void Read(JsonElement root, ListInstancesResponse response)
        {
            response.NextToken = ConnectJson.Token(root);
            foreach (JsonElement item in ConnectJson.RequiredArray(root, "InstanceSummaryList", ListInstancesRequestMarshaller.Operation))
            {
                response.InstanceSummaryList.Add(new InstanceSummary
                {
                    Id = ConnectJson.String(item, "Id"),
                    Arn = ConnectJson.String(item, "Arn"),
                    InstanceAlias = ConnectJson.String(item, "InstanceAlias"),
                    InstanceStatus = ConnectJson.String(item, "InstanceStatus"),
                });
            }
        }
    }
}
