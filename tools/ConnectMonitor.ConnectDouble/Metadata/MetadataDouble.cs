using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ConnectMonitor.ConnectDouble;

/// <summary>
/// The double's EC2 instance metadata service (IMDSv2: token, role credentials, identity document region) and container
/// credentials endpoint (GET /container-credentials), so the last links of the credential and region chains can be
/// tested on 127.0.0.1. Point AWS_EC2_METADATA_SERVICE_ENDPOINT or AWS_CONTAINER_CREDENTIALS_FULL_URI at the double.
/// Nothing is served until <see cref="ServeInstance"/> or <see cref="ServeContainer"/> is called.
/// </summary>
public sealed class MetadataDouble
{
    /// <summary>The path container credentials are served at.</summary>
    public const string ContainerPath = "/container-credentials";

    private const string RoleName = "connect-double-instance-role";
    private const string TokenValue = "imds-session-token-of-the-double";
    private readonly Action<IssuedCredentials> _accept;
    private readonly ConcurrentQueue<string> _paths = new();
    private volatile IssuedCredentials? _instance;
    private volatile string? _instanceRegion;
    private volatile IssuedCredentials? _container;

    internal MetadataDouble(Action<IssuedCredentials> accept) => _accept = accept;

    /// <summary>Serves instance metadata: these role credentials and this region.</summary>
    public IssuedCredentials ServeInstance(string region, IssuedCredentials? issued = null)
    {
        issued ??= IssuedCredentials.CreateNew("ASIAIMDS");
        _accept(issued);
        (_instance, _instanceRegion) = (issued, region);
        return issued;
    }

    /// <summary>Serves container credentials.</summary>
    public IssuedCredentials ServeContainer(IssuedCredentials? issued = null)
    {
        issued ??= IssuedCredentials.CreateNew("ASIACONTAINER");
        _accept(issued);
        _container = issued;
        return issued;
    }

    /// <summary>Makes the container-credentials path accept requests and never answer (until the client gives up, the
    /// server stops, or <paramref name="bound"/> passes, 60 s by default).</summary>
    public void HangContainer(TimeSpan? bound = null) => _containerHang = bound ?? TimeSpan.FromSeconds(60);

    /// <summary>Container-credentials requests held by <see cref="HangContainer"/> so far.</summary>
    public int HungCount => _hung;

    private TimeSpan? _containerHang;
    private int _hung;

    /// <summary>Every metadata or container path requested so far.</summary>
    public IReadOnlyList<string> RequestedPaths => _paths.ToArray();

    internal static bool Matches(HttpContext ctx) =>
        ctx.Request.Path.StartsWithSegments("/latest") || ctx.Request.Path == ContainerPath;

    private async Task HangAsync(HttpContext ctx, TimeSpan bound)
    {
        Interlocked.Increment(ref _hung);
        try { await Task.Delay(bound, ctx.RequestAborted).ConfigureAwait(false); } catch (OperationCanceledException) { }
        ctx.Abort();
    }

    internal Task HandleAsync(HttpContext ctx)
    {
        var path = ctx.Request.Path.Value ?? "";
        _paths.Enqueue(path);
        var requestId = Guid.NewGuid().ToString();
        Task Answer(int status, string body, string type = "text/plain") =>
            ResponseWriter.WriteAsync(ctx, requestId, status, body, type, ctx.RequestAborted);

        if (path == ContainerPath)
        {
            if (_containerHang is { } hang)
            {
                return HangAsync(ctx, hang);
            }

            return _container is { } c ? Answer(200, CredentialsJson(c), "application/json") : Answer(404, "");
        }

        var instance = _instance;
        if (instance is null)
        {
            return Answer(404, "");
        }

        if (HttpMethods.IsPut(ctx.Request.Method) && path == "/latest/api/token")
        {
            return Answer(200, TokenValue);
        }

        if (ctx.Request.Headers["x-aws-ec2-metadata-token"] != TokenValue)
        {
            return Answer(401, "");
        }

        return path switch
        {
            "/latest/meta-data/iam/info" => Answer(200, JsonSerializer.Serialize(new
            {
                Code = "Success",
                LastUpdated = Now(),
                InstanceProfileArn = $"arn:aws:iam::{TestCredentials.AccountId}:instance-profile/{RoleName}",
                InstanceProfileId = "AIPADOUBLE",
            }), "application/json"),
            "/latest/meta-data/iam/security-credentials/" or "/latest/meta-data/iam/security-credentials" => Answer(200, RoleName),
            "/latest/meta-data/iam/security-credentials/" + RoleName => Answer(200, CredentialsJson(instance), "application/json"),
            "/latest/dynamic/instance-identity/document" => Answer(200, JsonSerializer.Serialize(new { region = _instanceRegion, accountId = TestCredentials.AccountId }), "application/json"),
            _ => Answer(404, ""),
        };
    }

    private static string CredentialsJson(IssuedCredentials issued) => JsonSerializer.Serialize(new
    {
        Code = "Success",
        LastUpdated = Now(),
        Type = "AWS-HMAC",
        AccessKeyId = issued.AccessKeyId,
        SecretAccessKey = issued.SecretAccessKey,
        Token = issued.SessionToken,
        Expiration = DateTime.UtcNow.AddHours(1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
    });

    private static string Now() => DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
