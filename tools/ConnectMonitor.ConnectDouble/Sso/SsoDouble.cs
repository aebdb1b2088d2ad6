using System.Collections.Concurrent;

namespace ConnectMonitor.ConnectDouble;

/// <summary>
/// The double's AWS IAM Identity Center (SSO) portal: which access tokens may get which account role's credentials,
/// and a record of every call. Credentials it issues are accepted by the double's Connect endpoint.
/// </summary>
public sealed class SsoDouble
{
    private readonly ConcurrentDictionary<(string Token, string Account, string Role), IssuedCredentials> _grants = new();
    private readonly ConcurrentQueue<SsoCall> _calls = new();
    private readonly Action<IssuedCredentials> _accept;

    internal SsoDouble(Action<IssuedCredentials> accept) => _accept = accept;

    /// <summary>Lets a caller holding <paramref name="accessToken"/> get <paramref name="issued"/> for the role.</summary>
    public IssuedCredentials AllowRole(string accessToken, string accountId, string roleName, IssuedCredentials? issued = null)
    {
        issued ??= IssuedCredentials.CreateNew();
        _grants[(accessToken, accountId, roleName)] = issued;
        _accept(issued);
        return issued;
    }

    /// <summary>Makes every GetRoleCredentials call with <paramref name="accessToken"/> arrive and never be answered (until
    /// the client gives up, the server stops, or <paramref name="bound"/> passes, 60 s by default).</summary>
    public void HangToken(string accessToken, TimeSpan? bound = null) => _hanging[accessToken] = bound ?? TimeSpan.FromSeconds(60);

    /// <summary>GetRoleCredentials calls held by <see cref="HangToken"/> so far.</summary>
    public int HungCount => _hung;

    private readonly ConcurrentDictionary<string, TimeSpan> _hanging = new(StringComparer.Ordinal);
    private int _hung;

    internal TimeSpan? HangFor(string? token)
    {
        if (token is null || !_hanging.TryGetValue(token, out var bound)) return null;
        Interlocked.Increment(ref _hung);
        return bound;
    }

    /// <summary>Every GetRoleCredentials call so far, in arrival order.</summary>
    public IReadOnlyList<SsoCall> Calls => _calls.ToArray();

    internal IssuedCredentials? Grant(string? token, string? account, string? role) =>
        token is not null && account is not null && role is not null && _grants.TryGetValue((token, account, role), out var issued) ? issued : null;

    internal void Record(SsoCall call) => _calls.Enqueue(call);
}
