namespace ConnectMonitor
{
    /// <summary>The outcome of one check of Test-ConnectContactMonitor.</summary>
    public enum ReadinessCheckStatus
    {
        /// <summary>The check passed.</summary>
        Pass,

        /// <summary>The check failed: monitoring will not work until it is fixed (see the check's Fix).</summary>
        Fail,

        /// <summary>Not known: the caller may not read what the check needs (its Fix names the IAM action), or the read failed.</summary>
        Unknown,

        /// <summary>The check does not apply to this input, or is advice that no API can verify.</summary>
        NotApplicable,
    }
}
