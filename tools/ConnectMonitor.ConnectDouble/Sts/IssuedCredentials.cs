namespace ConnectMonitor.ConnectDouble;

/// <summary>Temporary credentials the double's STS or SSO endpoint hands out (and its Connect endpoint then accepts).</summary>
public sealed record IssuedCredentials(string AccessKeyId, string SecretAccessKey, string SessionToken)
{
    /// <summary>New unique fake credentials whose access key id starts with <paramref name="prefix"/>.</summary>
    public static IssuedCredentials CreateNew(string prefix = "ASIADOUBLE")
    {
        var id = Guid.NewGuid().ToString("N").ToUpperInvariant();
        return new(prefix + id[..(20 - Math.Min(prefix.Length, 16))], "issued-secret/" + id, "issued-token/" + id + "/" + Guid.NewGuid().ToString("N"));
    }

    /// <inheritdoc />
    public override string ToString() => $"IssuedCredentials {{ AccessKeyId = {AccessKeyId} }}";
}
