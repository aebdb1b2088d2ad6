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
        /// <summary>The contact id and the contact ARN name different contacts.</summary>
        public const string ContactIdConflict = "ContactIdConflict";
        /// <summary>-InstanceId differs from the instance in the contact ARN.</summary>
        public const string InstanceIdConflict = "InstanceIdConflict";
        /// <summary>-Region differs from the region in the contact ARN.</summary>
        public const string RegionConflict = "RegionConflict";
        /// <summary>No instance id was given and none could be derived from a contact ARN.</summary>
        public const string MissingInstanceId = "MissingInstanceId";
        /// <summary>No contact id or contact ARN was given for a pipeline input.</summary>
        public const string MissingContactId = "MissingContactId";
    }
}
