using ConnectMonitor.Engine.Sessions;

namespace ConnectMonitor.Engine.Completion
{
    /// <summary>What to complete, with the session the command line names.</summary>
    public sealed class CompletionQuery
    {
        /// <summary>Creates a query.</summary>
        public CompletionQuery(ConnectSessionSettings settings, CompletionKind kind, string instanceId, string region, string prefix)
        {
            Settings = settings;
            Kind = kind;
            InstanceId = instanceId;
            Region = region;
            Prefix = prefix ?? "";
        }

        /// <summary>Credentials, region, endpoint and profile from the command line.</summary>
        public ConnectSessionSettings Settings { get; }

        /// <summary>What is completed.</summary>
        public CompletionKind Kind { get; }

        /// <summary>The instance whose names are read (null for <see cref="CompletionKind.Instance"/>).</summary>
        public string InstanceId { get; }

        /// <summary>The region named on the command line (or by an instance ARN); null for the session's default region.</summary>
        public string Region { get; }

        /// <summary>What has been typed so far (may be empty).</summary>
        public string Prefix { get; }

        /// <summary>True when a request can be made: names need an instance.</summary>
        public bool CanAsk => Settings != null && (Kind == CompletionKind.Instance || !string.IsNullOrEmpty(InstanceId));

        /// <summary>The same query for another prefix.</summary>
        public CompletionQuery WithPrefix(string prefix) => new CompletionQuery(Settings, Kind, InstanceId, Region, prefix);
    }
}
