namespace ConnectMonitor.Engine.Pacing
{
    /// <summary>
    /// What Amazon Connect allows an account without asking: its published default API quota, 2 requests per second
    /// with a burst of 5, for MonitorContact and the lookup operations this module sends (quotas are per account and
    /// per operation, and adjustable upwards). The adaptive pace never falls below it: throttling at or below this rate
    /// is not the account's quota at work but something else sharing it, and backing off further would not help.
    /// </summary>
    internal static class DefaultQuota
    {
        /// <summary>Requests per second an operation is allowed by default (the lowest published default).</summary>
        public const double RequestsPerSecond = 2;

        /// <summary>The floor of the adaptive pace for <paramref name="operation"/>: its default quota.</summary>
        public static double FloorFor(string operation) => RequestsPerSecond;
    }
}
