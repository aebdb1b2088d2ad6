using System;
using System.Collections.Generic;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>
    /// GetCurrentUserData: POST /metrics/userdata/{InstanceId} with {Filters, NextToken?, MaxResults?}. Checks the model's
    /// constraints first: InstanceId 1-100, Filters required with exactly one of Agents, Queues, RoutingProfiles (1-100
    /// each) and UserHierarchyGroups (exactly 1), at most 9 known ContactStates, MaxResults 1-100.
    /// </summary>
    internal sealed class GetCurrentUserDataRequestMarshaller : IMarshaller<IRequest, AmazonWebServiceRequest>
    {
        public const string Operation = "GetCurrentUserData";
        public const string ResourcePath = "/metrics/userdata/{InstanceId}";

        /// <summary>The model's most values in one filter of agents, queues or routing profiles.</summary>
        public const int MaxFilterValues = 100;

        /// <summary>The model's most user hierarchy groups in one filter.</summary>
        public const int MaxHierarchyGroups = 1;

        public static readonly GetCurrentUserDataRequestMarshaller Instance = new GetCurrentUserDataRequestMarshaller();

        public IRequest Marshall(AmazonWebServiceRequest input) => Marshall((GetCurrentUserDataRequest)input);

        public IRequest Marshall(GetCurrentUserDataRequest input)
        {
            if (input == null)
            {
                throw new ArgumentNullException(nameof(input));
            }
            Validate(input);

            UserDataFilters filters = input.Filters;
            byte[] body = ConnectJson.Write(json =>
            {
                json.WriteStartObject("Filters");
                ConnectJson.WriteIfSet(json, "Queues", filters.Queues);
                if (filters.ContactStates != null)
                {
                    json.WriteStartObject("ContactFilter");
                    ConnectJson.WriteIfSet(json, "ContactStates", filters.ContactStates);
                    json.WriteEndObject();
                }
                ConnectJson.WriteIfSet(json, "RoutingProfiles", filters.RoutingProfiles);
                ConnectJson.WriteIfSet(json, "Agents", filters.Agents);
                ConnectJson.WriteIfSet(json, "UserHierarchyGroups", filters.UserHierarchyGroups);
                json.WriteEndObject();
                ConnectJson.WriteIfSet(json, "NextToken", input.NextToken);
                ConnectJson.WriteIfSet(json, "MaxResults", input.MaxResults);
            });
            IRequest request = ConnectJson.NewPost(input, ResourcePath, body);
            request.AddPathResource("{InstanceId}", input.InstanceId);
            return request;
        }

        internal static void Validate(GetCurrentUserDataRequest input)
        {
            ModelConstraints.Length(Operation, "InstanceId", input.InstanceId, 1, 100, required: true);
            ModelConstraints.Required(Operation, "Filters", input.Filters);
            ModelConstraints.Range(Operation, "MaxResults", input.MaxResults, 1, 100);
            UserDataFilters filters = input.Filters;
            ModelConstraints.Count(Operation, "Filters.Queues", filters.Queues, 1, MaxFilterValues);
            ModelConstraints.Count(Operation, "Filters.RoutingProfiles", filters.RoutingProfiles, 1, MaxFilterValues);
            ModelConstraints.Count(Operation, "Filters.Agents", filters.Agents, 1, MaxFilterValues);
            ModelConstraints.Count(Operation, "Filters.UserHierarchyGroups", filters.UserHierarchyGroups, 1, MaxHierarchyGroups);
            ModelConstraints.Count(Operation, "Filters.ContactFilter.ContactStates", filters.ContactStates, 0, 9);
            ModelConstraints.NoNullOrEmptyItems(Operation, "Filters.Queues", filters.Queues);
            ModelConstraints.NoNullOrEmptyItems(Operation, "Filters.RoutingProfiles", filters.RoutingProfiles);
            ModelConstraints.NoNullOrEmptyItems(Operation, "Filters.Agents", filters.Agents);
            ModelConstraints.NoNullOrEmptyItems(Operation, "Filters.UserHierarchyGroups", filters.UserHierarchyGroups);
            foreach (string state in filters.ContactStates ?? new List<string>())
            {
                ModelConstraints.OneOf(Operation, "Filters.ContactFilter.ContactStates item", state, ModelConstraints.ContactStates);
            }

            // The service takes one filter among queues, routing profiles, agents and user hierarchy groups.
            int kinds = (filters.Queues != null ? 1 : 0) + (filters.RoutingProfiles != null ? 1 : 0)
                        + (filters.Agents != null ? 1 : 0) + (filters.UserHierarchyGroups != null ? 1 : 0);
            if (kinds != 1)
            {
                throw ModelConstraints.Fail(Operation,
                    "Filters must have exactly one of Queues, RoutingProfiles, Agents or UserHierarchyGroups (it has " + kinds + ").");
            }
        }
    }
}
