using System.Text.Json;

namespace ConnectMonitor.ConnectDouble;

/// <summary>One successful MonitorContact effect: a user started monitoring a contact.</summary>
/// <param name="InstanceId">Instance.</param>
/// <param name="ContactId">Monitored contact.</param>
/// <param name="UserId">Monitoring user.</param>
/// <param name="AllowedMonitorCapabilities">Capabilities requested (empty when none were sent).</param>
/// <param name="ClientToken">Token the request carried, if any.</param>
/// <param name="StartedAt">When the effect happened.</param>
/// <param name="MonitorContactId">The contact the session created for the supervisor (initiation method MONITOR), a new
/// id of the same instance; the answer names it unless the contact is answered with <see cref="MonitorAnswer.Echo"/>.</param>
/// <param name="Answer">What the answer named.</param>
public sealed record MonitorSession(string InstanceId, string ContactId, string UserId,
    IReadOnlyList<string> AllowedMonitorCapabilities, string? ClientToken, DateTimeOffset StartedAt,
    string MonitorContactId, MonitorAnswer Answer)
{
    /// <summary>The contact the answer named: <see cref="MonitorContactId"/>, or <see cref="ContactId"/> under <see cref="MonitorAnswer.Echo"/>.</summary>
    public string AnsweredContactId => Answer == MonitorAnswer.Echo ? ContactId : MonitorContactId;
}

/// <summary>
/// Thread-safe in-memory Amazon Connect state: instances, their users (with or without monitoring permission),
/// their contacts (live or ended), the monitoring sessions started, and the ClientToken idempotency record.
/// Unknown instance / user / contact → ResourceNotFoundException 404; ended contact → InvalidRequestException 400;
/// user without permission → AccessDeniedException 403; a ClientToken reused with different parameters →
/// IdempotencyException 409, reused with the same parameters → the first answer again, with no second effect.
/// Each session creates a monitoring contact of its own, and the answer names it (<see cref="Answer"/>, set per contact
/// with <see cref="AnswerFor"/>), or echoes the monitored contact.
/// </summary>
public sealed partial class ConnectWorld
{
    private sealed class Instance
    {
        public readonly Dictionary<string, bool> Users = new(StringComparer.Ordinal);     // user → may monitor
        public readonly Dictionary<string, bool> Contacts = new(StringComparer.Ordinal);  // contact → live
    }

