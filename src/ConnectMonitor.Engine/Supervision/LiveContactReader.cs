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
    /// Reads the contacts agents are on now, one GetCurrentUserData page at a time (ids in chunks as large as the model
    /// allows: 100, one for a hierarchy group; every page of each; for the whole floor, every routing profile of the
    /// instance), each page's contacts with their names filled, each contact once. No ContactFilter is sent: the states
    /// are kept after the call, so an empty answer can say why (<see cref="AgentsSeen"/>, <see cref="LeftOutByState"/>).
    /// A failure on a page ends the read there, after the pages before it were handed out. Not thread-safe: one reader,
    /// one consumer.
    /// </summary>
    public sealed class LiveContactReader
    {
        private const string Operation = "GetCurrentUserData";
        private static readonly string[] DefaultStates = { "CONNECTED", "CONNECTED_ONHOLD" };

        private readonly SupervisorLookups _lookups;
        private readonly LiveContactQuery _query;
        private readonly List<string> _states;
        private readonly HashSet<string> _seen = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<string> _agentsSeen = new HashSet<string>(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _leftOut = new Dictionary<string, int>(StringComparer.Ordinal);
        private DirectoryResourceKind _kind;
        private List<List<string>> _chunks;
        private int _chunk = -1;
        private PageCursor _cursor;
        private string _region;
        private bool _namesMissing;

        internal LiveContactReader(SupervisorLookups lookups, LiveContactQuery query)
        {
            _lookups = lookups;
            _query = query;
            _states = query.States != null && query.States.Count > 0 ? query.States.ToList() : DefaultStates.ToList();
        }

        /// <summary>The user ids (agents) the answers named so far: an agent asked for and not named is not logged in.</summary>
        public IReadOnlyCollection<string> AgentsSeen => _agentsSeen;

        /// <summary>Contacts of the wanted channels left out so far because of their state, counted by state.</summary>
        public IReadOnlyDictionary<string, int> LeftOutByState => _leftOut;

        /// <summary>The states kept (the query's, or CONNECTED and CONNECTED_ONHOLD).</summary>
        public IReadOnlyList<string> States => _states;

        /// <summary>For the whole floor, the routing profiles walked (null before the first page or for other queries).</summary>
        public int? RoutingProfiles { get; private set; }

        /// <summary>The GetCurrentUserData filter chunks (known after the first page).</summary>
        public int Chunks => _chunks?.Count ?? 0;

        /// <summary>The next page's contacts, or null when every page has been read.</summary>
        public async Task<LiveContactPage> NextAsync(CancellationToken cancellationToken)
        {
            if (_chunks == null)
            {
                _region = await _lookups.Service.EnsureReadyAsync(_query.Region, cancellationToken).ConfigureAwait(false);
                _kind = _query.WholeFloor ? DirectoryResourceKind.RoutingProfile : _query.FilterKind;
                var ids = _query.WholeFloor
                    ? (await _lookups.AllAsync(DirectoryResourceKind.RoutingProfile, _query.InstanceId, _region, cancellationToken).ConfigureAwait(false)).Select(p => p.Id).ToList()
                    : _query.Ids.ToList();
                if (_query.WholeFloor)
                {
                    RoutingProfiles = ids.Count;
                }

                var size = _kind == DirectoryResourceKind.HierarchyGroup ? GetCurrentUserDataRequestMarshaller.MaxHierarchyGroups : GetCurrentUserDataRequestMarshaller.MaxFilterValues;
                _chunks = SupervisorLookups.Chunks(ids.Where(i => !string.IsNullOrEmpty(i)).Distinct(StringComparer.Ordinal).ToList(), size).ToList();
            }

            while (_cursor == null || _cursor.Done)
            {
                if (++_chunk >= _chunks.Count)
                {
                    return null;
                }

                _cursor = new PageCursor(CallTarget.Instance(Operation, _query.InstanceId, _region), _lookups.Options.MaxPages);
            }

            var request = new GetCurrentUserDataRequest
            {
                InstanceId = _query.InstanceId,
                Filters = Filters(_chunks[_chunk]),
                NextToken = _cursor.Token,
                MaxResults = _lookups.Options.PageSize.HasValue ? Math.Min(_lookups.Options.PageSize.Value, 100) : (int?)null,
            };
            var response = await _lookups.Calls.SendAsync(CallTarget.Instance(Operation, _query.InstanceId, _region), request,
                (client, ct) => client.GetCurrentUserDataAsync(request, ct), cancellationToken).ConfigureAwait(false);
            var records = new List<LiveContactRecord>();
            foreach (var user in response.UserDataList)
            {
                if (!string.IsNullOrEmpty(user.User?.Id))
                {
                    _agentsSeen.Add(user.User.Id);
                }

                foreach (var contact in user.Contacts.Where(WantedChannel))
                {
                    if (!_seen.Add(contact.ContactId + "\u001f" + user.User?.Id))
                    {
                        continue;
                    }

                    if (_states.Contains(contact.AgentContactState ?? "", StringComparer.Ordinal))
                    {
                        records.Add(SupervisorLookups.ToRecord(_query.InstanceId, _region, _lookups.Service.Settings.EndpointUrl, user, contact));
                    }
                    else
                    {
                        var state = contact.AgentContactState ?? "";
                        _leftOut[state] = _leftOut.TryGetValue(state, out var n) ? n + 1 : 1;
                    }
                }
            }

            // The page is counted before its names are looked up, so an endless NextToken ends the read at once.
            _cursor.Advance(response.NextToken, response.ResponseMetadata?.RequestId);
            string missing = null;
            if (records.Count > 0 && !_namesMissing)
            {
                missing = await _lookups.FillNamesAsync(_query.InstanceId, _region, records, cancellationToken).ConfigureAwait(false);
                _namesMissing = missing != null;
            }

            return new LiveContactPage(records, missing);
        }

        private bool WantedChannel(AgentContactReference contact) =>
            _query.Channels == null || _query.Channels.Count == 0 || _query.Channels.Contains(contact.Channel ?? "", StringComparer.OrdinalIgnoreCase);

        private UserDataFilters Filters(List<string> ids)
        {
            var filters = new UserDataFilters();
            switch (_kind)
            {
                case DirectoryResourceKind.User: filters.Agents = ids; break;
                case DirectoryResourceKind.Queue: filters.Queues = ids; break;
                case DirectoryResourceKind.RoutingProfile: filters.RoutingProfiles = ids; break;
                default: filters.UserHierarchyGroups = ids; break;
            }

            return filters;
        }
    }

    /// <summary>One page of live contacts.</summary>
    public sealed class LiveContactPage
    {
        internal LiveContactPage(IReadOnlyList<LiveContactRecord> contacts, string missingNames)
        {
            Contacts = contacts;
            MissingNames = missingNames;
        }

        /// <summary>The page's contacts (possibly none).</summary>
        public IReadOnlyList<LiveContactRecord> Contacts { get; }

        /// <summary>What names could not be looked up (said once per read, on the first page it happens); null when none.</summary>
        public string MissingNames { get; }
    }
}
