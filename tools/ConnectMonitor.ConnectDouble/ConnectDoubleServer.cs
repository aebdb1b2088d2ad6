using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ConnectMonitor.ConnectDouble;

/// <summary>
/// A loopback HTTP server (Kestrel on 127.0.0.1 only) that behaves like Amazon Connect's MonitorContact:
/// SigV4 verification, the model's constraints and error shapes, an in-memory <see cref="ConnectWorld"/>,
/// scripted <see cref="FaultPlan"/> faults, and a record of every request. Start one per test (port 0);
/// it stops on dispose, after <see cref="ConnectDoubleOptions.Lifetime"/>, or after
/// <see cref="ConnectDoubleOptions.MaxRequests"/> requests.
/// </summary>
public sealed class ConnectDoubleServer : IAsyncDisposable, IDisposable
{
    private readonly IHost _host;
    private readonly RequestLog _log;
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenSource _lifetime = new();
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<string, string> _secrets;
    private readonly ConcurrentDictionary<string, string> _sessionTokens;
    private int _stopRequested;
    private int _disposed;

    private ConnectDoubleServer(IHost host, RequestLog log, ConnectDoubleOptions options,
        ConcurrentDictionary<string, string> secrets, ConcurrentDictionary<string, string> sessionTokens, FaultPlan faults)
    {
        _host = host;
        _log = log;
        Options = options;
        World = options.World;
        Faults = faults;
        _secrets = secrets;
        _sessionTokens = sessionTokens;
    }

    /// <summary>Base address, e.g. http://127.0.0.1:54321/ .</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>The state this server answers from (the options' world).</summary>
    public ConnectWorld World { get; }

    /// <summary>Faults, latency, error rate and rate limit for this server.</summary>
    public FaultPlan Faults { get; }

    /// <summary>The options the server was started with.</summary>
    public ConnectDoubleOptions Options { get; }

    /// <summary>The AWS STS the double also answers (AssumeRole, AssumeRoleWithWebIdentity at "/"), for assume-role tests.</summary>
    public StsDouble Sts { get; private set; } = null!;

    /// <summary>The SSO portal the double also answers (GetRoleCredentials), for IAM Identity Center tests.</summary>
    public SsoDouble Sso { get; private set; } = null!;

    /// <summary>The instance-metadata and container-credentials endpoints the double also answers.</summary>
    public MetadataDouble Metadata { get; private set; } = null!;

    /// <summary>Snapshot of every request received so far (Connect requests only), in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _log.Snapshot();

    /// <summary>Number of requests recorded so far.</summary>
    public int RequestCount => _log.Count;

    /// <summary>Completes when the server has stopped (dispose, lifetime, request limit).</summary>
    public Task Completion => _completion.Task;

    /// <summary>Forgets the recorded requests.</summary>
    public void ClearRequests() => _log.Clear();

    /// <summary>Completes once at least <paramref name="count"/> requests have been recorded (no polling, no sleeps).</summary>
    public Task WaitForRequestsAsync(int count, CancellationToken ct = default) => _log.WaitForCountAsync(count, ct);

