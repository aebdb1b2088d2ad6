namespace ConnectMonitor.ConnectDouble;

/// <summary>One SSO GetRoleCredentials call the double answered.</summary>
public sealed record SsoCall(string? AccountId, string? RoleName, string? AccessToken, int Status);
