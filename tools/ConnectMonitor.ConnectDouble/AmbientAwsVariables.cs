namespace ConnectMonitor.ConnectDouble;

/// <summary>
/// Every environment variable through which the AWS SDK could pick up configuration from the machine running the
/// tests. Test processes clear them all before the SDK reads anything, then set only what a test needs.
/// </summary>
public static class AmbientAwsVariables
{
    /// <summary>The variable names.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_DEFAULT_PROFILE",
        "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_CONNECT", "AWS_USE_FIPS_ENDPOINT",
        "AWS_USE_DUALSTACK_ENDPOINT", "AWS_ROLE_ARN", "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
        "AWS_CONTAINER_CREDENTIALS_FULL_URI", "AWS_CONTAINER_AUTHORIZATION_TOKEN", "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",
        "AWS_RETRY_MODE", "AWS_MAX_ATTEMPTS", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE",
        "AWS_DEFAULTS_MODE", "AWS_DISABLE_CLOCK_SKEW_CORRECTION", "AWS_ENABLE_ENDPOINT_DISCOVERY", "AWS_EC2_METADATA_SERVICE_ENDPOINT",
        "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE", "AWS_ACCOUNT_ID_ENDPOINT_MODE", "AWS_REQUEST_CHECKSUM_CALCULATION",
        "AWS_RESPONSE_CHECKSUM_VALIDATION", "AWS_DISABLE_REQUEST_COMPRESSION", "AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES",
        "CONNECTMONITOR_CREDENTIAL_PROCESS_TIMEOUT",
    ];

    /// <summary>Removes every one of <see cref="Names"/> from this process's environment.</summary>
    public static void Clear()
    {
        foreach (var name in Names)
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }
}
