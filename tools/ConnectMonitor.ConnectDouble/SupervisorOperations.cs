using System.Text;
using System.Text.Json;

namespace ConnectMonitor.ConnectDouble;

/// <summary>
/// The supervisor operations the double answers besides MonitorContact, in the service's wire shapes:
/// GetCurrentUserData (POST /metrics/userdata/{InstanceId}), SearchUsers (POST /search-users), SearchQueues
/// (POST /search-queues), SearchRoutingProfiles (POST /search-routing-profiles) and SearchUserHierarchyGroups
/// (POST /search-user-hierarchy-groups). Each checks the model's constraints (InvalidParameterException 400), the
/// instance (ResourceNotFoundException 404), and pages by NextToken. Faults and quotas are applied by the request
/// pipeline before; scripted faults for these operations are keyed by the operation name (e.g. <c>--fault SearchUsers=ThrottlingException</c>).
/// </summary>
internal sealed class SupervisorOperation
{
    private const string UserDataPrefix = "/metrics/userdata/";
    private static readonly string[] ContactStates = ["INCOMING", "PENDING", "CONNECTING", "CONNECTED", "CONNECTED_ONHOLD", "MISSED", "ERROR", "ENDED", "REJECTED"];
    private static readonly string[] ComparisonTypes = ["STARTS_WITH", "CONTAINS", "EXACT"];

    private SupervisorOperation(string name, int maxResults) => (Name, MaxResults) = (name, maxResults);

    /// <summary>The operation name (also the key of its scripted faults).</summary>
    public string Name { get; }

    private int MaxResults { get; }

