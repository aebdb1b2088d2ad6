namespace ConnectMonitor.Engine.Sessions
{
    /// <summary>
    /// How to reach Amazon Connect, as the user asked for it. Everything left null falls back to the AWS SDK's
    /// default chains (environment variables, shared config and credentials files, container and instance metadata).
    /// Credentials are taken in this order: <see cref="AccessKeys"/>, <see cref="ProfileName"/>, <see cref="Credential"/>,
    /// <see cref="ShellCredential"/>, then the default chain. Regions: <see cref="Region"/> (or a contact ARN's region,
    /// per call), <see cref="ShellRegion"/>, then the default chain.
    /// </summary>
    public sealed class ConnectSessionSettings
    {
        /// <summary>The region to call, e.g. <c>us-east-1</c>.</summary>
        public string Region { get; set; }

        /// <summary>A custom endpoint URL (a VPC endpoint, a proxy, a local Connect endpoint).</summary>
        public string EndpointUrl { get; set; }

        /// <summary>A named profile from the shared config/credentials files.</summary>
        public string ProfileName { get; set; }

        /// <summary>The credentials file to read profiles from, instead of the default locations.</summary>
        public string ProfileLocation { get; set; }

        /// <summary>Keys given explicitly (-AccessKey/-SecretKey/-SessionToken); they win over everything.</summary>
        public CredentialInput AccessKeys { get; set; }

        /// <summary>A credential object given explicitly (-Credential).</summary>
        public CredentialInput Credential { get; set; }

        /// <summary>The shell's default credentials (AWS Tools' $StoredAWSCredentials), used after -Credential.</summary>
        public CredentialInput ShellCredential { get; set; }

        /// <summary>The shell's default region (AWS Tools' $StoredAWSRegion), used after -Region and a contact ARN's region.</summary>
        public string ShellRegion { get; set; }

        /// <summary>A stable key that tells whether two settings reach the same service client (no secret in it).</summary>
        public string CacheKey =>
            string.Join("\u001f", Region ?? "", EndpointUrl ?? "", ProfileName ?? "", ProfileLocation ?? "",
                KeyOf(AccessKeys), KeyOf(Credential), KeyOf(ShellCredential), ShellRegion ?? "");

        private static string KeyOf(CredentialInput input) => input == null ? "" : input.Source + ":" + input.Identity;
    }
}
