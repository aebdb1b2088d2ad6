namespace ConnectMonitor.ConnectDouble;

/// <summary>
/// The readiness side of the world: instance attributes (ENHANCED_CONTACT_MONITORING and the like), security profiles
/// with their permissions, each user's security profiles, each user's CCP presence (logged out, or a status name such as
/// Available or Offline), and when contacts ended. DescribeInstanceAttribute, DescribeUser, ListSecurityProfilePermissions
/// and DescribeContact answer from it (<see cref="ReadinessOperation"/>).
/// </summary>
public sealed partial class ConnectWorld
{
    private sealed class InstanceReadiness
    {
        public readonly Dictionary<string, string> Attributes = new(StringComparer.Ordinal);
        public readonly Dictionary<string, List<string>> SecurityProfiles = new(StringComparer.Ordinal);
        public readonly Dictionary<string, List<string>> UserProfiles = new(StringComparer.Ordinal);
        public readonly Dictionary<string, string?> Presence = new(StringComparer.Ordinal);
        public readonly Dictionary<string, DateTimeOffset> EndedAt = new(StringComparer.Ordinal);
    }

    private readonly Dictionary<string, InstanceReadiness> _readiness = new(StringComparer.Ordinal);

    /// <summary>Sets an instance attribute (e.g. ENHANCED_CONTACT_MONITORING = "true").</summary>
    public ConnectWorld SetInstanceAttribute(string instanceId, string attributeType, string value)
    {
        AddInstance(instanceId);
        lock (_gate) Readiness(instanceId).Attributes[attributeType] = value;
        return this;
    }

    /// <summary>Adds (or replaces) a security profile and its permissions.</summary>
    public ConnectWorld AddSecurityProfile(string instanceId, string profileId, IEnumerable<string> permissions)
    {
        AddInstance(instanceId);
        lock (_gate) Readiness(instanceId).SecurityProfiles[profileId] = permissions.ToList();
        return this;
    }

    /// <summary>Gives a user its security profiles.</summary>
    public ConnectWorld SetUserProfiles(string instanceId, string userId, params string[] profileIds)
    {
        lock (_gate) Readiness(instanceId).UserProfiles[userId] = profileIds.ToList();
        return this;
    }

    /// <summary>
    /// Sets a user's CCP presence: a status name (Available, Offline, ...), or null for logged out (the user is then
    /// absent from GetCurrentUserData). Users never set keep the default: Available while on a contact, else Offline.
    /// </summary>
    public ConnectWorld SetPresence(string instanceId, string userId, string? statusName)
    {
        lock (_gate) Readiness(instanceId).Presence[userId] = statusName;
        return this;
    }

    /// <summary>Records when a contact ended (DescribeContact's DisconnectTimestamp) and marks it ended.</summary>
    public ConnectWorld SetEndedAt(string instanceId, string contactId, DateTimeOffset endedAt)
    {
        AddContact(instanceId, contactId, live: false);
        lock (_gate) Readiness(instanceId).EndedAt[contactId] = endedAt;
        return this;
    }

    /// <summary>An instance attribute's value, or null when never set.</summary>
    public string? InstanceAttribute(string instanceId, string attributeType)
    {
        lock (_gate) return Readiness(instanceId).Attributes.TryGetValue(attributeType, out var v) ? v : null;
    }

    /// <summary>A security profile's permissions, or null when there is no such profile.</summary>
    public IReadOnlyList<string>? SecurityProfilePermissions(string instanceId, string profileId)
    {
        lock (_gate) return Readiness(instanceId).SecurityProfiles.TryGetValue(profileId, out var p) ? p.ToArray() : null;
    }

    /// <summary>A user's security profile ids (empty when never set).</summary>
    public IReadOnlyList<string> UserProfiles(string instanceId, string userId)
    {
        lock (_gate) return Readiness(instanceId).UserProfiles.TryGetValue(userId, out var p) ? p.ToArray() : [];
    }

    /// <summary>True when the user exists in the instance (a MonitorContact user or a named user).</summary>
    public bool HasUser(string instanceId, string userId)
    {
        lock (_gate) return _instances.TryGetValue(instanceId, out var i) && i.Users.ContainsKey(userId);
    }

    /// <summary>
    /// A user's CCP presence: (true, status) when set, (false, null) when never set (the default applies); a set null
    /// status means logged out.
    /// </summary>
    public (bool Set, string? StatusName) Presence(string instanceId, string userId)
    {
        lock (_gate) return Readiness(instanceId).Presence.TryGetValue(userId, out var s) ? (true, s) : (false, null);
    }

    /// <summary>When a contact ended, if recorded.</summary>
    public DateTimeOffset? EndedAt(string instanceId, string contactId)
    {
        lock (_gate) return Readiness(instanceId).EndedAt.TryGetValue(contactId, out var at) ? at : null;
    }

    private InstanceReadiness Readiness(string instanceId)
    {
        if (!_readiness.TryGetValue(instanceId, out var r)) _readiness[instanceId] = r = new InstanceReadiness();
        return r;
    }

    /// <summary>Reads an instance's readiness parts from a world file.</summary>
    private void ApplyReadiness(string instanceId, InstanceFile file)
    {
        foreach (var (name, value) in file.Attributes ?? []) SetInstanceAttribute(instanceId, name, value);
        foreach (var p in file.SecurityProfiles ?? [])
        {
            if (string.IsNullOrEmpty(p.Id)) throw new FormatException("Every security profile needs an \"id\".");
            AddSecurityProfile(instanceId, p.Id, p.Permissions ?? []);
        }
        foreach (var u in file.People ?? [])
        {
            if (u.SecurityProfiles is { } profiles) SetUserProfiles(instanceId, u.Id!, profiles.ToArray());
            if (u.LoggedOut == true) SetPresence(instanceId, u.Id!, null);
            else if (u.Status is { } status) SetPresence(instanceId, u.Id!, status);
        }
        foreach (var (contactId, at) in file.EndedAt ?? []) SetEndedAt(instanceId, contactId, at);
    }

    private sealed class SecurityProfileFile
    {
        public string? Id { get; set; }
        public List<string>? Permissions { get; set; }
    }
}
