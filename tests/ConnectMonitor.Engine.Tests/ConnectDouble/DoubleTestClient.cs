using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using ConnectMonitor.ConnectDouble;

namespace ConnectMonitor.Engine.Tests.ConnectDouble;

internal static class DoubleTestEnvironment
{
    /// <summary>No test in this process may reach the EC2 metadata endpoint.</summary>
    [ModuleInitializer]
    internal static void Init() => Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
}

/// <summary>Plain HttpClient against one double, signing with the double's own SigV4 signer.</summary>
internal sealed class DoubleTestClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _endpoint;

    public DoubleTestClient(ConnectDoubleServer server, TimeSpan? timeout = null)
    {
        _endpoint = server.Endpoint;
        _http = new HttpClient(new SocketsHttpHandler { UseProxy = false, PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
        {
            Timeout = timeout ?? TimeSpan.FromSeconds(30),
        };
    }

    public static object Body(string contactId, string? clientToken = null, string[]? capabilities = null,
        string instanceId = TestCredentials.InstanceId, string userId = TestCredentials.UserId)
    {
        var d = new Dictionary<string, object> { ["InstanceId"] = instanceId, ["ContactId"] = contactId, ["UserId"] = userId };
        if (clientToken is not null) d["ClientToken"] = clientToken;
        if (capabilities is not null) d["AllowedMonitorCapabilities"] = capabilities;
        return d;
    }

    public Task<HttpResponseMessage> MonitorAsync(object body, string accessKeyId = TestCredentials.AccessKeyId,
        string? secret = TestCredentials.SecretAccessKey, string region = TestCredentials.Region, string path = "contact/monitor",
        string? sessionToken = null, DateTimeOffset? signedAt = null, CancellationToken ct = default) =>
        SendRawAsync(body as string ?? JsonSerializer.Serialize(body), accessKeyId, secret, region, path, sessionToken, signedAt, ct);

    public async Task<HttpResponseMessage> SendRawAsync(string json, string accessKeyId = TestCredentials.AccessKeyId,
        string? secret = TestCredentials.SecretAccessKey, string region = TestCredentials.Region, string path = "contact/monitor",
        string? sessionToken = null, DateTimeOffset? signedAt = null, CancellationToken ct = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_endpoint, path))
        {
            Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (secret is not null)
            await SigV4Signer.SignAsync(request, accessKeyId, secret, region, "connect", sessionToken, signedAt);
        return await _http.SendAsync(request, ct);
    }

    public static async Task<(string? Code, string? Message, JsonElement Body)> ReadErrorAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        var code = response.Headers.TryGetValues("x-amzn-ErrorType", out var v) ? v.First().Split(':')[0] : null;
        var body = JsonDocument.Parse(text).RootElement.Clone();
        var message = body.TryGetProperty("Message", out var m) ? m.GetString() : body.TryGetProperty("message", out m) ? m.GetString() : null;
        return (code, message, body);
    }

    public void Dispose() => _http.Dispose();
}
