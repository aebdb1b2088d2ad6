using System;
using System.Text.Json;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>
    /// The four name searches share one body shape: {InstanceId, NextToken?, MaxResults?, SearchCriteria?} POSTed to the
    /// operation's path. Checks the model's constraints first: InstanceId 1-100, NextToken 1-2500, MaxResults within
    /// the operation's limit, known comparison types. Each operation has its own instance (its path and limit).
    /// </summary>
    internal sealed class SearchRequestMarshaller<TRequest> : IMarshaller<IRequest, AmazonWebServiceRequest>
        where TRequest : ConnectSearchRequest
    {
        private readonly string _resourcePath;

        public SearchRequestMarshaller(string resourcePath)
        {
            _resourcePath = resourcePath;
        }

        public IRequest Marshall(AmazonWebServiceRequest input) => Marshall((TRequest)input);

        public IRequest Marshall(TRequest input)
        {
            if (input == null)
            {
                throw new ArgumentNullException(nameof(input));
            }
            Validate(input);
            byte[] body = ConnectJson.Write(json =>
            {
                ConnectJson.WriteIfSet(json, "InstanceId", input.InstanceId);
                ConnectJson.WriteIfSet(json, "NextToken", input.NextToken);
                ConnectJson.WriteIfSet(json, "MaxResults", input.MaxResults);
                if (input.SearchCriteria != null)
                {
                    json.WritePropertyName("SearchCriteria");
                    WriteCriteria(json, input.SearchCriteria);
                }
            });
            return ConnectJson.NewPost(input, _resourcePath, body);
        }

        internal static void Validate(ConnectSearchRequest input)
        {
            string operation = input.OperationName;
            ModelConstraints.Length(operation, "InstanceId", input.InstanceId, 1, 100, required: true);
            ModelConstraints.Length(operation, "NextToken", input.NextToken, 1, 2500);
            ModelConstraints.Range(operation, "MaxResults", input.MaxResults, 1, input.MaxResultsLimit);
            ValidateCriteria(operation, input.SearchCriteria);
        }

        private static void ValidateCriteria(string operation, SearchCriteria criteria)
        {
            if (criteria == null)
            {
                return;
            }
            if (criteria.StringCondition != null)
            {
                ModelConstraints.OneOf(operation, "SearchCriteria.StringCondition.ComparisonType",
                    criteria.StringCondition.ComparisonType, ModelConstraints.StringComparisonTypes);
            }
            foreach (SearchCriteria inner in criteria.OrConditions ?? new System.Collections.Generic.List<SearchCriteria>())
            {
                ValidateCriteria(operation, inner);
            }
            foreach (SearchCriteria inner in criteria.AndConditions ?? new System.Collections.Generic.List<SearchCriteria>())
            {
                ValidateCriteria(operation, inner);
            }
        }

        private static void WriteCriteria(Utf8JsonWriter json, SearchCriteria criteria)
        {
            json.WriteStartObject();
            WriteList(json, "OrConditions", criteria.OrConditions);
            WriteList(json, "AndConditions", criteria.AndConditions);
            if (criteria.StringCondition != null)
            {
                json.WriteStartObject("StringCondition");
                ConnectJson.WriteIfSet(json, "FieldName", criteria.StringCondition.FieldName);
                ConnectJson.WriteIfSet(json, "Value", criteria.StringCondition.Value);
                ConnectJson.WriteIfSet(json, "ComparisonType", criteria.StringCondition.ComparisonType);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }

        private static void WriteList(Utf8JsonWriter json, string name, System.Collections.Generic.List<SearchCriteria> list)
        {
            if (list == null)
            {
                return;
            }
            json.WriteStartArray(name);
            foreach (SearchCriteria item in list)
            {
                WriteCriteria(json, item);
            }
            json.WriteEndArray();
        }
    }

    /// <summary>SearchUsers: POST /search-users.</summary>
    internal static class SearchUsersRequestMarshaller
    {
        public static readonly SearchRequestMarshaller<SearchUsersRequest> Instance = new SearchRequestMarshaller<SearchUsersRequest>("/search-users");
    }

    /// <summary>SearchQueues: POST /search-queues.</summary>
    internal static class SearchQueuesRequestMarshaller
    {
        public static readonly SearchRequestMarshaller<SearchQueuesRequest> Instance = new SearchRequestMarshaller<SearchQueuesRequest>("/search-queues");
    }

    /// <summary>SearchRoutingProfiles: POST /search-routing-profiles.</summary>
    internal static class SearchRoutingProfilesRequestMarshaller
    {
        public static readonly SearchRequestMarshaller<SearchRoutingProfilesRequest> Instance = new SearchRequestMarshaller<SearchRoutingProfilesRequest>("/search-routing-profiles");
    }

    /// <summary>SearchUserHierarchyGroups: POST /search-user-hierarchy-groups.</summary>
    internal static class SearchUserHierarchyGroupsRequestMarshaller
    {
        public static readonly SearchRequestMarshaller<SearchUserHierarchyGroupsRequest> Instance = new SearchRequestMarshaller<SearchUserHierarchyGroupsRequest>("/search-user-hierarchy-groups");
    }
}
