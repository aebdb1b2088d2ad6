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

        /// <summary>
        /// A shared AWS config or credentials file (AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE, -ProfileLocation or the
        /// files in ~/.aws) cannot be parsed; the message names the file and the line number, never the line. Terminating;
        /// category <see cref="System.Management.Automation.ErrorCategory.InvalidData"/>.
        /// </summary>
        public const string InvalidConfigFile = "InvalidConfigFile";

        /// <summary>
        /// A profile's credential_process did not finish within its time-out (60 s, or
        /// CONNECTMONITOR_CREDENTIAL_PROCESS_TIMEOUT seconds) and was killed. Terminating; category
        /// <see cref="System.Management.Automation.ErrorCategory.OperationTimeout"/>.
        /// </summary>
        public const string CredentialProcessTimeout = "CredentialProcessTimeout";

        /// <summary>
        /// The answer to MonitorContact is not a valid one: not JSON, HTTP 200 without a ContactArn (empty or
        /// <c>{}</c>), or a body larger than 1 MiB (not read whole). Per item; category
        /// <see cref="System.Management.Automation.ErrorCategory.InvalidResult"/>.
        /// </summary>
        public const string InvalidResponse = "InvalidResponse";

        /// <summary>
        /// The service answered HTTP 200 naming another contact than the one asked for; the answer is not used. Per
        /// item; category <see cref="System.Management.Automation.ErrorCategory.InvalidResult"/>.
        /// </summary>
        public const string ResponseContactMismatch = "ResponseContactMismatch";

        /// <summary>
        /// The request could not be delivered, timed out, or the connection was cut before the whole answer arrived
        /// (after the attempts allowed). Per item; category <see cref="System.Management.Automation.ErrorCategory.ConnectionError"/>.
        /// </summary>
        public const string ConnectionFailure = "ConnectionFailure";

        /// <summary>
        /// The AWS SDK could not make the call for a reason of its own (no answer, no transport failure). Per item;
        /// category <see cref="System.Management.Automation.ErrorCategory.InvalidOperation"/>.
        /// </summary>
        public const string ClientError = "ClientError";
    }
}
