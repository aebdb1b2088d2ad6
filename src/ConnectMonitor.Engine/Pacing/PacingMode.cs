namespace ConnectMonitor.Engine.Pacing
{
    /// <summary>How a pipeline paces its requests.</summary>
    internal enum PacingMode
    {
        /// <summary>Find the rate the service allows (<see cref="AdaptiveRateLimiter"/>); the default.</summary>
        Adaptive,

        /// <summary>A pinned rate and burst (<see cref="FixedRateLimiter"/>).</summary>
        Fixed,

        /// <summary>No client-side pacing; throttled retries still back off like the AWS SDKs' standard retry.</summary>
        Off,
    }
}
