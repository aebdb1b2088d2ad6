using System;

namespace ConnectMonitor.Engine.Supervision
{
    /// <summary>
    /// Pacing and bounds of the supervisor lookups (GetCurrentUserData and the name searches). Each operation gets its
    /// own rate limiter per endpoint, because Amazon Connect's quotas are per API.
    /// </summary>
    public sealed class SupervisorLookupOptions
    {
        /// <summary>The defaults: Connect's published default quota for most APIs (2 requests/second, burst 5) per operation.</summary>
        public static SupervisorLookupOptions Default { get; } = new SupervisorLookupOptions();

        /// <summary>Requests per second per operation and endpoint when the pipeline has no pacing of its own
        /// (<see cref="Monitoring.MonitorContactOptions.Pacing"/> null); 0 turns pacing off.</summary>
        public double RequestsPerSecond { get; set; } = 2;

        /// <summary>Burst per operation and endpoint.</summary>
        public int Burst { get; set; } = 5;

        /// <summary>Pages read at most for one query before giving up (a service that keeps sending NextToken): 200 pages
        /// of GetCurrentUserData are 20,000 agents.</summary>
        public int MaxPages { get; set; } = 200;

        /// <summary>Names or ids put in one search (as OR conditions).</summary>
        public int NamesPerSearch { get; set; } = 50;

        /// <summary>Page size asked for.</summary>
        public int? PageSize { get; set; }
    }
}
