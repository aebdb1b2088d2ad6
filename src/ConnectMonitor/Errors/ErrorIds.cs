namespace ConnectMonitor.Errors
{
    /// <summary>
    /// Error ids the module raises itself (service failures use the service's error code as their id; configuration
    /// problems use the names of <c>ConnectConfigurationProblem</c>). They are public API: scripts match on them through
    /// FullyQualifiedErrorId. Each comment states the ErrorCategory the id is raised with.
    /// </summary>
    public static class ErrorIds
    {
        /// <summary>A contact ARN could not be parsed, or one of its parts breaks its rules (partition, region label,
        /// partition of the region, 12-digit account, instance id 1-100 and contact id 1-256 code points).
        /// Category: InvalidArgument. Per input.</summary>
        public const string InvalidContactArn = "InvalidContactArn";
        /// <summary>-InstanceId differs from the instance in the contact ARN. Category: InvalidArgument. Per input.</summary>
        public const string InstanceIdConflict = "InstanceIdConflict";
        /// <summary>-Region differs from the region in the contact ARN. Category: InvalidArgument. Per input.</summary>
        public const string RegionConflict = "RegionConflict";
        /// <summary>No instance id was given and none could be derived from a contact ARN. Category: InvalidArgument. Per input.</summary>
        public const string MissingInstanceId = "MissingInstanceId";
        /// <summary>A region (from a contact ARN, -Region, $StoredAWSRegion, AWS_REGION or a profile) is not a host label, or
        /// not a known region without -EndpointUrl. Category: InvalidArgument. Per input when the input named it; terminating
        /// when it comes from the command line or the environment.</summary>
        public const string UnknownRegion = "UnknownRegion";
        /// <summary>A piped object carries no contact id: none of ContactId, ContactArn, Arn, Id holds one as text (an
        /// Import-Csv row with another header, a hashtable, a date, a file, a process). Category: InvalidArgument. Per input.</summary>
        public const string NoContactProperty = "NoContactProperty";
        /// <summary>A call failed in a way the module does not classify (the message names the .NET exception type); a
        /// safety net so that no raw exception type becomes an error id. Category: InvalidOperation. Per input.</summary>
        public const string UnexpectedError = "UnexpectedError";

        /// <summary>A shared AWS config or credentials file (AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE, -ProfileLocation or
        /// the files in ~/.aws) cannot be parsed; the message names the file and the line number, never the line.
        /// Category: InvalidData. Terminating (the config file always; a credentials file when the chain reads it).</summary>
        public const string InvalidConfigFile = "InvalidConfigFile";
        /// <summary>A profile's credential_process did not finish within its time-out (60 s, or
        /// CONNECTMONITOR_CREDENTIAL_PROCESS_TIMEOUT seconds) and was killed. Category: OperationTimeout. Terminating.</summary>
        public const string CredentialProcessTimeout = "CredentialProcessTimeout";
        /// <summary>The answer to MonitorContact is not a valid one: not JSON, HTTP 200 without a ContactArn (empty or
        /// <c>{}</c>), or a body larger than 1 MiB (not read whole). Category: InvalidResult. Per input.</summary>
        public const string InvalidResponse = "InvalidResponse";
        /// <summary>The service answered HTTP 200 naming another contact than the one asked for; the answer is not used.
        /// Category: InvalidResult. Per input.</summary>
        public const string ResponseContactMismatch = "ResponseContactMismatch";
        /// <summary>The request could not be delivered, timed out, or the connection was cut before the whole answer
        /// arrived (after the attempts allowed). Category: ConnectionError. Per input.</summary>
        public const string ConnectionFailure = "ConnectionFailure";
        /// <summary>The AWS SDK could not make the call for a reason of its own (no answer, no transport failure).
        /// Category: InvalidOperation. Per input.</summary>
        public const string ClientError = "ClientError";

        /// <summary>A user (login name), queue, routing profile or hierarchy group name matches nothing in the instance. Category: ObjectNotFound. Per name
        /// (per input for -UserName).</summary>
        public const string NameNotFound = "NameNotFound";
        /// <summary>A name matches several users, queues, routing profiles or hierarchy groups; pass the id instead. Category: InvalidArgument.
        /// Per name (per input for -UserName).</summary>
        public const string AmbiguousName = "AmbiguousName";
    }
}
