namespace ConnectMonitor.ConnectDouble;

/// <summary>
/// Well-known, fake credentials and identifiers that the default <see cref="ConnectWorld"/> and
/// <see cref="ConnectDoubleOptions"/> accept. Nothing here is a real AWS secret.
/// </summary>
public static class TestCredentials
{
    /// <summary>Access key id the double accepts by default.</summary>
    public const string AccessKeyId = "AKIDCONNECTDOUBLE001";

    /// <summary>Secret access key paired with <see cref="AccessKeyId"/>.</summary>
    public const string SecretAccessKey = "connectDoubleSecretKey/NotARealSecret0001";

    /// <summary>Region tests sign for.</summary>
    public const string Region = "us-east-1";

    /// <summary>Account id used in the ARNs the double returns.</summary>
    public const string AccountId = "123456789012";

    /// <summary>The one Amazon Connect instance of the default world.</summary>
    public const string InstanceId = "3f0c9a5e-1d2b-4c6a-9e7f-0a1b2c3d4e5f";

    /// <summary>A supervisor user of <see cref="InstanceId"/> who may monitor contacts.</summary>
    public const string UserId = "5b9c7e2a-8d41-4f3e-a6b0-9c8d7e6f5a41";

    /// <summary>A second supervisor user of <see cref="InstanceId"/> who may monitor contacts.</summary>
    public const string OtherUserId = "5b9c7e2a-8d41-4f3e-a6b0-9c8d7e6f5a42";

    /// <summary>A user of <see cref="InstanceId"/> without monitoring permission: MonitorContact answers AccessDeniedException 403.</summary>
    public const string DeniedUserId = "5b9c7e2a-8d41-4f3e-a6b0-9c8d7e6f5a43";

    /// <summary>A well-formed instance id that does not exist in the default world.</summary>
    public const string MissingInstanceId = "3f0c9a5e-1d2b-4c6a-9e7f-000000000404";

    /// <summary>A well-formed user id that does not exist in the default world.</summary>
    public const string MissingUserId = "5b9c7e2a-8d41-4f3e-a6b0-000000000404";

    /// <summary>Live contacts of the default world ("c0000000-0000-4000-8000-000000000001" .. "…009").</summary>
    public static IReadOnlyList<string> ContactIds { get; } = Enumerable.Range(1, 9)
        .Select(i => $"c0000000-0000-4000-8000-{i:D12}")
        .ToArray();

    /// <summary>A contact of the default world that has ended: MonitorContact answers InvalidRequestException 400.</summary>
    public const string EndedContactId = "c0000000-0000-4000-8000-0000000000e0";

    /// <summary>A well-formed contact id that does not exist: MonitorContact answers ResourceNotFoundException 404.</summary>
    public const string MissingContactId = "c0000000-0000-4000-8000-000000000404";
}
