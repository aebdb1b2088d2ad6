using System;

namespace ConnectMonitor
{
    /// <summary>
    /// A MonitorContact call for one contact failed at Amazon Connect or on the way to it, after the retries:
    /// <c>catch [ConnectMonitor.ContactMonitorServiceException] { $_.Exception.ErrorCode }</c>.
    /// </summary>
    public sealed class ContactMonitorServiceException : ContactMonitorException
    {
        /// <summary>Creates the exception.</summary>
        public ContactMonitorServiceException(
            string message,
            string errorCode,
            int statusCode,
            string requestId,
            string contactId,
            string instanceId,
            string userId,
            string region,
            Exception innerException = null)
            : base(errorCode, message, contactId, instanceId, userId, innerException)
        {
            ErrorCode = errorCode;
            StatusCode = statusCode;
            RequestId = requestId;
            Region = region;
        }

        /// <summary>The service's error code, e.g. ResourceNotFoundException; ConnectionFailure when no answer came.</summary>
        public string ErrorCode { get; }

        /// <summary>The HTTP status of the last answer, or 0 when none arrived.</summary>
        public int StatusCode { get; }

        /// <summary>The service's request id, for AWS support and CloudTrail; null when the service did not answer.</summary>
        public string RequestId { get; }

        /// <summary>The region the call was signed for.</summary>
        public string Region { get; }
    }
}
