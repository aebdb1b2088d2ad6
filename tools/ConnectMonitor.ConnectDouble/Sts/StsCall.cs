namespace ConnectMonitor.ConnectDouble;

/// <summary>One STS call the double answered.</summary>
/// <param name="Action">AssumeRole or AssumeRoleWithWebIdentity (or whatever Action was sent).</param>
/// <param name="RoleArn">The RoleArn parameter.</param>
/// <param name="RoleSessionName">The RoleSessionName parameter.</param>
/// <param name="ExternalId">The ExternalId parameter, if sent.</param>
/// <param name="WebIdentityToken">The WebIdentityToken parameter, if sent.</param>
/// <param name="SignedByAccessKeyId">The access key id that signed the call (null for unsigned web-identity calls).</param>
/// <param name="SignatureValid">True when the SigV4 signature verified (service "sts").</param>
/// <param name="Status">HTTP status answered.</param>
public sealed record StsCall(string Action, string? RoleArn, string? RoleSessionName, string? ExternalId, string? WebIdentityToken,
    string? SignedByAccessKeyId, bool SignatureValid, int Status);
