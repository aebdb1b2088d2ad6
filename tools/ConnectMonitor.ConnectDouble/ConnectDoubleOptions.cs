namespace ConnectMonitor.ConnectDouble;

/// <summary>Settings for one <see cref="ConnectDoubleServer"/>.</summary>
public sealed class ConnectDoubleOptions
{
    /// <summary>Access key id → secret access key the server accepts. Default: <see cref="TestCredentials"/>' pair.</summary>
    public Dictionary<string, string> Credentials { get; set; } = new(StringComparer.Ordinal)
    {
        [TestCredentials.AccessKeyId] = TestCredentials.SecretAccessKey,
    };

    /// <summary>Access key id → session token that must accompany it in X-Amz-Security-Token (session credentials).
    /// Keys not listed here need no token (one sent anyway is accepted and recorded).</summary>
    public Dictionary<string, string> SessionTokens { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The state the server answers from. Default: <see cref="ConnectWorld.CreateDefault"/>.</summary>
    public ConnectWorld World { get; set; } = ConnectWorld.CreateDefault();

    /// <summary>Port on 127.0.0.1; 0 (default) picks a free port at run time.</summary>
    public int Port { get; set; }

    /// <summary>The server stops by itself this long after starting. Default 10 minutes.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The server stops by itself after this many requests (later ones get 503 until it is down). Default 100000.</summary>
    public int MaxRequests { get; set; } = 100_000;

    /// <summary>Optional one-line-per-request log (time, key id, contact, status, error code, request id; no secrets).
    /// Null (default) logs nothing.</summary>
    public Action<string>? Log { get; set; }

    /// <summary>Account id in the ARNs returned. Default <see cref="TestCredentials.AccountId"/>.</summary>
    public string AccountId { get; set; } = TestCredentials.AccountId;

    /// <summary>When set, a signature scoped to another region is rejected (403 InvalidSignatureException), as the real
    /// regional endpoint does. Null (default) accepts any region; the ARN then carries the signing region.</summary>
    public string? Region { get; set; }

    /// <summary>Largest accepted difference between X-Amz-Date and now (403 InvalidSignatureException "Signature expired"
    /// beyond it). Default 15 minutes, like AWS; null disables the check.</summary>
    public TimeSpan? ClockSkewTolerance { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Clock for ReceivedAt, the skew check, the rate limit and delays. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Per-operation quotas (Connect's quotas are per API), checked after the server-wide rate limit. Default: none.</summary>
    public OperationQuotas OperationQuotas { get; set; } = new();

    /// <summary>Largest request body read; larger bodies get 413. Default 1 MiB.</summary>
    public int MaxBodyBytes { get; set; } = 1024 * 1024;
}
