using System.Management.Automation;

namespace ConnectMonitor.Errors
{
    /// <summary>
    /// Every error id the module writes (the first part of an ErrorRecord's FullyQualifiedErrorId). They are public API:
    /// scripts match on them. This file is also the one source of the error tables in docs/errors.md (the README links
    /// to it), about_ConnectMonitor and Get-Help (tools/ConnectMonitor.HelpGenerator reads it): each constant's summary says what the error means,
    /// and its remarks name its <see cref="ErrorCategory"/> as <c>ErrorCategory.Name</c>, then, after a semicolon, when
    /// it happens.
    /// </summary>
    public static class ErrorIds
    {
        // Input problems: one contact's input, found before anything is sent for it.

        /// <summary>A contact ARN could not be parsed, or one of its parts breaks its rules (partition, region label,
        /// partition of the region, 12-digit account, instance id 1-100 and contact id 1-256 code points).</summary>
        /// <remarks>ErrorCategory.InvalidArgument; per contact, nothing sent.</remarks>
        public const string InvalidContactArn = "InvalidContactArn";

        /// <summary>An -InstanceId that starts like an ARN is not an Amazon Connect instance ARN, or one of its parts breaks its
        /// rules (partition, region label, partition of the region, 12-digit account, instance id 1-100 code points).</summary>
        /// <remarks>ErrorCategory.InvalidArgument; per contact, nothing sent.</remarks>
        public const string InvalidInstanceArn = "InvalidInstanceArn";

        /// <summary>-InstanceId (or an instance ARN) differs from the instance in the contact ARN, or in the ARN given to a
        /// Get-ConnectLiveContact filter.</summary>
        /// <remarks>ErrorCategory.InvalidArgument; per contact, nothing sent.</remarks>
        public const string InstanceIdConflict = "InstanceIdConflict";

        /// <summary>-Region differs from the region in the contact ARN or instance ARN.</summary>
        /// <remarks>ErrorCategory.InvalidArgument; per contact, nothing sent.</remarks>
        public const string RegionConflict = "RegionConflict";

        /// <summary>No instance id was given and none could be derived from a contact ARN.</summary>
        /// <remarks>ErrorCategory.InvalidArgument; per contact, nothing sent.</remarks>
        public const string MissingInstanceId = "MissingInstanceId";

        /// <summary>A capability is neither SILENT_MONITOR nor BARGE (the message names the contact and the value).</summary>
        /// <remarks>ErrorCategory.InvalidArgument; per contact, nothing sent.</remarks>
        public const string InvalidMonitorCapability = "InvalidMonitorCapability";

        /// <summary>
        /// A piped object's own value (UserId, InstanceId...) differs from the value given on the command line, which
        /// PowerShell would silently use instead.
        /// </summary>
        /// <remarks>ErrorCategory.InvalidArgument; per contact, nothing sent.</remarks>
        public const string PipelineValueConflict = "PipelineValueConflict";

        /// <summary>A value given to -Agent, -Queue, -RoutingProfile or -HierarchyGroup that starts like an ARN is not an
        /// Amazon Connect ARN of that filter's kind (agent, queue, routing-profile, agent-group), or one of its parts
        /// breaks its rules.</summary>
        /// <remarks>ErrorCategory.InvalidArgument; per value, nothing sent for it.</remarks>
        public const string InvalidResourceArn = "InvalidResourceArn";

        /// <summary>A region (from a contact ARN, -Region, $StoredAWSRegion, AWS_REGION or a profile) is not a host label,
        /// or not a known region without -EndpointUrl (the message suggests the closest names).</summary>
        /// <remarks>ErrorCategory.InvalidArgument; per contact when the input named it, terminating when it comes from the
        /// command line or the environment; nothing sent.</remarks>
        public const string UnknownRegion = "UnknownRegion";

        /// <summary>A piped object carries no contact id: none of ContactId, ContactArn, Arn, Id holds one as text (an
        /// Import-Csv row with another header, a hashtable, a date, a file, a process).</summary>
        /// <remarks>ErrorCategory.InvalidArgument; per contact, nothing sent.</remarks>
        public const string NoContactProperty = "NoContactProperty";

        // Configuration problems: nothing in the pipeline can work, so the command stops before sending anything.

        /// <summary>No credentials were found anywhere in the chain.</summary>
        /// <remarks>ErrorCategory.AuthenticationError; terminating, nothing sent.</remarks>
        public const string NoCredentials = "NoCredentials";

        /// <summary>Explicit credentials are incomplete (an access key without its secret key, for one), or a key has a
        /// character that cannot go into an HTTP header (the message names the key, never its value).</summary>
        /// <remarks>ErrorCategory.AuthenticationError; terminating, nothing sent.</remarks>
        public const string InvalidCredentials = "InvalidCredentials";

