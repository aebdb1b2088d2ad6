using System.Text.Json.Serialization;

namespace ConnectMonitor.ConnectDouble;

/// <summary>A user with a login name (agent or supervisor), as SearchUsers and GetCurrentUserData see them.</summary>
public sealed record DirectoryUser(string Id, string Username, string? FirstName = null, string? LastName = null,
    string? RoutingProfileId = null, string? HierarchyGroupId = null);

/// <summary>A queue, routing profile or user hierarchy group: an id and a name (and a level for groups).</summary>
public sealed record DirectoryItem(string Id, string Name, string? LevelId = null);

/// <summary>A contact an agent is on now.</summary>
public sealed record AgentContact(string ContactId, string AgentId, string? QueueId, string Channel = "VOICE",
    string State = "CONNECTED", DateTimeOffset? StateStart = null, string InitiationMethod = "INBOUND");

/// <summary>
/// The supervisor's view of the world: users with login names, queues, routing profiles, user hierarchy groups and
/// which agent is on which contact, per instance. Agents' contacts are contacts of the instance too (live unless their
/// state is ENDED, MISSED, REJECTED or ERROR), so MonitorContact works on them.
/// </summary>
public sealed partial class ConnectWorld
{
    private sealed class InstanceDirectory
    {
        public readonly List<DirectoryUser> Users = new();
        public readonly List<DirectoryItem> Queues = new();
        public readonly List<DirectoryItem> RoutingProfiles = new();
        public readonly List<DirectoryItem> HierarchyGroups = new();
        public readonly List<AgentContact> AgentContacts = new();
    }

    private static readonly string[] NotLiveStates = ["ENDED", "MISSED", "REJECTED", "ERROR"];
    private readonly Dictionary<string, InstanceDirectory> _directories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _aliases = new(StringComparer.Ordinal);
    private readonly List<(string InstanceId, AgentContact Contact, TimeSpan After)> _scheduled = new();
    private readonly List<(string InstanceId, AgentContact Contact, int Reads)> _onRead = new();
    private TimeProvider _clock = TimeProvider.System;
    private DateTimeOffset? _clockStart;

    /// <summary>Largest page the supervisor operations answer, whatever MaxResults asks (null: MaxResults or the default).
    /// Small values make the double page, to test pagination.</summary>
    public int? PageSize { get; set; }

    /// <summary>Adds a user with a login name (also a user for MonitorContact, with <paramref name="canMonitor"/>).</summary>
    public ConnectWorld AddNamedUser(string instanceId, DirectoryUser user, bool canMonitor = true)
    {
        AddUser(instanceId, user.Id, canMonitor);
        lock (_gate)
        {
            var d = Directory(instanceId);
            d.Users.RemoveAll(u => u.Id == user.Id);
            d.Users.Add(user);
        }
        return this;
    }

    /// <summary>Gives an instance an alias (as ListInstances shows it), creating the instance if needed.</summary>
    public ConnectWorld SetInstanceAlias(string instanceId, string alias)
    {
        AddInstance(instanceId);
        lock (_gate) _aliases[instanceId] = alias;
        return this;
    }

    /// <summary>The alias of an instance, or null.</summary>
    public string? AliasOf(string instanceId) { lock (_gate) return _aliases.TryGetValue(instanceId, out var alias) ? alias : null; }

    /// <summary>Adds a queue.</summary>
    public ConnectWorld AddQueue(string instanceId, string id, string name) => Add(instanceId, d => d.Queues, new DirectoryItem(id, name));

    /// <summary>Adds a routing profile.</summary>
    public ConnectWorld AddRoutingProfile(string instanceId, string id, string name) => Add(instanceId, d => d.RoutingProfiles, new DirectoryItem(id, name));

    /// <summary>Adds a user hierarchy group.</summary>
    public ConnectWorld AddHierarchyGroup(string instanceId, string id, string name, string? levelId = null) =>
        Add(instanceId, d => d.HierarchyGroups, new DirectoryItem(id, name, levelId));

