using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConnectMonitor.Engine.Connect;

namespace ConnectMonitor.Engine.Supervision
{
    /// <summary>
    /// The four name searches behind one call: SearchUsers, SearchQueues, SearchRoutingProfiles or
    /// SearchUserHierarchyGroups by kind, with an OR of exact conditions on a field, every page read (bounded by
    /// <see cref="SupervisorLookupOptions.MaxPages"/>), each item as a <see cref="DirectoryEntry"/>.
    /// </summary>
    internal sealed class DirectorySearch
    {
        private readonly PacedLookupCaller _caller;
        private readonly SupervisorLookupOptions _options;

        public DirectorySearch(PacedLookupCaller caller, SupervisorLookupOptions options)
        {
            _caller = caller;
            _options = options;
        }

        /// <summary>The field that holds a kind's name: Username for users, name for the rest.</summary>
        public static string NameField(DirectoryResourceKind kind) => kind == DirectoryResourceKind.User ? "Username" : "name";

        /// <summary>The field that holds a kind's id: ResourceId for users, resourceID for the rest.</summary>
        public static string IdField(DirectoryResourceKind kind) => kind == DirectoryResourceKind.User ? "ResourceId" : "resourceID";

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
            string nextToken = null;
            var pages = 0;
            do
            {
                var operation = OperationOf(kind);
                if (++pages > maxPages)
                {
                    if (firstPagesOnly)
                    {
                        return (found, true);
                    }

                    throw LookupErrorTranslator.TooManyPages(operation, instanceId, region, maxPages);
                }

                var token = nextToken;
                IReadOnlyList<DirectoryEntry> page;
                switch (kind)
                {
                    case DirectoryResourceKind.User:
                    {
                        var request = new SearchUsersRequest { InstanceId = instanceId, SearchCriteria = criteria, NextToken = token, MaxResults = _options.PageSize };
                        var response = await _caller.CallAsync(operation, instanceId, region, request, (c, ct) => c.SearchUsersAsync(request, ct), cancellationToken).ConfigureAwait(false);
                        page = response.Users.Select(u => new DirectoryEntry(u.Id, u.Arn, u.Username, FullName(u))).ToList();
                        nextToken = response.NextToken;
                        break;
                    }
                    case DirectoryResourceKind.Queue:
                    {
                        var request = new SearchQueuesRequest { InstanceId = instanceId, SearchCriteria = criteria, NextToken = token, MaxResults = _options.PageSize };
                        var response = await _caller.CallAsync(operation, instanceId, region, request, (c, ct) => c.SearchQueuesAsync(request, ct), cancellationToken).ConfigureAwait(false);
                        page = response.Queues.Select(q => new DirectoryEntry(q.Id, q.Arn, q.Name)).ToList();
                        nextToken = response.NextToken;
                        break;
                    }
                    case DirectoryResourceKind.RoutingProfile:
                    {
                        var request = new SearchRoutingProfilesRequest { InstanceId = instanceId, SearchCriteria = criteria, NextToken = token, MaxResults = _options.PageSize };
                        var response = await _caller.CallAsync(operation, instanceId, region, request, (c, ct) => c.SearchRoutingProfilesAsync(request, ct), cancellationToken).ConfigureAwait(false);
                        page = response.RoutingProfiles.Select(p => new DirectoryEntry(p.Id, p.Arn, p.Name)).ToList();
                        nextToken = response.NextToken;
                        break;
                    }
                    default:
                    {
                        var request = new SearchUserHierarchyGroupsRequest
                        {
                            InstanceId = instanceId, SearchCriteria = criteria, NextToken = token,
                            MaxResults = _options.PageSize.HasValue ? Math.Min(_options.PageSize.Value, 100) : (int?)null,
                        };
                        var response = await _caller.CallAsync(operation, instanceId, region, request, (c, ct) => c.SearchUserHierarchyGroupsAsync(request, ct), cancellationToken).ConfigureAwait(false);
                        page = response.UserHierarchyGroups.Select(g => new DirectoryEntry(g.Id, g.Arn, g.Name, string.IsNullOrEmpty(g.LevelId) ? null : "level " + g.LevelId)).ToList();
                        nextToken = response.NextToken;
                        break;
                    }
                }

                found.AddRange(page);
                nextToken = string.IsNullOrEmpty(nextToken) ? null : nextToken;
            }
            while (nextToken != null);

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
