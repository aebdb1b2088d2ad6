namespace ConnectMonitor.Engine.Readiness
{
    /// <summary>One check: its name, status, what was found and the fix in one sentence (null when nothing to fix).</summary>
    public sealed class ReadinessCheckResult
    {
        /// <summary>Creates a result.</summary>
        public ReadinessCheckResult(string name, ReadinessStatus status, string found, string fix)
        {
            Name = name;
            Status = status;
            Found = found;
            Fix = fix;
        }

        /// <summary>The check's name (e.g. Permissions).</summary>
        public string Name { get; }

        /// <summary>Pass, Fail, Unknown or NotApplicable.</summary>
        public ReadinessStatus Status { get; }

        /// <summary>What was found.</summary>
        public string Found { get; }

        /// <summary>How to fix it, or null.</summary>
        public string Fix { get; }
    }
}
