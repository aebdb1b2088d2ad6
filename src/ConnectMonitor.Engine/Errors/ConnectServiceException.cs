using System;

namespace ConnectMonitor.Engine.Errors
{
    /// <summary>
    /// A MonitorContact call that failed at the service or on the way to it, after the SDK's retries.
    /// Carries the service's error code, HTTP status and request id so a user can act on it or quote it to AWS support.
    /// </summary>
    public sealed class ConnectServiceException : ConnectMonitorException
    {
        /// <summary>Creates the exception.</summary>
        public ConnectServiceException(
            ConnectServiceErrorKind kind,
            string errorCode,
            string message,
            int statusCode,
            string requestId,
            Exception innerException = null)
            : base(message, innerException)
        {
            Kind = kind;
            ErrorCode = errorCode;
            StatusCode = statusCode;
            RequestId = requestId;
        }

        /// <summary>The kind of failure.</summary>
        public ConnectServiceErrorKind Kind { get; }

        /// <summary>The service's error code, e.g. <c>ResourceNotFoundException</c>.</summary>
        public string ErrorCode { get; }

        /// <summary>The HTTP status code of the last answer, or 0 when none arrived.</summary>
        public int StatusCode { get; }

        /// <summary>The service's request id (<c>x-amzn-RequestId</c>), when the service answered.</summary>
        public string RequestId { get; }
    }
}
