using System;
using System.Collections.Concurrent;
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

namespace ConnectMonitor.Engine.Supervision
{
    /// <summary>
    /// A pipeline's supervisor lookups: names to ids (SearchUsers, SearchQueues, SearchRoutingProfiles,
    /// SearchUserHierarchyGroups), ids to names, and who is on which contact now (GetCurrentUserData). Uses the
    /// pipeline's <see cref="ConnectSession"/> for credentials, region and service clients. Every name and id is
    /// looked up at most once per pipeline (per region and instance); several names go in one search. Each operation is
    /// paced by its own rate limiter per endpoint, and retried like MonitorContact. Thread-safe.
    /// </summary>
    public sealed class SupervisorLookups
    {
        private readonly ConnectSession _service;
        private readonly SupervisorLookupOptions _options;
        private readonly ConnectCallPath _calls;
        private readonly DirectorySearch _search;
        private readonly ConcurrentDictionary<string, Task<NameResolution>> _byName = new ConcurrentDictionary<string, Task<NameResolution>>(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, DirectoryEntry> _byId = new ConcurrentDictionary<string, DirectoryEntry>(StringComparer.Ordinal);
        private readonly object _gate = new object();

        /// <summary>Creates the lookups for a pipeline's service.</summary>
        public SupervisorLookups(ConnectSession service, SupervisorLookupOptions options = null)
        {
            _service = service ?? throw new ArgumentNullException(nameof(service));
            _options = options ?? SupervisorLookupOptions.Default;
            // The session's call path: its clients pace every lookup with the pipeline's limiters (one per endpoint
            // and operation, shared with MonitorContact's) and retry budget.
            _calls = service.Calls;
            _search = new DirectorySearch(_calls, _options);
        }

        /// <summary>The (endpoint, operation) pairs that have a rate limiter so far.</summary>
        internal IReadOnlyCollection<string> LimiterKeys =>
            (_service.Options.Pacing?.Operations ?? new List<PacedOperation>()).Select(o => o.Endpoint + "\u001f" + o.Operation).ToList();

        /// <summary>The call path every lookup is sent on.</summary>
        internal ConnectCallPath Calls => _calls;

        /// <summary>The options (pages, batch sizes) of these lookups.</summary>
        internal SupervisorLookupOptions Options => _options;

        /// <summary>Calls sent so far by these lookups (the pipeline's), per operation: pages count, retries do not.</summary>
        public IReadOnlyDictionary<string, int> CallsSent() => _calls.CallsSent();

        /// <summary>The service whose clients and credentials these lookups use.</summary>
        public ConnectSession Service => _service;

        /// <summary>Resolves one name (see <see cref="ResolveAsync(DirectoryResourceKind, string, string, IReadOnlyList{string}, CancellationToken)"/>).</summary>
        public async Task<NameResolution> ResolveAsync(DirectoryResourceKind kind, string instanceId, string region, string name, CancellationToken cancellationToken)
        {
            var resolutions = await ResolveAsync(kind, instanceId, region, new[] { name }, cancellationToken).ConfigureAwait(false);
            return resolutions[0];
        }

        /// <summary>
        /// Resolves names to resources: one search (paged, OR of exact name conditions) for every name not resolved
        /// before in this pipeline. A failed search fails every name it carried, and is not repeated for them.
        /// Throws <see cref="ConnectServiceException"/> for service failures, <see cref="ConnectConfigurationException"/>
        /// when no call can be made.
        /// </summary>
        public async Task<IReadOnlyList<NameResolution>> ResolveAsync(DirectoryResourceKind kind, string instanceId, string region,
            IReadOnlyList<string> names, CancellationToken cancellationToken)
        {
            region = _service.EnsureReady(region);
            var tasks = new Task<NameResolution>[names.Count];
            var toLookUp = new List<(string Name, TaskCompletionSource<NameResolution> Source)>();
            lock (_gate)
            {
                for (var i = 0; i < names.Count; i++)
                {
                    var key = Key(kind, region, instanceId, names[i]);
                    if (!_byName.TryGetValue(key, out var task))
                    {
                        var source = new TaskCompletionSource<NameResolution>(TaskCreationOptions.RunContinuationsAsynchronously);
                        task = source.Task;
                        _byName[key] = task;
                        toLookUp.Add((names[i], source));
                    }

                    tasks[i] = task;
                }
            }

            foreach (var batch in Batches(toLookUp, _options.NamesPerSearch))
            {
                try
                {
                    var found = await SearchAsync(kind, instanceId, region, DirectorySearch.NameField(kind), batch.Select(b => b.Name).Distinct(StringComparer.Ordinal).ToList(), cancellationToken)
                        .ConfigureAwait(false);
                    foreach (var (name, source) in batch)
                    {
                        source.TrySetResult(NameResolution.From(kind, instanceId, name, found));
                    }
                }
                catch (Exception ex)
                {
                    lock (_gate)
                    {
                        foreach (var (name, source) in batch)
                        {
                            // A cancelled lookup is not remembered: the names are looked up again by a later call.
                            if (ex is OperationCanceledException)
                            {
                                _byName.TryRemove(Key(kind, region, instanceId, name), out _);
                            }

                            source.TrySetException(ex);
                        }
                    }
                }
            }

            return await Task.WhenAll(tasks).ConfigureAwait(false);
        }

        /// <summary>
        /// The resources of a kind whose name starts with <paramref name="prefix"/> (all for an empty prefix), one page of at
        /// most <paramref name="pageSize"/> (for tab completion: a bounded answer, not every match), and whether more were
        /// left. Each is remembered by id.
        /// </summary>
        public async Task<(IReadOnlyList<DirectoryEntry> Found, bool More)> NamesStartingWithAsync(DirectoryResourceKind kind, string instanceId, string region,
            string prefix, int pageSize, CancellationToken cancellationToken)
        {
            region = await _service.EnsureReadyAsync(region, cancellationToken).ConfigureAwait(false);
            var search = new DirectorySearch(_calls, new SupervisorLookupOptions { PageSize = pageSize });
            var (found, more) = await search.SearchPagesAsync(kind, instanceId, region, SearchCriteria.StartsWith(DirectorySearch.NameField(kind), prefix), 1, true, cancellationToken)
                .ConfigureAwait(false);
            Remember(kind, instanceId, region, found);
            return (found, more);
        }

        /// <summary>
        /// Every resource of a kind in the instance (one search without criteria, every page, pages as large as the model
        /// allows), each remembered by id.
        /// </summary>
        internal async Task<List<DirectoryEntry>> AllAsync(DirectoryResourceKind kind, string instanceId, string region, CancellationToken cancellationToken)
        {
            var search = new DirectorySearch(_calls, new SupervisorLookupOptions { PageSize = _options.PageSize ?? DirectorySearch.LargestPage(kind), MaxPages = _options.MaxPages });
            var (found, _) = await search.SearchPagesAsync(kind, instanceId, region, null, _options.MaxPages, false, cancellationToken).ConfigureAwait(false);
            Remember(kind, instanceId, region, found);
            return found;
        }

        /// <summary>
        /// Lists the contacts agents are on now, matching the query, with agent login names and queue names looked up
        /// (one search per kind for the ids not known yet): every page (see <see cref="ReadLiveContacts"/>), collected.
        /// A name lookup that fails leaves the names empty (<see cref="LiveContactPage.MissingNames"/>).
        /// </summary>
        public async Task<IReadOnlyList<LiveContactRecord>> GetLiveContactsAsync(LiveContactQuery query, CancellationToken cancellationToken)
        {
            var reader = ReadLiveContacts(query);
            var records = new List<LiveContactRecord>();
            LiveContactPage page;
            while ((page = await reader.NextAsync(cancellationToken).ConfigureAwait(false)) != null)
            {
                records.AddRange(page.Contacts);
            }

            return records;
        }

        /// <summary>
        /// A reader of the contacts agents are on now, one page of GetCurrentUserData at a time, so a caller writes each
        /// page's contacts as it arrives and a failure on a later page keeps the earlier pages' contacts.
        /// </summary>
        public LiveContactReader ReadLiveContacts(LiveContactQuery query) =>
            new LiveContactReader(this, query ?? throw new ArgumentNullException(nameof(query)));

        /// <summary>
        /// Fills the agents' login names and the queues' names of <paramref name="records"/> (one search per kind for the
        /// ids not known yet). A failing search leaves those names empty and says so: null when every lookup worked.
        /// </summary>
        internal async Task<string> FillNamesAsync(string instanceId, string region, IReadOnlyList<LiveContactRecord> records, CancellationToken cancellationToken)
        {
            var missing = new List<string>();
            var agents = await NamesOrNoneAsync(DirectoryResourceKind.User, instanceId, region, records.Select(r => r.AgentId), missing, cancellationToken).ConfigureAwait(false);
            var queues = await NamesOrNoneAsync(DirectoryResourceKind.Queue, instanceId, region, records.Select(r => r.QueueId), missing, cancellationToken).ConfigureAwait(false);
            foreach (var record in records)
            {
                record.AgentUsername = record.AgentId != null && agents.TryGetValue(record.AgentId, out var agent) ? agent.Name : null;
                record.QueueName = record.QueueId != null && queues.TryGetValue(record.QueueId, out var queue) ? queue.Name : null;
            }

            return missing.Count == 0 ? null : string.Join(" ", missing);
        }

        private async Task<Dictionary<string, DirectoryEntry>> NamesOrNoneAsync(DirectoryResourceKind kind, string instanceId, string region,
            IEnumerable<string> ids, List<string> missing, CancellationToken cancellationToken)
        {
            try
            {
                return await NamesByIdAsync(kind, instanceId, region, ids, cancellationToken).ConfigureAwait(false);
            }
            catch (ConnectServiceException failure)
            {
                var which = kind == DirectoryResourceKind.User ? "AgentUsername" : "QueueName";
                missing.Add($"{which} is left empty: {failure.Message}");
                return new Dictionary<string, DirectoryEntry>(StringComparer.Ordinal);
            }
        }

        /// <summary>Names for ids: those learnt earlier in this pipeline, the rest in one search by id.</summary>
        private async Task<Dictionary<string, DirectoryEntry>> NamesByIdAsync(DirectoryResourceKind kind, string instanceId, string region,
            IEnumerable<string> ids, CancellationToken cancellationToken)
        {
            var result = new Dictionary<string, DirectoryEntry>(StringComparer.Ordinal);
            var unknown = new List<string>();
            foreach (var id in ids.Where(i => !string.IsNullOrEmpty(i)).Distinct(StringComparer.Ordinal))
            {
                if (_byId.TryGetValue(Key(kind, region, instanceId, id), out var entry))
                {
                    result[id] = entry;
                }
                else
                {
                    unknown.Add(id);
                }
            }

            foreach (var batch in Chunks(unknown, _options.NamesPerSearch))
            {
                var found = await SearchAsync(kind, instanceId, region, DirectorySearch.IdField(kind), batch, cancellationToken).ConfigureAwait(false);
                foreach (var entry in found)
                {
                    result[entry.Id] = entry;
                }
            }

            return result;
        }

        /// <summary>A search through <see cref="DirectorySearch"/>; every entry found is remembered by id for later names.</summary>
        private async Task<List<DirectoryEntry>> SearchAsync(DirectoryResourceKind kind, string instanceId, string region, string field,
            IReadOnlyCollection<string> values, CancellationToken cancellationToken)
        {
            var found = await _search.SearchAsync(kind, instanceId, region, field, values, cancellationToken).ConfigureAwait(false);
            Remember(kind, instanceId, region, found);
            return found;
        }

        private void Remember(DirectoryResourceKind kind, string instanceId, string region, IEnumerable<DirectoryEntry> found)
        {
            foreach (var entry in found.Where(e => !string.IsNullOrEmpty(e.Id)))
            {
                _byId[Key(kind, region, instanceId, entry.Id)] = entry;
            }
        }

        /// <summary>
        /// The name of a resource this pipeline has already looked up (by name, by id, or listed), without a lookup of its
        /// own; null when it has not. <paramref name="region"/> null: the session's default region.
        /// </summary>
        public string KnownName(DirectoryResourceKind kind, string instanceId, string region, string id)
        {
            if (string.IsNullOrEmpty(id) || _byId.IsEmpty)
            {
                return null;
            }

            string resolved;
            try
            {
                resolved = _service.EnsureReady(region);
            }
            catch (ConnectConfigurationException)
            {
                return null;
            }

            return _byId.TryGetValue(Key(kind, resolved, instanceId, id), out var entry) ? entry.Name : null;
        }

        internal static LiveContactRecord ToRecord(string instanceId, string region, string endpointUrl, UserData user, AgentContactReference contact) =>
            new LiveContactRecord
            {
                EndpointUrl = endpointUrl,
                ContactId = contact.ContactId,
                ContactArn = ContactArnFrom(user.User?.Arn, contact.ContactId),
                InstanceId = instanceId,
                Region = region,
                Channel = contact.Channel,
                State = contact.AgentContactState,
                StateSince = contact.StateStartTimestamp,
                ConnectedToAgentAt = contact.ConnectedToAgentTimestamp,
                InitiationMethod = contact.InitiationMethod,
                AgentId = user.User?.Id,
                QueueId = contact.Queue?.Id,
                RoutingProfileId = user.RoutingProfile?.Id,
            };

        /// <summary>arn:…:instance/{id}/agent/{user} → arn:…:instance/{id}/contact/{contact}; null when the user ARN has another form.</summary>
        internal static string ContactArnFrom(string userArn, string contactId)
        {
            if (string.IsNullOrEmpty(userArn) || string.IsNullOrEmpty(contactId))
            {
                return null;
            }

            var agent = userArn.IndexOf("/agent/", StringComparison.Ordinal);
            return agent < 0 ? null : userArn.Substring(0, agent) + "/contact/" + contactId;
        }

        private static string Key(DirectoryResourceKind kind, string region, string instanceId, string value) =>
            string.Join("\u001f", kind.ToString(), region, instanceId, value);

        internal static IEnumerable<List<T>> Chunks<T>(IReadOnlyList<T> items, int size)
        {
            for (var i = 0; i < items.Count; i += size)
            {
                yield return items.Skip(i).Take(size).ToList();
            }
        }

        private static IEnumerable<List<T>> Batches<T>(List<T> items, int size) => Chunks(items, Math.Max(1, size));
    }
}