    private readonly object _gate = new();
    private readonly Dictionary<string, Instance> _instances = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Fingerprint, MonitorResult Result)> _tokens = new(StringComparer.Ordinal);
    private readonly List<MonitorSession> _sessions = new();
    private readonly Dictionary<string, MonitorAnswer> _answers = new(StringComparer.Ordinal);
    private MonitorAnswer _answer = MonitorAnswer.MonitoringContact;

    /// <summary>
    /// What a successful MonitorContact answer names, for contacts without their own <see cref="AnswerFor"/>: by default
    /// the monitoring contact the session created (as the real service is believed to answer), or the monitored contact
    /// itself (<see cref="MonitorAnswer.Echo"/>).
    /// </summary>
    public MonitorAnswer Answer
    {
        get { lock (_gate) return _answer; }
        set { lock (_gate) _answer = value; }
    }

    /// <summary>Sets what MonitorContact answers for these contacts, whatever <see cref="Answer"/> says. Returns this world.</summary>
    public ConnectWorld AnswerFor(MonitorAnswer answer, params string[] contactIds)
    {
        lock (_gate)
        {
            foreach (var c in contactIds) _answers[c] = answer;
        }
        return this;
    }

    /// <summary>The default world: <see cref="TestCredentials.InstanceId"/> with users <see cref="TestCredentials.UserId"/>,
    /// <see cref="TestCredentials.OtherUserId"/>, <see cref="TestCredentials.DeniedUserId"/> (no permission), live contacts
    /// <see cref="TestCredentials.ContactIds"/> and the ended contact <see cref="TestCredentials.EndedContactId"/>.</summary>
    public static ConnectWorld CreateDefault()
    {
        var w = new ConnectWorld();
        w.AddInstance(TestCredentials.InstanceId);
        w.AddUser(TestCredentials.InstanceId, TestCredentials.UserId);
        w.AddUser(TestCredentials.InstanceId, TestCredentials.OtherUserId);
        w.AddUser(TestCredentials.InstanceId, TestCredentials.DeniedUserId, canMonitor: false);
        w.AddContacts(TestCredentials.InstanceId, TestCredentials.ContactIds);
        w.AddContact(TestCredentials.InstanceId, TestCredentials.EndedContactId, live: false);
        SupervisorWorld.AddTo(w);
        ReadinessWorld.AddTo(w);
        return w;
    }

    /// <summary>Adds an instance (no-op if it exists). Returns this world for chaining.</summary>
    public ConnectWorld AddInstance(string instanceId)
    {
        lock (_gate) _instances.TryAdd(instanceId, new Instance());
        return this;
    }

    /// <summary>Adds (or updates) a user of an instance, creating the instance if needed.</summary>
    /// <param name="instanceId">Instance.</param>
    /// <param name="userId">User id.</param>
    /// <param name="canMonitor">False makes MonitorContact by this user answer AccessDeniedException.</param>
    public ConnectWorld AddUser(string instanceId, string userId, bool canMonitor = true)
    {
        lock (_gate) GetOrAdd(instanceId).Users[userId] = canMonitor;
        return this;
    }

    /// <summary>Adds (or updates) a contact of an instance, creating the instance if needed.</summary>
    public ConnectWorld AddContact(string instanceId, string contactId, bool live = true)
    {
        lock (_gate) GetOrAdd(instanceId).Contacts[contactId] = live;
        return this;
    }

    /// <summary>Adds live contacts to an instance.</summary>
    public ConnectWorld AddContacts(string instanceId, IEnumerable<string> contactIds)
    {
        lock (_gate)
        {
            var i = GetOrAdd(instanceId);
            foreach (var c in contactIds) i.Contacts[c] = true;
        }
        return this;
    }

    /// <summary>Marks a contact ended (MonitorContact then answers InvalidRequestException). Returns false if unknown.</summary>
    public bool EndContact(string instanceId, string contactId)
    {
        lock (_gate)
        {
            if (!_instances.TryGetValue(instanceId, out var i) || !i.Contacts.ContainsKey(contactId)) return false;
            i.Contacts[contactId] = false;
            return true;
        }
    }

    /// <summary>Removes a contact (MonitorContact then answers ResourceNotFoundException). Returns false if unknown.</summary>
    public bool RemoveContact(string instanceId, string contactId)
    {
        lock (_gate) return _instances.TryGetValue(instanceId, out var i) && i.Contacts.Remove(contactId);
    }

    /// <summary>True when the instance exists.</summary>
    public bool HasInstance(string instanceId) { lock (_gate) return _instances.ContainsKey(instanceId); }

    /// <summary>True when the contact exists and is live.</summary>
    public bool IsLive(string instanceId, string contactId)
    {
        lock (_gate) return _instances.TryGetValue(instanceId, out var i) && i.Contacts.TryGetValue(contactId, out var live) && live;
    }

    /// <summary>Snapshot of the instance ids.</summary>
    public IReadOnlyList<string> InstanceIds { get { lock (_gate) return _instances.Keys.ToArray(); } }

    /// <summary>Snapshot of the users of an instance who may monitor contacts (empty if unknown).</summary>
    public IReadOnlyList<string> MonitoringUsersOf(string instanceId)
    {
        lock (_gate) return _instances.TryGetValue(instanceId, out var i) ? i.Users.Where(u => u.Value).Select(u => u.Key).ToArray() : [];
    }

    /// <summary>Snapshot of the contact ids of an instance (empty if unknown).</summary>
    public IReadOnlyList<string> ContactsOf(string instanceId)
    {
        lock (_gate) return _instances.TryGetValue(instanceId, out var i) ? i.Contacts.Keys.ToArray() : [];
    }

    /// <summary>Snapshot of all monitoring sessions started, in order. Idempotent replays add none.</summary>
    public IReadOnlyList<MonitorSession> Sessions { get { lock (_gate) return _sessions.ToArray(); } }

    /// <summary>Snapshot of the sessions started on one contact.</summary>
    public IReadOnlyList<MonitorSession> SessionsFor(string contactId)
    {
        lock (_gate) return _sessions.Where(s => s.ContactId == contactId).ToArray();
    }

    /// <summary>Forgets sessions and the idempotency record (instances, users and contacts stay).</summary>
    public void ResetEffects()
    {
        lock (_gate) { _sessions.Clear(); _tokens.Clear(); }
    }

    /// <summary>Reads a world file; see <see cref="FromJson"/> for the format.</summary>
    public static ConnectWorld LoadJson(string path) => FromJson(File.ReadAllText(path));

    /// <summary>
    /// Builds a world from JSON:
    /// <c>{"instances":[{"id":"…","users":["…"],"deniedUsers":["…"],"contacts":["…"],"endedContacts":["…"]}]}</c>,
    /// plus the supervisor's view per instance: <c>"people":[{"id","username","firstName","lastName","routingProfile",
    /// "hierarchyGroup","canMonitor"}]</c>, <c>"queues"</c>, <c>"routingProfiles"</c>, <c>"hierarchyGroups"</c>
    /// (<c>{"id","name","levelId"}</c>), <c>"agentContacts":[{"contactId","agent","queue","channel","state","stateStart","appearsAfterSec"}]</c>
    /// (<c>appearsAfterSec</c>: the contact appears that long after the endpoint started listening)
    /// and <c>"pageSize"</c>; for readiness, <c>"attributes":{"ENHANCED_CONTACT_MONITORING":"true"}</c>,
    /// <c>"securityProfiles":[{"id","permissions":[…]}]</c>, a person's <c>"securityProfiles"</c>, <c>"status"</c> (CCP
    /// status name) or <c>"loggedOut":true</c>, <c>"endedAt":{"contactId":"2026-11-26T09:30:00Z"}</c>, and the instance's <c>"alias"</c> (ListInstances).
    /// Property names are case-insensitive; every list is optional.
    /// </summary>
    public static ConnectWorld FromJson(string json)
    {
        var dto = JsonSerializer.Deserialize<WorldFile>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })
                  ?? throw new FormatException("World JSON is empty.");
        var w = new ConnectWorld();
        foreach (var i in dto.Instances ?? [])
        {
            if (string.IsNullOrEmpty(i.Id)) throw new FormatException("Every instance needs an \"id\".");
            w.AddInstance(i.Id);
            foreach (var u in i.Users ?? []) w.AddUser(i.Id, u);
            foreach (var u in i.DeniedUsers ?? []) w.AddUser(i.Id, u, canMonitor: false);
            w.AddContacts(i.Id, i.Contacts ?? []);
            foreach (var c in i.EndedContacts ?? []) w.AddContact(i.Id, c, live: false);
            w.ApplyDirectory(i.Id, i);
            w.ApplyReadiness(i.Id, i);
        }
        return w;
    }

    private sealed class WorldFile { public List<InstanceFile>? Instances { get; set; } }
    private sealed class InstanceFile
    {
        public string? Id { get; set; }
        public List<string>? Users { get; set; }
        public List<string>? DeniedUsers { get; set; }
        public List<string>? Contacts { get; set; }
        public List<string>? EndedContacts { get; set; }
        // The supervisor's view (ConnectWorld.Directory.cs): people with login names, queues, routing profiles,
        // hierarchy groups, which agent is on which contact, and the largest page the lookups answer.
        public List<PersonFile>? People { get; set; }
        public List<ItemFile>? Queues { get; set; }
        public List<ItemFile>? RoutingProfiles { get; set; }
        public List<ItemFile>? HierarchyGroups { get; set; }
        public List<AgentContactFile>? AgentContacts { get; set; }
        public int? PageSize { get; set; }
        // Readiness (ConnectWorld.Readiness.cs): instance attributes, security profiles and when contacts ended.
        public Dictionary<string, string>? Attributes { get; set; }
        public List<SecurityProfileFile>? SecurityProfiles { get; set; }
        public Dictionary<string, DateTimeOffset>? EndedAt { get; set; }
        // The instance's alias, as ListInstances shows it.
        public string? Alias { get; set; }
    }

    private Instance GetOrAdd(string instanceId)
    {
        if (!_instances.TryGetValue(instanceId, out var i)) _instances[instanceId] = i = new Instance();
        return i;
    }

    /// <summary>Applies one validated MonitorContact request: the world semantics and idempotency.</summary>
    internal (MonitorResult? Result, ConnectError? Error, bool Replay) Monitor(MonitorContactRequest r, string partition, string region, string accountId, DateTimeOffset now)
    {
        var caps = r.AllowedMonitorCapabilities ?? [];
        ReleaseDueContacts();
        var fingerprint = string.Join('\u001f', r.InstanceId, r.ContactId, r.UserId, string.Join(',', caps.Order(StringComparer.Ordinal)));
        lock (_gate)
        {
            if (r.ClientToken is { Length: > 0 } token && _tokens.TryGetValue(token, out var seen))
            {
                return seen.Fingerprint == fingerprint
                    ? (seen.Result, null, true)
                    : (null, ConnectError.Idempotency($"The ClientToken '{token}' was already used with different parameters."), false);
            }
            if (!_instances.TryGetValue(r.InstanceId, out var instance))
                return (null, ConnectError.ResourceNotFound($"Instance not found: {r.InstanceId}"), false);
            if (!instance.Users.TryGetValue(r.UserId, out var canMonitor))
                return (null, ConnectError.ResourceNotFound($"User not found: {r.UserId}"), false);
            if (!canMonitor)
                return (null, ConnectError.AccessDenied($"User {r.UserId} is not allowed to monitor contacts."), false);
            if (!instance.Contacts.TryGetValue(r.ContactId, out var live))
                return (null, ConnectError.ResourceNotFound($"Contact not found: {r.ContactId}"), false);
            if (!live)
                return (null, ConnectError.InvalidRequest($"Contact {r.ContactId} is not active."), false);

            var session = new MonitorSession(r.InstanceId, r.ContactId, r.UserId, caps, r.ClientToken, now,
                Guid.NewGuid().ToString(), _answers.TryGetValue(r.ContactId, out var own) ? own : _answer);
            var named = session.AnsweredContactId;
            var result = new MonitorResult(named, $"arn:{partition}:connect:{region}:{accountId}:instance/{r.InstanceId}/contact/{named}");
            _sessions.Add(session);
            if (r.ClientToken is { Length: > 0 } t) _tokens[t] = (fingerprint, result);
            return (result, null, false);
        }
    }
}