        /// <summary>The IAM Identity Center (SSO) sign-in has expired: run aws sso login.</summary>
        /// <remarks>ErrorCategory.AuthenticationError; terminating, nothing sent.</remarks>
        public const string SsoTokenExpired = "SsoTokenExpired";

        /// <summary>STS refused to let the source identity assume the profile's role.</summary>
        /// <remarks>ErrorCategory.PermissionDenied; terminating, nothing sent.</remarks>
        public const string AssumeRoleDenied = "AssumeRoleDenied";

        /// <summary>The named profile does not exist; it never falls through to another source.</summary>
        /// <remarks>ErrorCategory.ObjectNotFound; terminating, nothing sent.</remarks>
        public const string ProfileNotFound = "ProfileNotFound";

        /// <summary>The profile cannot give credentials (a failing credential_process, an unavailable credential_source...).</summary>
        /// <remarks>ErrorCategory.InvalidData; terminating, nothing sent.</remarks>
        public const string InvalidProfile = "InvalidProfile";

        /// <summary>No region was given or found.</summary>
        /// <remarks>ErrorCategory.InvalidOperation; terminating, nothing sent.</remarks>
        public const string NoRegion = "NoRegion";

        /// <summary>The endpoint settings are invalid: an endpoint URL (-EndpointUrl, AWS_ENDPOINT_URL_CONNECT,
        /// AWS_ENDPOINT_URL, a profile's endpoint_url or services section) that is not an absolute http(s) URL or has a
        /// query or fragment, FIPS with a custom endpoint...</summary>
        /// <remarks>ErrorCategory.InvalidArgument; terminating, nothing sent.</remarks>
        public const string InvalidEndpoint = "InvalidEndpoint";

        // Service errors: the id is the service's error code; per contact, after the retries.

        /// <summary>The request is not valid: the contact is not live any more, or the supervisor cannot monitor now.</summary>
        /// <remarks>ErrorCategory.InvalidArgument; per contact, HTTP 400.</remarks>
        public const string InvalidRequestException = "InvalidRequestException";

        /// <summary>A lookup's request breaks a constraint of the service model (a length, a count), found before sending
        /// or by the service.</summary>
        /// <remarks>ErrorCategory.InvalidArgument; per name or query, HTTP 400 or nothing sent.</remarks>
        public const string InvalidParameterException = "InvalidParameterException";

        /// <summary>Your identity lacks connect:MonitorContact, or the supervisor's security profile does not allow monitoring.</summary>
        /// <remarks>ErrorCategory.PermissionDenied; per contact, HTTP 403.</remarks>
        public const string AccessDeniedException = "AccessDeniedException";

        /// <summary>No such instance, contact or user (the user id is a GUID, not a login name).</summary>
        /// <remarks>ErrorCategory.ObjectNotFound; per contact, HTTP 404.</remarks>
        public const string ResourceNotFoundException = "ResourceNotFoundException";

        /// <summary>The ClientToken was used before with other parameters.</summary>
        /// <remarks>ErrorCategory.ResourceExists; per contact, HTTP 409.</remarks>
        public const string IdempotencyException = "IdempotencyException";

        /// <summary>A service quota (concurrent monitoring sessions, for one) is exceeded.</summary>
        /// <remarks>ErrorCategory.QuotaExceeded; per contact, HTTP 402.</remarks>
        public const string ServiceQuotaExceededException = "ServiceQuotaExceededException";

        /// <summary>Still throttled after the retries: retry the contact later.</summary>
        /// <remarks>ErrorCategory.LimitsExceeded; per contact, HTTP 429.</remarks>
        public const string ThrottlingException = "ThrottlingException";

        /// <summary>Amazon Connect still failing after the retries: retry the contact later.</summary>
        /// <remarks>ErrorCategory.ResourceUnavailable; per contact, HTTP 500 (also any 5xx answer with a code the model does not define).</remarks>
        public const string InternalServiceException = "InternalServiceException";

        /// <summary>The endpoint answered HTTP 5xx without an Amazon Connect error code (a proxy's or load balancer's page),
        /// after the retries: try again later.</summary>
        /// <remarks>ErrorCategory.ResourceUnavailable; per call, HTTP 5xx.</remarks>
        public const string ServiceUnavailable = "ServiceUnavailable";

        /// <summary>The service did not accept the signature or the key (wrong secret, unknown key, expired session token, clock skew).</summary>
        /// <remarks>ErrorCategory.AuthenticationError; per contact, HTTP 403 (the service's code, e.g. InvalidSignatureException).</remarks>
        public const string InvalidSignatureException = "InvalidSignatureException";

        // Answers and transport: one contact's call, after it was sent.

