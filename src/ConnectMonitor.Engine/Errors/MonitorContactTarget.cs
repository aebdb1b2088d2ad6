namespace ConnectMonitor.Engine.Errors
{
    /// <summary>What a failed call was aimed at, so its error message names it.</summary>
    internal readonly struct MonitorContactTarget
    {
        public MonitorContactTarget(string contactId, string instanceId, string userId, string region)
        {
            ContactId = contactId;
            InstanceId = instanceId;
            UserId = userId;
            Region = region;
        }

        public string ContactId { get; }
        public string InstanceId { get; }
        public string UserId { get; }
        public string Region { get; }
    }
}
