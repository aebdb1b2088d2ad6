using System.Text.Json;

namespace ConnectMonitor.ConnectDouble;

/// <summary>A MonitorContact request body that passed the model's constraints.</summary>
internal sealed record MonitorContactRequest(string InstanceId, string ContactId, string UserId,
    IReadOnlyList<string>? AllowedMonitorCapabilities, string? ClientToken);

/// <summary>What could be read from a body, before validation (used for recording and fault routing).</summary>
internal sealed class ParsedBody
{
    public JsonElement? Root { get; init; }
    public string? ParseError { get; init; }
    public string? InstanceId { get; init; }
    public string? ContactId { get; init; }
    public string? UserId { get; init; }
    public IReadOnlyList<string>? AllowedMonitorCapabilities { get; init; }
    public string? ClientToken { get; init; }
}

/// <summary>
/// Reads and validates a MonitorContact body against the service model's constraints: a JSON object;
/// InstanceId required, 1-100; ContactId required, 1-256; UserId required, 1-256; AllowedMonitorCapabilities
/// a list of at most 2 of SILENT_MONITOR, BARGE; ClientToken at most 500. Unknown members are ignored.
/// Lengths count Unicode code points, as the model's length traits do.
/// </summary>
internal static class MonitorContactValidator
{
    public static readonly string[] Capabilities = ["SILENT_MONITOR", "BARGE"];

    public static ParsedBody Parse(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty) return new ParsedBody { ParseError = "The request body is empty; a JSON object is required." };
        JsonElement root;
        try
        {
            using var doc = JsonDocument.Parse(body.ToArray());
            root = doc.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return new ParsedBody { ParseError = $"The request body is not valid JSON: {e.Message}" };
        }
        if (root.ValueKind != JsonValueKind.Object)
            return new ParsedBody { Root = root, ParseError = "The request body must be a JSON object." };

        string? Str(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        IReadOnlyList<string>? caps = null;
        if (root.TryGetProperty("AllowedMonitorCapabilities", out var c) && c.ValueKind == JsonValueKind.Array)
            caps = c.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText()).ToArray();
        return new ParsedBody
        {
            Root = root,
            InstanceId = Str("InstanceId"),
            ContactId = Str("ContactId"),
            UserId = Str("UserId"),
            AllowedMonitorCapabilities = caps,
            ClientToken = Str("ClientToken"),
        };
    }

    public static (MonitorContactRequest? Request, ConnectError? Error) Validate(ParsedBody body)
    {
        if (body.ParseError is not null || body.Root is not { } root)
            return (null, ConnectError.InvalidRequest(body.ParseError ?? "The request body must be a JSON object."));

        if (Text(root, "InstanceId", required: true, min: 1, max: 100, out var instanceId) is { } e1) return (null, e1);
        if (Text(root, "ContactId", required: true, min: 1, max: 256, out var contactId) is { } e2) return (null, e2);
        if (Text(root, "UserId", required: true, min: 1, max: 256, out var userId) is { } e3) return (null, e3);
        if (Text(root, "ClientToken", required: false, min: 0, max: 500, out var clientToken) is { } e4) return (null, e4);

        List<string>? caps = null;
        if (root.TryGetProperty("AllowedMonitorCapabilities", out var c) && c.ValueKind != JsonValueKind.Null)
        {
            if (c.ValueKind != JsonValueKind.Array)
                return (null, ConnectError.InvalidRequest("AllowedMonitorCapabilities must be a list."));
            caps = new List<string>();
            foreach (var item in c.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String || !Capabilities.Contains(item.GetString()))
                    return (null, ConnectError.InvalidRequest(
                        $"AllowedMonitorCapabilities member {item.GetRawText()} failed to satisfy constraint: Member must satisfy enum value set: [SILENT_MONITOR, BARGE]."));
                caps.Add(item.GetString()!);
            }
            if (caps.Count > 2)
                return (null, ConnectError.InvalidRequest(
                    $"AllowedMonitorCapabilities has {caps.Count} members and failed to satisfy constraint: Member must have length less than or equal to 2."));
        }
        return (new MonitorContactRequest(instanceId!, contactId!, userId!, caps, clientToken), null);
    }

    private static ConnectError? Text(JsonElement root, string name, bool required, int min, int max, out string? value)
    {
        value = null;
        if (!root.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            return required ? ConnectError.InvalidRequest($"{name} is required: Value null at '{name}' failed to satisfy constraint: Member must not be null.") : null;
        if (v.ValueKind != JsonValueKind.String)
            return ConnectError.InvalidRequest($"{name} must be a string, not {v.ValueKind}.");
        value = v.GetString()!;
        var length = value.EnumerateRunes().Count();
        if (length < min)
            return ConnectError.InvalidRequest($"{name} failed to satisfy constraint: Member must have length greater than or equal to {min}.");
        if (length > max)
            return ConnectError.InvalidRequest($"{name} failed to satisfy constraint: Member must have length less than or equal to {max} (was {length}).");
        return null;
    }
}
