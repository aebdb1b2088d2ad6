using System;
using System.IO;
using System.Net.Http;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;
using ConnectMonitor.Engine.Connect;
using ConnectMonitor.Engine.Errors;

namespace ConnectMonitor.Engine.Supervision
{
    /// <summary>
    /// Turns what the SDK throws for a lookup (GetCurrentUserData, a name search) into a <see cref="ConnectServiceException"/>
    /// whose message names the operation, the instance and the region, with what to check.
    /// </summary>
    internal static class LookupErrorTranslator
    {
        public static ConnectServiceException Translate(Exception exception, string operation, string instanceId, string region)
        {
            switch (exception)
            {
                case ConnectServiceException already:
                    return already;
                case ConnectRequestValidationException invalid:
                    return Build(ConnectServiceErrorKind.InvalidRequest, "InvalidParameter", invalid.Message, 0, null, operation, instanceId, region, exception);
                case AmazonUnmarshallingException unmarshalling:
                    return Build(ConnectServiceErrorKind.InvalidResponse, "InvalidResponse", "the response could not be read: " + unmarshalling.Message,
                        (int)unmarshalling.StatusCode, unmarshalling.RequestId, operation, instanceId, region, exception);
                case AmazonServiceException service when service.StatusCode == 0 && IsTransport(service.InnerException):
                    return Transport(service.InnerException, operation, instanceId, region, exception);
                case AmazonServiceException service:
                    var code = string.IsNullOrEmpty(service.ErrorCode) ? $"Http{(int)service.StatusCode}" : service.ErrorCode;
                    var kind = ServiceErrorTranslator.KindOf(service.ErrorCode);
                    if (kind == ConnectServiceErrorKind.Unknown && string.IsNullOrEmpty(service.ErrorCode) && (int)service.StatusCode >= 500)
                    {
                        kind = ConnectServiceErrorKind.InternalService;
                    }
                    return Build(kind, code, service.Message, (int)service.StatusCode, service.RequestId, operation, instanceId, region, exception);
                default:
                    if (IsTransport(exception) || IsTransport(exception.InnerException))
                    {
                        return Transport(exception, operation, instanceId, region, exception);
                    }
                    return Build(ConnectServiceErrorKind.Unknown, exception.GetType().Name, exception.Message, 0, null, operation, instanceId, region, exception);
            }
        }

        public static ConnectServiceException TooManyPages(string operation, string instanceId, string region, int pages) =>
            Build(ConnectServiceErrorKind.InvalidResponse, "TooManyPages", $"still a NextToken after {pages} pages", 0, null, operation, instanceId, region, null);

        private static ConnectServiceException Transport(Exception cause, string operation, string instanceId, string region, Exception original)
        {
            var what = cause is TimeoutException || cause is OperationCanceledException ? "the request timed out" : "the connection failed: " + cause.Message;
            return Build(ConnectServiceErrorKind.Transport, "ConnectionFailure", what, 0, null, operation, instanceId, region, original);
        }

        private static bool IsTransport(Exception exception) =>
            exception is HttpRequestException || exception is IOException || exception is TimeoutException ||
            exception is System.Net.WebException || exception is System.Net.Sockets.SocketException ||
            exception is OperationCanceledException;

        private static ConnectServiceException Build(ConnectServiceErrorKind kind, string code, string serviceMessage, int status, string requestId,
            string operation, string instanceId, string region, Exception inner)
        {
            var detail = string.IsNullOrWhiteSpace(serviceMessage) ? "" : " " + serviceMessage.Trim().TrimEnd('.') + ".";
            var where = status > 0 ? $" (HTTP {status}" + (string.IsNullOrEmpty(requestId) ? ")" : $", request id {requestId})") : "";
            var message = $"{operation} failed for instance '{instanceId}' (region {region}): {code}.{detail} {Hint(kind, operation)}{where}";
            return new ConnectServiceException(kind, code, message, status, requestId, inner);
        }

        private static string Hint(ConnectServiceErrorKind kind, string operation)
        {
            switch (kind)
            {
                case ConnectServiceErrorKind.AccessDenied:
                    return $"Check that your IAM identity is allowed connect:{operation} on this instance.";
                case ConnectServiceErrorKind.ResourceNotFound:
                    return "Check the instance id and the region.";
                case ConnectServiceErrorKind.Throttling:
                    return $"Still throttled after retries: the account's {operation} quota is used up; try again later or request a higher quota.";
                case ConnectServiceErrorKind.InvalidRequest:
                    return "Check the filters and names given.";
                case ConnectServiceErrorKind.Authentication:
                    return "The service did not accept the credentials: check the access key, secret key, session token and the system clock.";
                case ConnectServiceErrorKind.Transport:
                    return "Check the network path to the endpoint (proxy, VPC endpoint, -EndpointUrl) and try again.";
                case ConnectServiceErrorKind.InternalService:
                    return "Amazon Connect failed to process the request; try again later.";
                default:
                    return "See the error code and request id for details.";
            }
        }
    }
}
