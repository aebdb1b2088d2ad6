using System;
using System.Net;
using Amazon.Runtime;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>
    /// Turns an error code into the matching exception type: the errors modelled for MonitorContact and the
    /// supervisor operations get their own type; anything else is an <see cref="AmazonConnectException"/>
    /// carrying the code it came with.
    /// </summary>
    internal static class ConnectErrorFactory
    {
        public static AmazonConnectException Create(ConnectErrorDetails details, HttpStatusCode status,
            string requestId, Exception innerException)
        {
            string code = details.Code;
            string message = details.Message;
            ErrorType type = TypeOf(status);

            AmazonConnectException error;
            switch (code)
            {
                case "InvalidRequestException":
                    error = new InvalidRequestException(message, innerException, type, code, requestId, status)
                    {
                        Reason = InvalidRequestExceptionReason.From(details.Reason),
                    };
                    break;
                case "InvalidParameterException":
                    error = new InvalidParameterException(message, innerException, type, code, requestId, status); break;
                case "AccessDeniedException":
                    error = new AccessDeniedException(message, innerException, type, code, requestId, status); break;
                case "ResourceNotFoundException":
                    error = new ResourceNotFoundException(message, innerException, type, code, requestId, status); break;
                case "IdempotencyException":
                    error = new IdempotencyException(message, innerException, type, code, requestId, status); break;
                case "ServiceQuotaExceededException":
                    error = new ServiceQuotaExceededException(message, innerException, type, code, requestId, status)
                    {
                        Reason = ServiceQuotaExceededExceptionReason.From(details.Reason),
                    };
                    break;
                case "ThrottlingException":
                    error = new ThrottlingException(message, innerException, type, code, requestId, status); break;
                case "InternalServiceException":
                    error = new InternalServiceException(message, innerException, type, code, requestId, status); break;
                default:
                    error = new AmazonConnectException(message, innerException, type, code, requestId, status); break;
            }

            // The retry policy recognises ThrottlingException by code; a 429 that carries no code at all
            // (e.g. from a proxy) would not be retried, so it is marked as throttling explicitly.
            if (code == "ThrottlingException" || (code == null && (int)status == 429))
            {
                error.MarkAsThrottling();
            }
            return error;
        }

        /// <summary>4xx: the caller's fault (Sender); 5xx: the service's (Receiver).</summary>
        private static ErrorType TypeOf(HttpStatusCode status)
        {
            int value = (int)status;
            if (value >= 400 && value < 500)
            {
                return ErrorType.Sender;
            }
            if (value >= 500)
            {
                return ErrorType.Receiver;
            }
            return ErrorType.Unknown;
        }
    }
}
