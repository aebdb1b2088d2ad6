namespace ConnectMonitor.Engine.Sessions
{
    /// <summary>
    /// How to reach Amazon Connect, as the user asked for it. Everything left null falls back to the AWS SDK's
    /// default chains (environment variables, shared config and credentials files, container and instance metadata).
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

        /// <summary>A stable key that tells whether two settings reach the same service client.</summary>
        public string CacheKey =>
            string.Join("\u001f", Region ?? "", EndpointUrl ?? "", ProfileName ?? "", ProfileLocation ?? "");
    }
}
