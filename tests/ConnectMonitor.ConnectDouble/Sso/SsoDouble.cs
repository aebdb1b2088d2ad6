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

    /// <summary>Every GetRoleCredentials call so far, in arrival order.</summary>
    public IReadOnlyList<SsoCall> Calls => _calls.ToArray();

    internal IssuedCredentials? Grant(string? token, string? account, string? role) =>
        token is not null && account is not null && role is not null && _grants.TryGetValue((token, account, role), out var issued) ? issued : null;

    internal void Record(SsoCall call) => _calls.Enqueue(call);
}
