using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConnectMonitor.Engine.Calls;
using ConnectMonitor.Engine.Connect;
using ConnectMonitor.Engine.Errors;

namespace ConnectMonitor.Engine.Supervision
{
    /// <summary>
    /// The four name searches behind one call: SearchUsers, SearchQueues, SearchRoutingProfiles or
    /// SearchUserHierarchyGroups by kind, with an OR of exact conditions on a field, every page read (bounded by
    /// <see cref="PageCursor"/>), each item as a <see cref="DirectoryEntry"/>.
    /// </summary>
    internal sealed class DirectorySearch
    {
        private readonly ConnectCallPath _calls;
        private readonly SupervisorLookupOptions _options;

        public DirectorySearch(ConnectCallPath calls, SupervisorLookupOptions options)
        {
            _calls = calls;
            _options = options;
        }

        /// <summary>The field that holds a kind's name: Username for users, name for the rest.</summary>
        public static string NameField(DirectoryResourceKind kind) => kind == DirectoryResourceKind.User ? "Username" : "name";

        /// <summary>The field that holds a kind's id: ResourceId for users, resourceID for the rest.</summary>
        public static string IdField(DirectoryResourceKind kind) => kind == DirectoryResourceKind.User ? "ResourceId" : "resourceID";

        /// <summary>The model's largest page (MaxResults) for a kind's search.</summary>
        public static int LargestPage(DirectoryResourceKind kind) =>
            kind == DirectoryResourceKind.HierarchyGroup ? new SearchUserHierarchyGroupsRequest().MaxResultsLimit : new SearchRoutingProfilesRequest().MaxResultsLimit;

        /// <summary>One search (every page) with an OR of exact conditions on <paramref name="field"/>.</summary>
        public async Task<List<DirectoryEntry>> SearchAsync(DirectoryResourceKind kind, string instanceId, string region, string field,
            IReadOnlyCollection<string> values, CancellationToken cancellationToken) =>
            (await SearchPagesAsync(kind, instanceId, region, SearchCriteria.AnyExact(field, values), _options.MaxPages, false, cancellationToken)
                .ConfigureAwait(false)).Found;

        /// <summary>
        /// One search with <paramref name="criteria"/>, at most <paramref name="maxPages"/> pages: beyond them an error, or,
        /// with <paramref name="firstPagesOnly"/>, what those pages found and whether more were left.
        /// </summary>
        public async Task<(List<DirectoryEntry> Found, bool More)> SearchPagesAsync(DirectoryResourceKind kind, string instanceId, string region, SearchCriteria criteria,
            int maxPages, bool firstPagesOnly, CancellationToken cancellationToken)
        {
            var found = new List<DirectoryEntry>();
            var target = CallTarget.Instance(OperationOf(kind), instanceId, region);
            // With firstPagesOnly the cursor allows one page more, so reaching maxPages ends the read instead of failing it.
            var pages = new PageCursor(target, firstPagesOnly ? maxPages + 1 : maxPages);
            do
            {
                if (firstPagesOnly && pages.Pages >= maxPages)
                {
                    return (found, true);
                }

                var token = pages.Token;
                IReadOnlyList<DirectoryEntry> page;
                ConnectSearchResponse answer;
                switch (kind)
                {
                    case DirectoryResourceKind.User:
                    {
                        var request = new SearchUsersRequest { InstanceId = instanceId, SearchCriteria = criteria, NextToken = token, MaxResults = _options.PageSize };
                        var response = await _calls.SendAsync(target, request, (c, ct) => c.SearchUsersAsync(request, ct), cancellationToken).ConfigureAwait(false);
                        answer = response;
                        page = response.Users.Select(u => new DirectoryEntry(u.Id, u.Arn, u.Username, FullName(u))).ToList();
                        break;
                    }
                    case DirectoryResourceKind.Queue:
                    {
                        var request = new SearchQueuesRequest { InstanceId = instanceId, SearchCriteria = criteria, NextToken = token, MaxResults = _options.PageSize };
                        var response = await _calls.SendAsync(target, request, (c, ct) => c.SearchQueuesAsync(request, ct), cancellationToken).ConfigureAwait(false);
                        answer = response;
                        page = response.Queues.Select(q => new DirectoryEntry(q.Id, q.Arn, q.Name)).ToList();
                        break;
                    }
                    case DirectoryResourceKind.RoutingProfile:
                    {
                        var request = new SearchRoutingProfilesRequest { InstanceId = instanceId, SearchCriteria = criteria, NextToken = token, MaxResults = _options.PageSize };
                        var response = await _calls.SendAsync(target, request, (c, ct) => c.SearchRoutingProfilesAsync(request, ct), cancellationToken).ConfigureAwait(false);
                        answer = response;
                        page = response.RoutingProfiles.Select(p => new DirectoryEntry(p.Id, p.Arn, p.Name)).ToList();
                        break;
                    }
                    default:
                    {
                        var request = new SearchUserHierarchyGroupsRequest
                        {
                            InstanceId = instanceId, SearchCriteria = criteria, NextToken = token,
                            MaxResults = _options.PageSize.HasValue ? Math.Min(_options.PageSize.Value, 100) : (int?)null,
                        };
                        var response = await _calls.SendAsync(target, request, (c, ct) => c.SearchUserHierarchyGroupsAsync(request, ct), cancellationToken).ConfigureAwait(false);
                        answer = response;
                        page = response.UserHierarchyGroups.Select(g => new DirectoryEntry(g.Id, g.Arn, g.Name, string.IsNullOrEmpty(g.LevelId) ? null : "level " + g.LevelId)).ToList();
                        break;
                    }
                }

                found.AddRange(page);
                pages.Advance(answer.NextToken, answer.ResponseMetadata?.RequestId);
            }
            while (!pages.Done);

            return (found, false);
        }

        private static string FullName(UserSearchSummary user)
        {
            var name = ((user.FirstName ?? "") + " " + (user.LastName ?? "")).Trim();
            return name.Length == 0 ? null : name;
        }

        private static string OperationOf(DirectoryResourceKind kind)
        {
            switch (kind)
            {
                case DirectoryResourceKind.User: return "SearchUsers";
                case DirectoryResourceKind.Queue: return "SearchQueues";
                case DirectoryResourceKind.RoutingProfile: return "SearchRoutingProfiles";
                default: return "SearchUserHierarchyGroups";
            }
        }
    }
}