    /// <summary>The operation a request's method and raw path address, or null when it is none of these.</summary>
    public static SupervisorOperation? Match(string method, string rawPath)
    {
        if (string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase)) return rawPath == "/instance" ? new("ListInstances", 10) : null;
        if (!string.Equals(method, "POST", StringComparison.OrdinalIgnoreCase)) return null;
        if (rawPath.StartsWith(UserDataPrefix, StringComparison.Ordinal) && rawPath.Length > UserDataPrefix.Length) return new("GetCurrentUserData", 100);
        return rawPath switch
        {
            "/search-users" => new("SearchUsers", 500),
            "/search-queues" => new("SearchQueues", 500),
            "/search-routing-profiles" => new("SearchRoutingProfiles", 500),
            "/search-user-hierarchy-groups" => new("SearchUserHierarchyGroups", 100),
            _ => null,
        };
    }

    /// <summary>Answers a request whose signature was verified: the JSON body of a 200, or an error.</summary>
    public (string? Json, ConnectError? Error) Handle(string rawPath, string rawQuery, byte[] body, ConnectWorld world, string region, string accountId)
    {
        if (Name == "ListInstances") return ListInstances(rawQuery, world, region, accountId);
        JsonElement root;
        try
        {
            using var doc = JsonDocument.Parse(body.Length == 0 ? "{}"u8.ToArray() : body);
            root = doc.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return (null, ConnectError.InvalidRequest($"The request body is not valid JSON: {e.Message}"));
        }
        if (root.ValueKind != JsonValueKind.Object) return (null, ConnectError.InvalidRequest("The request body must be a JSON object."));

        string instanceId;
        if (Name == "GetCurrentUserData")
        {
            instanceId = Uri.UnescapeDataString(rawPath[UserDataPrefix.Length..]);
        }
        else if (!TryString(root, "InstanceId", out instanceId!) || instanceId is null)
        {
            return (null, Invalid("InstanceId is required."));
        }
        if (instanceId.Length is < 1 or > 100) return (null, Invalid("InstanceId must be 1-100 characters."));

        int? maxResults = null;
        if (root.TryGetProperty("MaxResults", out var mr))
        {
            if (mr.ValueKind != JsonValueKind.Number || !mr.TryGetInt32(out var m) || m < 1 || m > MaxResults)
                return (null, Invalid($"MaxResults must be an integer from 1 to {MaxResults}."));
            maxResults = m;
        }
        var offset = 0;
        if (root.TryGetProperty("NextToken", out var nt) && nt.ValueKind != JsonValueKind.Null)
        {
            if (nt.ValueKind != JsonValueKind.String || !TryReadToken(nt.GetString()!, out offset))
                return (null, Invalid("The NextToken is not valid."));
        }
        if (!world.HasInstance(instanceId)) return (null, ConnectError.ResourceNotFound($"Instance not found: {instanceId}"));

        var arns = new Arns(MonitorContactHandler.PartitionOf(region), region, accountId, instanceId);
        var pageSize = Math.Min(maxResults ?? 100, world.PageSize ?? int.MaxValue);
        return Name == "GetCurrentUserData"
            ? CurrentUserData(root, world, instanceId, arns, offset, pageSize)
            : Search(root, world, instanceId, arns, offset, pageSize);
    }

    private (string?, ConnectError?) CurrentUserData(JsonElement root, ConnectWorld world, string instanceId, Arns arns, int offset, int pageSize)
    {
        if (!root.TryGetProperty("Filters", out var filters) || filters.ValueKind != JsonValueKind.Object)
            return (null, Invalid("Filters is required."));
        var lists = new Dictionary<string, List<string>>();
        foreach (var (member, min, max) in new[] { ("Queues", 1, 100), ("RoutingProfiles", 1, 100), ("Agents", 1, 100), ("UserHierarchyGroups", 1, 1) })
        {
            if (!filters.TryGetProperty(member, out var list)) continue;
            if (list.ValueKind != JsonValueKind.Array || list.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String || e.GetString()!.Length == 0))
                return (null, Invalid($"Filters.{member} must be a list of ids."));
            var items = list.EnumerateArray().Select(e => e.GetString()!).ToList();
            if (items.Count < min || items.Count > max) return (null, Invalid($"Filters.{member} must have {min}-{max} items."));
            lists[member] = items;
        }
        if (lists.Count != 1)
            return (null, Invalid("Exactly one filter among Queues, RoutingProfiles, Agents and UserHierarchyGroups is required."));
        List<string>? states = null;
        if (filters.TryGetProperty("ContactFilter", out var cf) && cf.TryGetProperty("ContactStates", out var cs))
        {
            if (cs.ValueKind != JsonValueKind.Array || cs.GetArrayLength() > 9 || cs.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String || !ContactStates.Contains(e.GetString())))
                return (null, Invalid($"ContactStates must be at most 9 of {string.Join(", ", ContactStates)}."));
            states = cs.EnumerateArray().Select(e => e.GetString()!).ToList();
        }

        var (kind, ids) = lists.Single();
        if (kind == "Agents") world.CountAgentRead(instanceId, ids);
        var users = world.NamedUsersOf(instanceId);
        var contacts = world.AgentContactsOf(instanceId);
        var rows = new List<(DirectoryUser User, List<AgentContact> Contacts, string? Status)>();
        foreach (var user in users)
        {
            var (presenceSet, statusName) = world.Presence(instanceId, user.Id);
            if (presenceSet && statusName is null) continue; // logged out of the CCP: absent from the answer
            var mine = contacts.Where(c => c.AgentId == user.Id && (states is null || states.Contains(c.State))).ToList();
            var match = kind switch
            {
                "Agents" => ids.Contains(user.Id),
                "RoutingProfiles" => user.RoutingProfileId is not null && ids.Contains(user.RoutingProfileId),
                "UserHierarchyGroups" => user.HierarchyGroupId is not null && ids.Contains(user.HierarchyGroupId),
                _ => mine.Any(c => c.QueueId is not null && ids.Contains(c.QueueId)),
            };
            if (kind == "Queues") mine = mine.Where(c => c.QueueId is not null && ids.Contains(c.QueueId)).ToList();
            if (match && (states is null || mine.Count > 0)) rows.Add((user, mine, presenceSet ? statusName : null));
        }

        var page = rows.Skip(offset).Take(pageSize).Select(r => new Dictionary<string, object?>
        {
            ["User"] = new { Id = r.User.Id, Arn = arns.Of("agent", r.User.Id) },
            ["RoutingProfile"] = r.User.RoutingProfileId is null ? null : new { Id = r.User.RoutingProfileId, Arn = arns.Of("routing-profile", r.User.RoutingProfileId) },
            ["HierarchyPath"] = r.User.HierarchyGroupId is null ? null : new { LevelOne = new { Id = r.User.HierarchyGroupId, Arn = arns.Of("agent-group", r.User.HierarchyGroupId) } },
            ["Status"] = new { StatusName = r.Status ?? (r.Contacts.Count > 0 ? "Available" : "Offline"), StatusStartTimestamp = Epoch(SupervisorWorld.StateStart) },
            ["Contacts"] = r.Contacts.Select(c => new Dictionary<string, object?>
            {
                ["ContactId"] = c.ContactId,
                ["Channel"] = c.Channel,
                ["InitiationMethod"] = c.InitiationMethod,
                ["AgentContactState"] = c.State,
                ["StateStartTimestamp"] = Epoch(c.StateStart ?? SupervisorWorld.StateStart),
                ["ConnectedToAgentTimestamp"] = c.State.StartsWith("CONNECTED", StringComparison.Ordinal) ? Epoch(c.StateStart ?? SupervisorWorld.StateStart) : null,
                ["Queue"] = c.QueueId is null ? null : new { Id = c.QueueId, Arn = arns.Of("queue", c.QueueId) },
            }).ToList(),
        }).ToList();
        return (Page("UserDataList", page, rows.Count, offset, pageSize), null);
    }

    private (string?, ConnectError?) Search(JsonElement root, ConnectWorld world, string instanceId, Arns arns, int offset, int pageSize)
    {
        JsonElement? criteria = root.TryGetProperty("SearchCriteria", out var sc) && sc.ValueKind != JsonValueKind.Null ? sc : null;
        if (criteria is { } c && CheckCriteria(c) is { } problem) return (null, Invalid(problem));

        IEnumerable<(Dictionary<string, string?> Fields, object Item)> all = Name switch
        {
            "SearchUsers" => world.NamedUsersOf(instanceId).Select(u => (Fields(("Username", u.Username), ("FirstName", u.FirstName), ("LastName", u.LastName),
                ("RoutingProfileId", u.RoutingProfileId), ("ResourceId", u.Id)), (object)new Dictionary<string, object?>
            {
                ["Id"] = u.Id, ["Arn"] = arns.Of("agent", u.Id), ["Username"] = u.Username,
                ["IdentityInfo"] = new { FirstName = u.FirstName, LastName = u.LastName },
                ["RoutingProfileId"] = u.RoutingProfileId, ["HierarchyGroupId"] = u.HierarchyGroupId,
            })),
            "SearchQueues" => world.QueuesOf(instanceId).Select(q => (Fields(("name", q.Name), ("resourceID", q.Id)),
                (object)new { Name = q.Name, QueueId = q.Id, QueueArn = arns.Of("queue", q.Id), Status = "ENABLED" })),
            "SearchRoutingProfiles" => world.RoutingProfilesOf(instanceId).Select(r => (Fields(("name", r.Name), ("resourceID", r.Id)),
                (object)new { InstanceId = instanceId, Name = r.Name, RoutingProfileId = r.Id, RoutingProfileArn = arns.Of("routing-profile", r.Id) })),
            _ => world.HierarchyGroupsOf(instanceId).Select(g => (Fields(("name", g.Name), ("levelId", g.LevelId), ("resourceID", g.Id)),
                (object)new { Id = g.Id, Arn = arns.Of("agent-group", g.Id), Name = g.Name, LevelId = g.LevelId })),
        };
        var matches = all.Where(x => criteria is null || Matches(criteria.Value, x.Fields)).Select(x => x.Item).ToList();
        var key = Name switch
        {
            "SearchUsers" => "Users",
            "SearchQueues" => "Queues",
            "SearchRoutingProfiles" => "RoutingProfiles",
            _ => "UserHierarchyGroups",
        };
        return (Page(key, matches.Skip(offset).Take(pageSize).ToList(), matches.Count, offset, pageSize), null);
    }

    /// <summary>ListInstances: GET /instance?maxResults=1-10&amp;nextToken=…, the world's instances with their aliases, in id order.</summary>
    private (string?, ConnectError?) ListInstances(string rawQuery, ConnectWorld world, string region, string accountId)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(rawQuery);
        var pageSize = MaxResults;
        if (query.TryGetValue("maxResults", out var mr))
        {
            if (mr.Count != 1 || !int.TryParse(mr[0], out pageSize) || pageSize < 1 || pageSize > MaxResults)
                return (null, Invalid($"maxResults must be an integer from 1 to {MaxResults}."));
        }
        var offset = 0;
        if (query.TryGetValue("nextToken", out var nt) && (nt.Count != 1 || !TryReadToken(nt[0]!, out offset)))
            return (null, Invalid("The nextToken is not valid."));
        pageSize = Math.Min(pageSize, world.PageSize ?? int.MaxValue);
        var partition = MonitorContactHandler.PartitionOf(region);
        var all = world.InstanceIds.Order(StringComparer.Ordinal).Select(id => new Dictionary<string, object?>
        {
            ["Id"] = id,
            ["Arn"] = $"arn:{partition}:connect:{region}:{accountId}:instance/{id}",
            ["IdentityManagementType"] = "CONNECT_MANAGED",
            ["InstanceAlias"] = world.AliasOf(id),
            ["CreatedTime"] = Epoch(SupervisorWorld.StateStart.AddDays(-30)),
            ["InstanceStatus"] = "ACTIVE",
            ["InboundCallsEnabled"] = true,
            ["OutboundCallsEnabled"] = true,
        }).ToList();
        var page = all.Skip(offset).Take(pageSize).ToList();
        var body = new Dictionary<string, object?> { ["InstanceSummaryList"] = page };
        if (offset + pageSize < all.Count) body["NextToken"] = WriteToken(offset + pageSize);
        return (JsonSerializer.Serialize(body, new JsonSerializerOptions { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull }), null);
    }

    private static Dictionary<string, string?> Fields(params (string Name, string? Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value, StringComparer.OrdinalIgnoreCase);

    private static string? CheckCriteria(JsonElement criteria)
    {
        if (criteria.ValueKind != JsonValueKind.Object) return "SearchCriteria must be an object.";
        if (criteria.TryGetProperty("StringCondition", out var sc))
        {
            if (sc.TryGetProperty("ComparisonType", out var ct) && !ComparisonTypes.Contains(ct.GetString()))
                return $"StringCondition.ComparisonType must be one of {string.Join(", ", ComparisonTypes)}.";
        }
        foreach (var list in new[] { "OrConditions", "AndConditions" })
        {
            if (!criteria.TryGetProperty(list, out var items)) continue;
            if (items.ValueKind != JsonValueKind.Array) return $"{list} must be a list.";
            foreach (var item in items.EnumerateArray())
                if (CheckCriteria(item) is { } problem) return problem;
        }
        return null;
    }

    /// <summary>String conditions compare ignoring case, as Connect's search does; a field the item lacks matches nothing.</summary>
    private static bool Matches(JsonElement criteria, Dictionary<string, string?> fields)
    {
        var results = new List<bool>();
        if (criteria.TryGetProperty("StringCondition", out var sc))
        {
            var field = sc.TryGetProperty("FieldName", out var f) ? f.GetString() : null;
            var value = sc.TryGetProperty("Value", out var v) ? v.GetString() ?? "" : "";
            var type = sc.TryGetProperty("ComparisonType", out var t) ? t.GetString() : "EXACT";
            var actual = field is not null && fields.TryGetValue(field, out var a) ? a : null;
            results.Add(actual is not null && type switch
            {
                "STARTS_WITH" => actual.StartsWith(value, StringComparison.OrdinalIgnoreCase),
                "CONTAINS" => actual.Contains(value, StringComparison.OrdinalIgnoreCase),
                _ => string.Equals(actual, value, StringComparison.OrdinalIgnoreCase),
            });
        }
        if (criteria.TryGetProperty("OrConditions", out var or)) results.Add(or.EnumerateArray().Any(c => Matches(c, fields)));
        if (criteria.TryGetProperty("AndConditions", out var and)) results.Add(and.EnumerateArray().All(c => Matches(c, fields)));
        return results.All(r => r);
    }

    private static string Page(string key, object items, int total, int offset, int pageSize)
    {
        var next = offset + pageSize < total ? WriteToken(offset + pageSize) : null;
        var body = new Dictionary<string, object?> { [key] = items, ["ApproximateTotalCount"] = total };
        if (next is not null) body["NextToken"] = next;
        return JsonSerializer.Serialize(body, new JsonSerializerOptions { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull });
    }

    internal static string WriteToken(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes("connect-double-page:" + offset));

    internal static bool TryReadToken(string token, out int offset)
    {
        offset = 0;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            return text.StartsWith("connect-double-page:", StringComparison.Ordinal) && int.TryParse(text["connect-double-page:".Length..], out offset) && offset >= 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    internal static double Epoch(DateTimeOffset at) => at.ToUnixTimeMilliseconds() / 1000.0;

    private static bool TryString(JsonElement root, string name, out string? value)
    {
        value = null;
        if (!root.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return true;
        if (v.ValueKind != JsonValueKind.String) return false;
        value = v.GetString();
        return true;
    }

    private static ConnectError Invalid(string message) => ConnectError.Modelled("InvalidParameterException", message);

    private sealed record Arns(string Partition, string Region, string AccountId, string InstanceId)
    {
        public string Of(string type, string id) => $"arn:{Partition}:connect:{Region}:{AccountId}:instance/{InstanceId}/{type}/{id}";
    }
}
