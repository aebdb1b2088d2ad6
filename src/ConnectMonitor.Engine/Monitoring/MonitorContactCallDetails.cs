namespace ConnectMonitor.Engine.Monitoring
{
    /// <summary>
    /// Where one MonitorContact call went and how it went, success or not (for -Verbose): filled in by
    /// <see cref="Sessions.ConnectSession.MonitorContactAsync(MonitorContactInput, MonitorContactCallDetails, System.Threading.CancellationToken)"/>.
    /// Never holds a secret.
    /// </summary>
    public sealed class MonitorContactCallDetails
    {
        /// <summary>The region the call was signed for, once known.</summary>
        public string Region { get; internal set; }

        /// <summary>The endpoint URL the call was sent to, once known.</summary>
        public string Endpoint { get; internal set; }

        /// <summary>HTTP requests sent for this call (first send plus retries); 0 when nothing was sent.</summary>
        public int Attempts { get; internal set; }

        /// <summary>The idempotency token every attempt carried, once known.</summary>
        public string ClientToken { get; internal set; }
    }
}
