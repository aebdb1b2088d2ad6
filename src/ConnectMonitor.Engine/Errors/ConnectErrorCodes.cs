namespace ConnectMonitor.Engine.Errors
{
    /// <summary>
    /// The error codes the engine gives failures that carry no service error code of their own. The cmdlet layer uses
    /// them as error ids (they are listed in its ErrorIds with their categories).
    /// </summary>
    internal static class ConnectErrorCodes
    {
        /// <summary>The request could not be delivered, or the connection failed before the whole answer arrived.</summary>
        public const string ConnectionFailure = "ConnectionFailure";

        /// <summary>The answer is not a valid MonitorContact answer (not JSON, no ContactArn, far too big...).</summary>
        public const string InvalidResponse = "InvalidResponse";

        /// <summary>The AWS SDK failed to make the call for a reason of its own (no answer, no transport failure).</summary>
        public const string ClientError = "ClientError";

        /// <summary>A 5xx answer without an Amazon Connect error code (a proxy's or load balancer's page).</summary>
        public const string ServiceUnavailable = "ServiceUnavailable";

        /// <summary>A paged answer still had a NextToken after the most pages allowed, or repeated a token.</summary>
        public const string TooManyPages = "TooManyPages";

        /// <summary>
        /// The service answered 200 with a ContactArn that is not a contact of the request's instance, account, region and
        /// partition (another contact of the same instance is fine: the supervisor's monitoring contact).
        /// </summary>
        public const string ResponseContactMismatch = "ResponseContactMismatch";
    }
}
