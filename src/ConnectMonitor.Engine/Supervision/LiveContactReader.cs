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
    /// Reads the contacts agents are on now, one GetCurrentUserData page at a time (ids in chunks of 100, one for a
    /// hierarchy group; every page of each), each page's contacts with their names filled. A failure on a page ends the
    /// read there, after the pages before it were handed out. Not thread-safe: one reader, one consumer.
    /// </summary>
    public sealed class LiveContactReader
    {
        private const string Operation = "GetCurrentUserData";
        private static readonly string[] DefaultStates = { "CONNECTED", "CONNECTED_ONHOLD" };

        private readonly SupervisorLookups _lookups;
        private readonly LiveContactQuery _query;
        private readonly List<string> _states;
        private readonly HashSet<string> _seen = new HashSet<string>(StringComparer.Ordinal);
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

        /// <summary>The next page's contacts, or null when every page has been read.</summary>
        public async Task<LiveContactPage> NextAsync(CancellationToken cancellationToken)
        {
            if (_chunks == null)
            {
                _region = await _lookups.Service.EnsureReadyAsync(_query.Region, cancellationToken).ConfigureAwait(false);
                var size = _query.FilterKind == DirectoryResourceKind.HierarchyGroup ? 1 : 100;
                _chunks = SupervisorLookups.Chunks(_query.Ids.Distinct(StringComparer.Ordinal).ToList(), size).ToList();
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
                foreach (var contact in user.Contacts.Where(Wanted))
                {
                    if (_seen.Add(contact.ContactId + "\u001f" + user.User?.Id))
                    {
                        records.Add(SupervisorLookups.ToRecord(_query.InstanceId, _region, _lookups.Service.Settings.EndpointUrl, user, contact));
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

        private bool Wanted(AgentContactReference contact) =>
            _states.Contains(contact.AgentContactState ?? "", StringComparer.Ordinal) &&
            (_query.Channels == null || _query.Channels.Count == 0 || _query.Channels.Contains(contact.Channel ?? "", StringComparer.OrdinalIgnoreCase));

        private UserDataFilters Filters(List<string> ids)
        {
            var filters = new UserDataFilters { ContactStates = _states };
            switch (_query.FilterKind)
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