    /// <summary>Puts an agent on a contact (the contact is added to the instance, live unless the state says otherwise).</summary>
    public ConnectWorld AddAgentContact(string instanceId, AgentContact contact)
    {
        AddContact(instanceId, contact.ContactId, live: !NotLiveStates.Contains(contact.State));
        lock (_gate) Directory(instanceId).AgentContacts.Add(contact);
        return this;
    }

    /// <summary>
    /// Puts an agent on a contact <paramref name="after"/> the world's clock started (<see cref="StartClock"/>): until then
    /// neither GetCurrentUserData nor MonitorContact knows it. Without a <see cref="AgentContact.StateStart"/>, the
    /// contact's state starts when it appears. (A test that wants no timing calls <see cref="AddAgentContact"/> when it
    /// wants the contact to appear.)
    /// </summary>
    public ConnectWorld ScheduleAgentContact(string instanceId, AgentContact contact, TimeSpan after)
    {
        lock (_gate) _scheduled.Add((instanceId, contact, after));
        return this;
    }

    /// <summary>
    /// Puts an agent on a contact in the answer to the <paramref name="read"/>-th GetCurrentUserData request whose Agents
    /// filter names the agent (counted from when this is called): a call that connects while someone watches that agent,
    /// with no clock involved (the demo's -Wait). Reads by queue, routing profile or team do not count.
    /// </summary>
    public ConnectWorld AddAgentContactOnRead(string instanceId, AgentContact contact, int read)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(read, 1);
        lock (_gate) _onRead.Add((instanceId, contact, read));
        return this;
    }

    /// <summary>Counts one GetCurrentUserData request naming <paramref name="agentIds"/> in its Agents filter, releasing
    /// the contacts of <see cref="AddAgentContactOnRead"/> whose read it is.</summary>
    internal void CountAgentRead(string instanceId, IReadOnlyCollection<string> agentIds)
    {
        lock (_gate)
        {
            for (var i = _onRead.Count - 1; i >= 0; i--)
            {
                var (instance, contact, reads) = _onRead[i];
                if (instance != instanceId || !agentIds.Contains(contact.AgentId)) continue;
                if (reads > 1) { _onRead[i] = (instance, contact, reads - 1); continue; }
                _onRead.RemoveAt(i);
                AddAgentContact(instance, contact with { StateStart = contact.StateStart ?? _clock.GetUtcNow() });
            }
        }
    }

    /// <summary>Starts the clock scheduled contacts are measured from (the server does when it listens; a second call
    /// changes nothing). Until it starts, no scheduled contact appears.</summary>
    public void StartClock(TimeProvider time)
    {
        lock (_gate)
        {
            if (_clockStart is not null) return;
            _clock = time;
            _clockStart = time.GetUtcNow();
        }
    }

    // Scheduled contacts whose time has come become agent contacts (called before every read of them).
    private void ReleaseDueContacts()
    {
        lock (_gate)
        {
            if (_clockStart is not { } start || _scheduled.Count == 0) return;
            var now = _clock.GetUtcNow();
            foreach (var due in _scheduled.Where(s => start + s.After <= now).ToList())
            {
                _scheduled.Remove(due);
                AddAgentContact(due.InstanceId, due.Contact with { StateStart = due.Contact.StateStart ?? start + due.After });
            }
        }
    }

    /// <summary>Snapshot of the named users of an instance.</summary>
    public IReadOnlyList<DirectoryUser> NamedUsersOf(string instanceId) { lock (_gate) return Directory(instanceId).Users.ToArray(); }

    /// <summary>Snapshot of the queues of an instance.</summary>
    public IReadOnlyList<DirectoryItem> QueuesOf(string instanceId) { lock (_gate) return Directory(instanceId).Queues.ToArray(); }

    /// <summary>Snapshot of the routing profiles of an instance.</summary>
    public IReadOnlyList<DirectoryItem> RoutingProfilesOf(string instanceId) { lock (_gate) return Directory(instanceId).RoutingProfiles.ToArray(); }

    /// <summary>Snapshot of the user hierarchy groups of an instance.</summary>
    public IReadOnlyList<DirectoryItem> HierarchyGroupsOf(string instanceId) { lock (_gate) return Directory(instanceId).HierarchyGroups.ToArray(); }

    /// <summary>Snapshot of which agent is on which contact in an instance.</summary>
    public IReadOnlyList<AgentContact> AgentContactsOf(string instanceId)
    {
        ReleaseDueContacts();
        lock (_gate) return Directory(instanceId).AgentContacts.ToArray();
    }

    private ConnectWorld Add(string instanceId, Func<InstanceDirectory, List<DirectoryItem>> list, DirectoryItem item)
    {
        AddInstance(instanceId);
        lock (_gate)
        {
            var items = list(Directory(instanceId));
            items.RemoveAll(i => i.Id == item.Id);
            items.Add(item);
        }
        return this;
    }

    private InstanceDirectory Directory(string instanceId)
    {
        if (!_directories.TryGetValue(instanceId, out var d)) _directories[instanceId] = d = new InstanceDirectory();
        return d;
    }

    /// <summary>Reads an instance's supervisor parts from a world file.</summary>
    private void ApplyDirectory(string instanceId, InstanceFile file)
    {
        foreach (var u in file.People ?? [])
        {
            if (string.IsNullOrEmpty(u.Id) || string.IsNullOrEmpty(u.Username)) throw new FormatException("Every person needs an \"id\" and a \"username\".");
            AddNamedUser(instanceId, new DirectoryUser(u.Id, u.Username, u.FirstName, u.LastName, u.RoutingProfile, u.HierarchyGroup), u.CanMonitor ?? false);
        }
        foreach (var q in file.Queues ?? []) AddQueue(instanceId, Required(q.Id, "queue"), Required(q.Name, "queue"));
        foreach (var r in file.RoutingProfiles ?? []) AddRoutingProfile(instanceId, Required(r.Id, "routing profile"), Required(r.Name, "routing profile"));
        foreach (var g in file.HierarchyGroups ?? []) AddHierarchyGroup(instanceId, Required(g.Id, "hierarchy group"), Required(g.Name, "hierarchy group"), g.LevelId);
        foreach (var c in file.AgentContacts ?? [])
        {
            if (string.IsNullOrEmpty(c.ContactId) || string.IsNullOrEmpty(c.Agent)) throw new FormatException("Every agent contact needs a \"contactId\" and an \"agent\" (user id).");
            var contact = new AgentContact(c.ContactId, c.Agent, c.Queue, c.Channel ?? "VOICE", c.State ?? "CONNECTED", c.StateStart, c.InitiationMethod ?? "INBOUND");
            if (c.AppearsAfterSec is { } after) ScheduleAgentContact(instanceId, contact, TimeSpan.FromSeconds(after));
            else AddAgentContact(instanceId, contact);
        }
        if (file.PageSize is { } pageSize) PageSize = pageSize;
        if (!string.IsNullOrEmpty(file.Alias)) SetInstanceAlias(instanceId, file.Alias);
    }

    private static string Required(string? value, string what) =>
        string.IsNullOrEmpty(value) ? throw new FormatException($"Every {what} needs an \"id\" and a \"name\".") : value;

    private sealed class PersonFile
    {
        public string? Id { get; set; }
        public string? Username { get; set; }
        public string? FirstName { get; set; }
        public string? LastName { get; set; }
        public string? RoutingProfile { get; set; }
        public string? HierarchyGroup { get; set; }
        public bool? CanMonitor { get; set; }
        public List<string>? SecurityProfiles { get; set; }
        public string? Status { get; set; }
        public bool? LoggedOut { get; set; }
    }

    private sealed class ItemFile
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public string? LevelId { get; set; }
    }

    private sealed class AgentContactFile
    {
        public string? ContactId { get; set; }
        public string? Agent { get; set; }
        public string? Queue { get; set; }
        public string? Channel { get; set; }
        public string? State { get; set; }
        public DateTimeOffset? StateStart { get; set; }
        public string? InitiationMethod { get; set; }
        public double? AppearsAfterSec { get; set; }
    }
}
