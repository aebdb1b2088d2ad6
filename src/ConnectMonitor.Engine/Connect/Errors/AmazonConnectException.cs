using System;
using System.Net;
using Amazon.Runtime;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>
    /// An error answer from Amazon Connect (or from something in front of it, e.g. an HTML 502 from a
    /// proxy). ErrorCode is the service's error code (null when the answer carried none), StatusCode
    /// the HTTP status, RequestId the x-amzn-RequestId header. The modelled errors of MonitorContact
    /// are distinct subclasses.
    /// </summary>
    internal class AmazonConnectException : AmazonServiceException
    {
        private RetryableDetails _retryable;

        /// <summary>Creates an exception with only a message.</summary>
        public AmazonConnectException(string message)
            : base(message)
        {
        }

        /// <summary>Creates an exception with every detail of the error answer.</summary>
        public AmazonConnectException(string message, Exception innerException, ErrorType errorType,
            string errorCode, string requestId, HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode)
        {
        }

        /// <summary>
        /// Retry hint for the SDK's retry policy: set for throttling answers (so they are retried with
        /// throttling back-off), null otherwise (the policy then decides by status code and error code).
        /// </summary>
        public override RetryableDetails Retryable
        {
            get { return _retryable; }
        }

        /// <summary>Marks this error as a throttling error for the SDK's retry policy.</summary>
        internal void MarkAsThrottling()
        {
            _retryable = new RetryableDetails(true);
        }
    }
}
