using System.Collections.Concurrent;

namespace ConnectMonitor.ConnectDouble;

/// <summary>
/// The double's AWS STS: which roles can be assumed (and with what external id or web identity token), which are
/// denied, and a record of every call. Credentials it issues are accepted by the double's Connect endpoint.
/// </summary>
public sealed class StsDouble
{
    private readonly ConcurrentDictionary<string, RoleGrant> _roles = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<StsCall> _calls = new();
    private readonly Action<IssuedCredentials> _accept;

    internal StsDouble(Action<IssuedCredentials> accept) => _accept = accept;

    /// <summary>Lets <paramref name="roleArn"/> be assumed (AssumeRole signed by a known key, or AssumeRoleWithWebIdentity
    /// with <paramref name="webIdentityToken"/>); every call answers <paramref name="issued"/>. When
    /// <paramref name="externalId"/> is set, AssumeRole must carry it.</summary>
    public IssuedCredentials AllowRole(string roleArn, IssuedCredentials? issued = null, string? externalId = null, string? webIdentityToken = null)
    {
        issued ??= IssuedCredentials.CreateNew();
        _roles[roleArn] = new RoleGrant(issued, externalId, webIdentityToken, Denied: false);
        _accept(issued);
        return issued;
    }

    /// <summary>Makes every attempt to assume <paramref name="roleArn"/> answer 403 AccessDenied.</summary>
    public void DenyRole(string roleArn) => _roles[roleArn] = new RoleGrant(null, null, null, Denied: true);

    /// <summary>Makes every attempt to assume <paramref name="roleArn"/> accept the request and never answer (until the
    /// client gives up, the server stops, or <paramref name="bound"/> passes, 60 s by default: tests never hang for ever).</summary>
    public void HangRole(string roleArn, TimeSpan? bound = null) =>
        _roles[roleArn] = new RoleGrant(null, null, null, Denied: false, Hang: bound ?? TimeSpan.FromSeconds(60));

    /// <summary>STS requests that arrived and are being held by <see cref="HangRole"/> right now, or were.</summary>
    public int HungCount => _hung;

    private int _hung;

    internal void Hanging() => Interlocked.Increment(ref _hung);

    /// <summary>Every STS call so far, in arrival order.</summary>
    public IReadOnlyList<StsCall> Calls => _calls.ToArray();

    internal RoleGrant? Grant(string? roleArn) => roleArn is not null && _roles.TryGetValue(roleArn, out var grant) ? grant : null;

    internal void Record(StsCall call) => _calls.Enqueue(call);

    internal sealed record RoleGrant(IssuedCredentials? Issued, string? ExternalId, string? WebIdentityToken, bool Denied, TimeSpan? Hang = null);
}
