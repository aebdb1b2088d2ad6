using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConnectMonitor.ConnectDouble;

/// <summary>
/// The reads Test-ConnectContactMonitor sends, in the service's wire shapes: DescribeContact (GET
/// /contacts/{InstanceId}/{ContactId}), DescribeInstanceAttribute (GET /instance/{InstanceId}/attribute/{AttributeType}),
/// DescribeUser (GET /users/{InstanceId}/{UserId}) and ListSecurityProfilePermissions (GET
/// /security-profiles-permissions/{InstanceId}/{SecurityProfileId}?nextToken&amp;maxResults, 100 a page unless asked,
/// and at most the world's PageSize). Each checks the model's constraints (InvalidParameterException 400) and answers
/// ResourceNotFoundException 404 for an unknown instance, contact, user or profile. Faults and quotas are applied by the
/// request pipeline before; scripted faults are keyed by the operation name (<c>--fault DescribeUser=AccessDeniedException</c>).
/// </summary>
internal sealed class ReadinessOperation
{
    private static readonly string[] AttributeTypes =
    [
        "INBOUND_CALLS", "OUTBOUND_CALLS", "CONTACTFLOW_LOGS", "CONTACT_LENS", "AUTO_RESOLVE_BEST_VOICES", "USE_CUSTOM_TTS_VOICES", "EARLY_MEDIA",
        "MULTI_PARTY_CONFERENCE", "HIGH_VOLUME_OUTBOUND", "ENHANCED_CONTACT_MONITORING", "ENHANCED_CHAT_MONITORING", "MULTI_PARTY_CHAT_CONFERENCE", "MESSAGE_STREAMING",
    ];

    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private readonly string _instanceId;
    private readonly string _id;

    private ReadinessOperation(string name, string instanceId, string id) => (Name, _instanceId, _id) = (name, instanceId, id);

    /// <summary>The operation name (also the key of its scripted faults).</summary>
    public string Name { get; }