        /// <summary>An answer is not a valid one: not JSON; MonitorContact's HTTP 200 without a ContactArn (empty or
        /// <c>{}</c>), with a ContactArn that is not an ARN or breaks a contact ARN's rules, or with a ContactId that is
        /// empty, too long or holds control characters; a lookup's HTTP 200 with an empty body or without its list
        /// (UserDataList, Users, Queues...); a redirect or another status without an error code; or a body larger than
        /// 1 MiB (MonitorContact) or 8 MiB (a lookup), not read whole. No result is written.</summary>
        /// <remarks>ErrorCategory.InvalidResult; per contact or query, after sending.</remarks>
        public const string InvalidResponse = "InvalidResponse";

        /// <summary>The service answered HTTP 200 with a ContactArn of another instance, account (when the input named it
        /// with an ARN), region or partition, or of a resource that is not a contact (an agent, a queue...); the answer is
        /// not used and no result is written. Another contact of the same instance is no error: it is the supervisor's
        /// monitoring contact (the result's MonitorContactId).</summary>
        /// <remarks>ErrorCategory.InvalidResult; per contact, after sending.</remarks>
        public const string ResponseContactMismatch = "ResponseContactMismatch";

        /// <summary>A paged answer (GetCurrentUserData, a name search) still had a NextToken after 200 pages, or sent a
        /// NextToken it had sent before: the pages would never end. The pages before are kept (the contacts written).</summary>
        /// <remarks>ErrorCategory.InvalidResult; per query, after the pages read.</remarks>
        public const string TooManyPages = "TooManyPages";

        /// <summary>The request could not be delivered, timed out, or the connection was cut before the whole answer
        /// arrived (after the attempts allowed).</summary>
        /// <remarks>ErrorCategory.ConnectionError; per contact, after the attempts allowed.</remarks>
        public const string ConnectionFailure = "ConnectionFailure";

        /// <summary>The AWS SDK could not make the call for a reason of its own (no answer, no transport failure).</summary>
        /// <remarks>ErrorCategory.InvalidOperation; per contact.</remarks>
        public const string ClientError = "ClientError";

        /// <summary>A call failed in a way the module does not classify (the message names the .NET exception type); a
        /// safety net so that no raw exception type becomes an error id.</summary>
        /// <remarks>ErrorCategory.InvalidOperation; per contact.</remarks>
        public const string UnexpectedError = "UnexpectedError";

        // Configuration files and credential processes: everything in the pipeline depends on them.

        /// <summary>A shared AWS config or credentials file (AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE, -ProfileLocation or
        /// the files in ~/.aws) cannot be parsed; the message names the file and the line number, never the line.</summary>
        /// <remarks>ErrorCategory.InvalidData; terminating (the config file always; a credentials file when the chain
        /// reads it), nothing sent.</remarks>
        public const string InvalidConfigFile = "InvalidConfigFile";

        /// <summary>A profile's credential_process did not finish within its time-out (60 s, or
        /// CONNECTMONITOR_CREDENTIAL_PROCESS_TIMEOUT seconds) and was killed.</summary>
        /// <remarks>ErrorCategory.OperationTimeout; terminating, nothing sent.</remarks>
        public const string CredentialProcessTimeout = "CredentialProcessTimeout";

        /// <summary>A setting in the environment or the profile in force has a value the AWS CLI would refuse (for example
        /// AWS_MAX_ATTEMPTS=abc, AWS_RETRY_MODE=bogus, max_attempts = 0, use_fips_endpoint = yes,
        /// CONNECTMONITOR_CREDENTIAL_PROCESS_TIMEOUT=-1); the message names the variable or the profile key and the file.</summary>
        /// <remarks>ErrorCategory.InvalidData; terminating, nothing sent.</remarks>
        public const string InvalidSetting = "InvalidSetting";

        // Names: the supervisor's login name and Get-ConnectLiveContact's filters.

        /// <summary>A user (login name), queue, routing profile or hierarchy group name matches nothing in the instance.</summary>
        /// <remarks>ErrorCategory.ObjectNotFound; per name (per contact for -UserName), after one lookup.</remarks>
        public const string NameNotFound = "NameNotFound";

        /// <summary>A name matches several users, queues, routing profiles or hierarchy groups; pass the id instead.</summary>
        /// <remarks>ErrorCategory.InvalidArgument; per name (per contact for -UserName), after one lookup.</remarks>
        public const string AmbiguousName = "AmbiguousName";

        /// <summary>Get-ConnectLiveContact was given two kinds of filter at once (-Agent, -Queue, -RoutingProfile,
        /// -HierarchyGroup are alternatives: GetCurrentUserData takes one kind); the message names the ones given.</summary>
        /// <remarks>ErrorCategory.InvalidArgument; terminating, nothing sent.</remarks>
        public const string FilterKindConflict = "FilterKindConflict";
    }
}
