using System.Collections.Generic;

namespace ConnectMonitor.Engine.Errors
{
    /// <summary>
    /// What one service call was for, so that its error message names the operation and what it was about ("MonitorContact
    /// failed for contact 'c' (instance 'i', user 'u', region r)", "SearchQueues failed for instance 'i' (region r)"), and
    /// what to check for each kind of failure. Every operation's failures are translated against one of these.
    /// </summary>
    internal sealed class CallTarget
    {
        private static readonly Dictionary<ConnectServiceErrorKind, string> MonitorContactHints =
            new Dictionary<ConnectServiceErrorKind, string>
            {
                [ConnectServiceErrorKind.InvalidRequest] = "Check that the contact is still live and the parameters are valid.",
                [ConnectServiceErrorKind.AccessDenied] = "Either your AWS identity is not allowed connect:MonitorContact on this instance and contact (IAM), or the supervisor's Amazon Connect security profile does not allow monitoring (or barge); the service's text says which.",
                [ConnectServiceErrorKind.ResourceNotFound] = "Check the instance id, contact id and user id, and that the contact belongs to this instance and region.",
                [ConnectServiceErrorKind.Idempotency] = "The client token was already used with different parameters: omit -ClientToken or give a new one.",
                [ConnectServiceErrorKind.ServiceQuotaExceeded] = "A service quota is exceeded (for example concurrent monitoring sessions); end a session or request a quota increase.",
                [ConnectServiceErrorKind.Throttling] = "Still throttled after the SDK's retries: slow down or request a higher MonitorContact quota.",
            };

        // Every operation's hints; {0} is the operation's name. An operation's own hints (above) win.
        private static readonly Dictionary<ConnectServiceErrorKind, string> CommonHints =
            new Dictionary<ConnectServiceErrorKind, string>
            {
                [ConnectServiceErrorKind.InvalidRequest] = "Check the filters and names given.",
                [ConnectServiceErrorKind.AccessDenied] = "Check that your IAM identity is allowed connect:{0} on this instance.",
                [ConnectServiceErrorKind.ResourceNotFound] = "Check the instance id and the region.",
                [ConnectServiceErrorKind.Idempotency] = "The request was already made with other parameters.",
                [ConnectServiceErrorKind.ServiceQuotaExceeded] = "A service quota is exceeded; request a quota increase.",
                [ConnectServiceErrorKind.Throttling] = "Still throttled after retries: the account's {0} quota is used up; try again later or request a higher quota.",
                [ConnectServiceErrorKind.InternalService] = "Amazon Connect failed to process the request; try again later.",
                [ConnectServiceErrorKind.Authentication] = "The service did not accept the credentials: check the access key, secret key, session token and the system clock.",
                [ConnectServiceErrorKind.Transport] = "Check the network path to the endpoint (proxy, VPC endpoint, -EndpointUrl) and try again.",
                [ConnectServiceErrorKind.InvalidResponse] = "The endpoint did not answer like Amazon Connect; check -EndpointUrl or any proxy in between.",
                [ConnectServiceErrorKind.Unknown] = "See the error code and request id for details.",
                [ConnectServiceErrorKind.ClientError] = "Check the endpoint settings and the AWS SDK configuration (AWS_* environment variables, the shared config file).",
            };

        private readonly Dictionary<ConnectServiceErrorKind, string> _ownHints;

        private CallTarget(string operation, string instanceId, string region, string subject, Dictionary<ConnectServiceErrorKind, string> ownHints, string repeatNote = "")
        {
            RepeatNote = repeatNote;
            Operation = operation;
            InstanceId = instanceId;
            Region = region;
            Subject = subject;
            _ownHints = ownHints;
        }

        /// <summary>The operation's name, e.g. MonitorContact, SearchUsers.</summary>
        public string Operation { get; }

        /// <summary>The instance the call was for.</summary>
        public string InstanceId { get; }

        /// <summary>The region the call was signed for.</summary>
        public string Region { get; }

        /// <summary>What the call was about, in words.</summary>
        public string Subject { get; }

        /// <summary>What a cut answer means for sending the call again ("" for a read, which is always safe to repeat).</summary>
        public string RepeatNote { get; }

        /// <summary>A MonitorContact call for one contact.</summary>
        public static CallTarget MonitorContact(MonitorContactTarget target) =>
            new CallTarget("MonitorContact", target.InstanceId, target.Region,
                $"contact '{target.ContactId}' (instance '{target.InstanceId}', user '{target.UserId}', region {target.Region})", MonitorContactHints,
                " (the call may have taken effect; sending it again with the same client token is safe)");

        /// <summary>A call of <paramref name="operation"/> about an instance as a whole (a lookup, a read).</summary>
        public static CallTarget Instance(string operation, string instanceId, string region) =>
            new CallTarget(operation, instanceId, region, $"instance '{instanceId}' (region {region})", null);

        /// <summary>What to check after a failure of <paramref name="kind"/>.</summary>
        public string HintFor(ConnectServiceErrorKind kind)
        {
            if (_ownHints != null && _ownHints.TryGetValue(kind, out var own))
            {
                return own;
            }

            return string.Format(CommonHints.TryGetValue(kind, out var hint) ? hint : CommonHints[ConnectServiceErrorKind.Unknown], Operation);
        }
    }
}