    /// <summary>The recorded requests to <paramref name="path"/>, once at least <paramref name="atLeast"/> requests have been
    /// recorded in all (waiting at most 30 s).</summary>
    public async Task<int> CountRequestsToAsync(string path, int atLeast)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await WaitForRequestsAsync(atLeast, timeout.Token);
        return Requests.Count(r => r.Path == path);
    }

    /// <summary>Completes once at least <paramref name="count"/> requests have arrived, before they are answered
    /// (e.g. to act while a request is held by <see cref="Fault.Delay"/>).</summary>
    public Task WaitForArrivalsAsync(int count, CancellationToken ct = default) => _log.WaitForArrivalsAsync(count, ct);

    /// <summary>Number of requests that have arrived so far (answered or not).</summary>
    public int ArrivedCount => _log.ArrivedCount;

    /// <summary>Adds or replaces accepted credentials while running; a non-null <paramref name="sessionToken"/> then becomes
    /// required with this key.</summary>
    public void AddCredentials(string accessKeyId, string secretAccessKey, string? sessionToken = null)
    {
        _secrets[accessKeyId] = secretAccessKey;
        if (sessionToken is null) _sessionTokens.TryRemove(accessKeyId, out _);
        else _sessionTokens[accessKeyId] = sessionToken;
    }

    /// <summary>Starts a server and waits until it listens.</summary>
    public static async Task<ConnectDoubleServer> StartAsync(ConnectDoubleOptions? options = null, CancellationToken ct = default)
    {
        options ??= new ConnectDoubleOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxRequests, 1);
        var secrets = new ConcurrentDictionary<string, string>(options.Credentials, StringComparer.Ordinal);
        var tokens = new ConcurrentDictionary<string, string>(options.SessionTokens, StringComparer.Ordinal);
        var verifier = new SigV4Verifier(secrets, tokens, options.TimeProvider)
        {
            RequiredRegion = options.Region,
            ClockSkewTolerance = options.ClockSkewTolerance,
        };
        var log = new RequestLog();
        var faults = new FaultPlan();
        ConnectDoubleServer? server = null;
        MonitorContactHandler? handler = null;
        StsHandler? sts = null;
        SsoHandler? sso = null;

        var host = new HostBuilder()
            .ConfigureServices(s =>
            {
                s.AddSingleton<IHostLifetime, QuietLifetime>();
                s.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
            })
            .ConfigureLogging(l => l.ClearProviders())
            .ConfigureWebHost(web => web
                .UseKestrel(k =>
                {
                    k.AddServerHeader = false;
                    k.Limits.MaxRequestBodySize = options.MaxBodyBytes + 1L;
                    k.Listen(IPAddress.Loopback, options.Port);
                })
                .Configure(app => app.Run(ctx =>
                    StsHandler.Matches(ctx) ? sts!.HandleAsync(ctx)
                    : SsoHandler.Matches(ctx) ? sso!.HandleAsync(ctx)
                    : MetadataDouble.Matches(ctx) ? server!.Metadata.HandleAsync(ctx)
                    : handler!.HandleAsync(ctx))))
            .Build();

        server = new ConnectDoubleServer(host, log, options, secrets, tokens, faults);
        server.Sts = new StsDouble(issued => server.AddCredentials(issued.AccessKeyId, issued.SecretAccessKey, issued.SessionToken));
        server.Sso = new SsoDouble(issued => server.AddCredentials(issued.AccessKeyId, issued.SecretAccessKey, issued.SessionToken));
        server.Metadata = new MetadataDouble(issued => server.AddCredentials(issued.AccessKeyId, issued.SecretAccessKey, issued.SessionToken));
        sts = new StsHandler(server.Sts, new SigV4Verifier(secrets, tokens, options.TimeProvider) { Service = "sts" });
        sso = new SsoHandler(server.Sso);
        handler = new MonitorContactHandler(options, verifier, options.World, faults, log,
            () => server.RequestStop(), server._stopping.Token);
        try
        {
            await host.StartAsync(ct).ConfigureAwait(false);
        }
        catch
        {
            host.Dispose();
            throw;
        }
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Endpoint = new Uri(address.TrimEnd('/') + "/");
        options.World.StartClock(options.TimeProvider);
        server._lifetime.Token.Register(() => server.RequestStop());
        server._lifetime.CancelAfter(options.Lifetime);
        return server;
    }

    /// <summary>Synchronous convenience for <see cref="StartAsync"/>.</summary>
    public static ConnectDoubleServer Start(ConnectDoubleOptions? options = null) =>
        Task.Run(() => StartAsync(options)).GetAwaiter().GetResult();

    /// <summary>Asks the server to stop without waiting; see <see cref="Completion"/>.</summary>
    public void RequestStop() => _ = Task.Run(StopAsync);

    /// <summary>Stops the server (in-flight delays are cancelled) and waits until it is down. Idempotent.</summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopRequested, 1) == 1)
        {
            await Completion.ConfigureAwait(false);
            return;
        }
        try
        {
            _stopping.Cancel();
            await _host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _completion.TrySetResult();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        await StopAsync().ConfigureAwait(false);
        _lifetime.Dispose();
        _host.Dispose();
        _stopping.Dispose();
    }

    /// <inheritdoc />
    public void Dispose() => Task.Run(() => DisposeAsync().AsTask()).GetAwaiter().GetResult();

    /// <summary>Host lifetime that neither hooks Ctrl+C nor prints status lines (the program entry handles Ctrl+C itself).</summary>
    private sealed class QuietLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
