using System.Collections.Generic;
using Amazon.Runtime;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>
    /// What the four name searches (SearchUsers, SearchQueues, SearchRoutingProfiles, SearchUserHierarchyGroups) have in
    /// common: instance, paging and string criteria. Tag filters are not modelled here (the module does not use them).
    /// </summary>
    internal abstract class ConnectSearchRequest : AmazonWebServiceRequest
    {
        /// <summary>The instance id or ARN (1-100 characters). Required.</summary>
        public string InstanceId { get; set; }

        /// <summary>The token of the next page (1-2500 characters), from the previous answer.</summary>
        public string NextToken { get; set; }

        /// <summary>Page size (1 to <see cref="MaxResultsLimit"/>; the service's default when null).</summary>
        public int? MaxResults { get; set; }

        /// <summary>The search criteria (string conditions combined with OrConditions / AndConditions).</summary>
        public SearchCriteria SearchCriteria { get; set; }

        /// <summary>The model's largest MaxResults for this operation.</summary>
        public abstract int MaxResultsLimit { get; }

        /// <summary>The operation name, for messages.</summary>
        public abstract string OperationName { get; }
    }

    /// <summary>Input of SearchUsers (POST /search-users). Field names: Username, FirstName, LastName, RoutingProfileId, SecurityProfileId, ResourceId.</summary>
    internal sealed class SearchUsersRequest : ConnectSearchRequest
    {
        /// <inheritdoc />
        public override int MaxResultsLimit => 500;

        /// <inheritdoc />
        public override string OperationName => "SearchUsers";
    }

    /// <summary>Input of SearchQueues (POST /search-queues). Field names: name, description, resourceID.</summary>
    internal sealed class SearchQueuesRequest : ConnectSearchRequest
    {
        /// <inheritdoc />
        public override int MaxResultsLimit => 500;

        /// <inheritdoc />
        public override string OperationName => "SearchQueues";
    }

    /// <summary>Input of SearchRoutingProfiles (POST /search-routing-profiles). Field names: name, description, resourceID.</summary>
    internal sealed class SearchRoutingProfilesRequest : ConnectSearchRequest
    {
        /// <inheritdoc />
        public override int MaxResultsLimit => 500;

        /// <inheritdoc />
        public override string OperationName => "SearchRoutingProfiles";
    }

    /// <summary>Input of SearchUserHierarchyGroups (POST /search-user-hierarchy-groups). Field names: name, parentId, levelId, resourceID.</summary>
    internal sealed class SearchUserHierarchyGroupsRequest : ConnectSearchRequest
    {
        /// <inheritdoc />
        public override int MaxResultsLimit => 100;

        /// <inheritdoc />
        public override string OperationName => "SearchUserHierarchyGroups";
    }

    /// <summary>Search criteria: one string condition, or a list of criteria to OR or AND.</summary>
    internal sealed class SearchCriteria
    {
        /// <summary>Any of these.</summary>
        public List<SearchCriteria> OrConditions { get; set; }

        /// <summary>All of these.</summary>
        public List<SearchCriteria> AndConditions { get; set; }

        /// <summary>A condition on one field.</summary>
        public StringCondition StringCondition { get; set; }

        /// <summary>Criteria matching the values of <paramref name="fieldName"/> that start with <paramref name="prefix"/> (ignoring case); none for an empty prefix.</summary>
        public static SearchCriteria StartsWith(string fieldName, string prefix) =>
            string.IsNullOrEmpty(prefix) ? null : new SearchCriteria { StringCondition = new StringCondition { FieldName = fieldName, Value = prefix, ComparisonType = "STARTS_WITH" } };

        /// <summary>Criteria matching any of <paramref name="values"/> exactly in <paramref name="fieldName"/> (one condition when there is one value).</summary>
        public static SearchCriteria AnyExact(string fieldName, IEnumerable<string> values)
        {
            var conditions = new List<SearchCriteria>();
            foreach (string value in values)
            {
                conditions.Add(new SearchCriteria { StringCondition = new StringCondition { FieldName = fieldName, Value = value, ComparisonType = "EXACT" } });
            }
            return conditions.Count == 1 ? conditions[0] : new SearchCriteria { OrConditions = conditions };
        }
    }

    /// <summary>The model's StringCondition.</summary>
    internal sealed class StringCondition
    {
        /// <summary>The field to compare.</summary>
        public string FieldName { get; set; }

        /// <summary>The value to compare with.</summary>
        public string Value { get; set; }

        /// <summary>STARTS_WITH, CONTAINS or EXACT.</summary>
        public string ComparisonType { get; set; }
    }
}
