using System;

namespace ConnectMonitor.Engine.Supervision
{
    /// <summary>
    /// Bounds of the supervisor lookups (GetCurrentUserData and the name searches). Pacing is the session's
    /// (<see cref="Monitoring.MonitorContactOptions.Pacing"/>): each operation gets its own rate limiter per endpoint,
    /// because Amazon Connect's quotas are per API.
    /// </summary>
    public sealed class SupervisorLookupOptions
    {
        /// <summary>The defaults.</summary>
        public static SupervisorLookupOptions Default { get; } = new SupervisorLookupOptions();

        /// <summary>Pages read at most for one query before giving up (a service that keeps sending NextToken): 200 pages
        /// of GetCurrentUserData are 20,000 agents.</summary>
        public int MaxPages { get; set; } = 200;

        /// <summary>Names or ids put in one search (as OR conditions).</summary>
        public int NamesPerSearch { get; set; } = 50;

        /// <summary>Page size asked for.</summary>
        public int? PageSize { get; set; }
    }
}
