using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConnectMonitor.Engine.Calls;
using ConnectMonitor.Engine.Connect;
using ConnectMonitor.Engine.Errors;
using ConnectMonitor.Engine.Monitoring;
using ConnectMonitor.Engine.Pacing;
using ConnectMonitor.Engine.Sessions;
using ConnectMonitor.Engine.Supervision;

namespace ConnectMonitor.Engine.Completion
{
    /// <summary>
    /// Reads completion candidates from Amazon Connect with the command line's session: names by prefix (one page of
    /// SearchUsers, SearchQueues, SearchRoutingProfiles or SearchUserHierarchyGroups, STARTS_WITH) and instances
    /// (ListInstances, a few pages). One attempt per request, no pacing wait: how long completion waits is its caller's business.
    /// </summary>
    internal sealed class ConnectCompletionSource : ICompletionSource
    {
        /// <summary>Names asked for in one search.</summary>
        public const int NamesPerPage = 100;

        /// <summary>ListInstances pages read at most (10 instances a page).</summary>
        public const int InstancePages = 10;

        private readonly TimeSpan _attemptTimeout;

        /// <summary>Creates the source; one HTTP attempt may take <paramref name="attemptTimeout"/> at most.</summary>
        public ConnectCompletionSource(TimeSpan attemptTimeout)
        {
            _attemptTimeout = attemptTimeout;
        }

        /// <inheritdoc />
        public async Task<CompletionPage> ReadAsync(CompletionQuery query, CancellationToken cancellationToken)
        {
            var options = new MonitorContactOptions { Pacing = PipelinePacing.Off(), MaxAttempts = 1, RequestTimeout = _attemptTimeout };
            using (var service = new ConnectSession(query.Settings, options))
            {
                // -Region is in the settings (checked as any call checks it); a region from an instance ARN is checked here.
                var named = query.Region == null || query.Region == query.Settings.Region
                    ? null
                    : RegionResolver.ValidateExplicit(query.Region, query.Settings.EndpointUrl, "the instance ARN");
                var region = await service.EnsureReadyAsync(named, cancellationToken).ConfigureAwait(false);
                return query.Kind == CompletionKind.Instance
                    ? await InstancesAsync(service, region, cancellationToken).ConfigureAwait(false)
                    : await NamesAsync(service, query, region, cancellationToken).ConfigureAwait(false);
            }
        }

        private static async Task<CompletionPage> NamesAsync(ConnectSession service, CompletionQuery query, string region, CancellationToken cancellationToken)
        {
            var kind = KindOf(query.Kind);
            var pageSize = kind == DirectoryResourceKind.HierarchyGroup ? Math.Min(NamesPerPage, 100) : NamesPerPage;
            var (found, more) = await new SupervisorLookups(service).NamesStartingWithAsync(kind, query.InstanceId, region, query.Prefix, pageSize, cancellationToken)
                .ConfigureAwait(false);
            var candidates = found
                .Where(e => !string.IsNullOrEmpty(e.Name))
                .GroupBy(e => e.Name, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
                .Select(g => new CompletionCandidate(g.Key, g.Key, Describe(kind, g.ToList())))
                .ToList();
            return new CompletionPage(candidates, !more);
        }

        private static DirectoryResourceKind KindOf(CompletionKind kind)
        {
            switch (kind)
            {
                case CompletionKind.User: return DirectoryResourceKind.User;
                case CompletionKind.Queue: return DirectoryResourceKind.Queue;
                case CompletionKind.RoutingProfile: return DirectoryResourceKind.RoutingProfile;
                case CompletionKind.HierarchyGroup: return DirectoryResourceKind.HierarchyGroup;
                default: throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of name.");
            }
        }

        private static string Describe(DirectoryResourceKind kind, List<DirectoryEntry> entries)
        {
            var what = kind == DirectoryResourceKind.User ? "user" : NameResolution.Describe(kind);
            return string.Join("; ", entries.Select(e => $"{what} {e.Name}" + (string.IsNullOrEmpty(e.Detail) ? "" : $" ({e.Detail})") + $", id {e.Id}"));
        }

        private static async Task<CompletionPage> InstancesAsync(ConnectSession service, string region, CancellationToken cancellationToken)
        {
            var calls = new SupervisorLookups(service).Calls;
            var target = CallTarget.Instance(ListInstancesRequestMarshaller.Operation, null, region);
            var candidates = new List<CompletionCandidate>();
            string nextToken = null;
            for (var page = 0; page < InstancePages; page++)
            {
                var request = new ListInstancesRequest { NextToken = nextToken, MaxResults = 10 };
                var response = await calls.SendAsync(target, request, (client, ct) => client.ListInstancesAsync(request, ct), cancellationToken)
                    .ConfigureAwait(false);
                foreach (var instance in response.InstanceSummaryList.Where(i => !string.IsNullOrEmpty(i.Id)))
                {
                    var label = string.IsNullOrEmpty(instance.InstanceAlias) ? instance.Id : instance.InstanceAlias;
                    candidates.Add(new CompletionCandidate(instance.Id, label,
                        $"instance {label}, id {instance.Id}, {region}" + (string.IsNullOrEmpty(instance.InstanceStatus) ? "" : ", " + instance.InstanceStatus)));
                }

                nextToken = string.IsNullOrEmpty(response.NextToken) ? null : response.NextToken;
                if (nextToken == null)
                {
                    return new CompletionPage(Sorted(candidates), true);
                }
            }

            return new CompletionPage(Sorted(candidates), false);
        }

        private static List<CompletionCandidate> Sorted(List<CompletionCandidate> candidates) =>
            candidates.OrderBy(c => c.Label, StringComparer.OrdinalIgnoreCase).ToList();
    }
}