    /// <summary>The operation a request's method and raw path address, or null when it is none of these.</summary>
    public static ReadinessOperation? Match(string method, string rawPath)
    {
        if (!string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase)) return null;
        var parts = rawPath.Split('/');
        if (parts.Length == 4 && parts[0].Length == 0)
        {
            var name = parts[1] switch
            {
                "contacts" => "DescribeContact",
                "users" => "DescribeUser",
                "security-profiles-permissions" => "ListSecurityProfilePermissions",
                _ => null,
            };
            return name is null ? null : new(name, Uri.UnescapeDataString(parts[2]), Uri.UnescapeDataString(parts[3]));
        }
        if (parts.Length == 5 && parts[0].Length == 0 && parts[1] == "instance" && parts[3] == "attribute")
            return new("DescribeInstanceAttribute", Uri.UnescapeDataString(parts[2]), Uri.UnescapeDataString(parts[4]));
        return null;
    }

    /// <summary>Answers a request whose signature was verified: the JSON body of a 200, or an error.</summary>
    public (string? Json, ConnectError? Error) Handle(string rawQuery, ConnectWorld world, string region, string accountId)
    {
        if (_instanceId.Length is < 1 or > 100) return (null, Invalid("InstanceId must be 1-100 characters."));
        if (_id.Length == 0) return (null, Invalid("The resource id in the path must not be empty."));
        if (Name == "DescribeContact" && _id.Length > 256) return (null, Invalid("ContactId must be 1-256 characters."));
        if (Name == "DescribeInstanceAttribute" && !AttributeTypes.Contains(_id, StringComparer.Ordinal))
            return (null, Invalid($"AttributeType must be one of {string.Join(", ", AttributeTypes)}."));
        if (!world.HasInstance(_instanceId)) return (null, ConnectError.ResourceNotFound($"Instance not found: {_instanceId}"));

        var arnPrefix = $"arn:{MonitorContactHandler.PartitionOf(region)}:connect:{region}:{accountId}:instance/{_instanceId}";
        return Name switch
        {
            "DescribeContact" => DescribeContact(world, arnPrefix),
            "DescribeUser" => DescribeUser(world, arnPrefix),
            "ListSecurityProfilePermissions" => ListPermissions(world, rawQuery),
            _ => (Serialize(new { Attribute = new { AttributeType = _id, Value = world.InstanceAttribute(_instanceId, _id) ?? "false" } }), null),
        };
    }

    private (string?, ConnectError?) DescribeContact(ConnectWorld world, string arnPrefix)
    {
        if (!world.ContactsOf(_instanceId).Contains(_id, StringComparer.Ordinal)) return (null, ConnectError.ResourceNotFound($"Contact not found: {_id}"));
        var agent = world.AgentContactsOf(_instanceId).FirstOrDefault(c => c.ContactId == _id);
        var started = agent?.StateStart ?? SupervisorWorld.StateStart;
        var ended = world.IsLive(_instanceId, _id) ? (DateTimeOffset?)null : world.EndedAt(_instanceId, _id) ?? started.AddMinutes(30);
        var contact = new Dictionary<string, object?>
        {
            ["Id"] = _id,
            ["Arn"] = $"{arnPrefix}/contact/{_id}",
            ["InitiationMethod"] = agent?.InitiationMethod ?? "INBOUND",
            ["Channel"] = agent?.Channel ?? "VOICE",
            ["InitiationTimestamp"] = SupervisorOperation.Epoch(started.AddMinutes(-1)),
            ["DisconnectTimestamp"] = ended is { } at ? SupervisorOperation.Epoch(at) : null,
            ["AgentInfo"] = agent is null ? null : new Dictionary<string, object?>
            {
                ["Id"] = agent.AgentId,
                ["ConnectedToAgentTimestamp"] = agent.State.StartsWith("CONNECTED", StringComparison.Ordinal) ? SupervisorOperation.Epoch(started) : null,
            },
        };
        return (Serialize(new { Contact = contact }), null);
    }

    private (string?, ConnectError?) DescribeUser(ConnectWorld world, string arnPrefix)
    {
        if (!world.HasUser(_instanceId, _id)) return (null, ConnectError.ResourceNotFound($"User not found: {_id}"));
        var named = world.NamedUsersOf(_instanceId).FirstOrDefault(u => u.Id == _id);
        var profiles = world.UserProfiles(_instanceId, _id);
        return (Serialize(new
        {
            User = new Dictionary<string, object?>
            {
                ["Id"] = _id,
                ["Arn"] = $"{arnPrefix}/agent/{_id}",
                ["Username"] = named?.Username,
                ["SecurityProfileIds"] = profiles.Count == 0 ? null : profiles,
                ["RoutingProfileId"] = named?.RoutingProfileId,
            },
        }), null);
    }

    private (string?, ConnectError?) ListPermissions(ConnectWorld world, string rawQuery)
    {
        var query = ParseQuery(rawQuery);
        var pageSize = 100;
        if (query.TryGetValue("maxResults", out var max))
        {
            if (!int.TryParse(max, out pageSize) || pageSize is < 1 or > 1000) return (null, Invalid("maxResults must be an integer from 1 to 1000."));
        }
        var offset = 0;
        if (query.TryGetValue("nextToken", out var token) && !SupervisorOperation.TryReadToken(token, out offset))
            return (null, Invalid("The nextToken is not valid."));
        if (world.SecurityProfilePermissions(_instanceId, _id) is not { } permissions)
            return (null, ConnectError.ResourceNotFound($"Security profile not found: {_id}"));

        pageSize = Math.Min(pageSize, world.PageSize ?? int.MaxValue);
        var next = offset + pageSize < permissions.Count ? SupervisorOperation.WriteToken(offset + pageSize) : null;
        return (Serialize(new { Permissions = permissions.Skip(offset).Take(pageSize).ToList(), NextToken = next }), null);
    }

    private static Dictionary<string, string> ParseQuery(string rawQuery)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in rawQuery.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            result[Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq])] = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..]);
        }
        return result;
    }

    private static string Serialize(object body) => JsonSerializer.Serialize(body, Json);

    private static ConnectError Invalid(string message) => ConnectError.Modelled("InvalidParameterException", message);
}
