namespace ConnectMonitor.Errors
{
    /// <summary>
    /// Error ids the module raises itself (service failures use the service's error code as their id).
    /// They are public API: scripts match on them through FullyQualifiedErrorId.
    /// </summary>
    public static class ErrorIds
    {
        /// <summary>A contact ARN could not be parsed.</summary>
        public const string InvalidContactArn = "InvalidContactArn";
        /// <summary>-InstanceId differs from the instance in the contact ARN.</summary>
        public const string InstanceIdConflict = "InstanceIdConflict";
        /// <summary>-Region differs from the region in the contact ARN.</summary>
        public const string RegionConflict = "RegionConflict";
        /// <summary>No instance id was given and none could be derived from a contact ARN.</summary>
        public const string MissingInstanceId = "MissingInstanceId";
        /// <summary>A user (login name), queue, routing profile or hierarchy group name matches nothing in the instance.</summary>
        public const string NameNotFound = "NameNotFound";
        /// <summary>A name matches several users, queues, routing profiles or hierarchy groups; pass the id instead.</summary>
        public const string AmbiguousName = "AmbiguousName";
    }
}
