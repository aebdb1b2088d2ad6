namespace ConnectMonitor.Engine.Readiness
{
    /// <summary>The outcome of one readiness check.</summary>
    public enum ReadinessStatus
    {
        /// <summary>The check passed.</summary>
        Pass,

        /// <summary>The check failed: monitoring will not work until it is fixed.</summary>
        Fail,

        /// <summary>The caller may not read what the check needs (or the read failed).</summary>
        Unknown,

        /// <summary>The check does not apply to this input (or is advice no API can verify).</summary>
        NotApplicable,
    }
}
