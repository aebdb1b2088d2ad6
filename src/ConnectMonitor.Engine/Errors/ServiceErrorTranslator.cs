using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;
using ConnectMonitor.Engine.Connect;
using ConnectMonitor.Engine.Text;

namespace ConnectMonitor.Engine.Errors
{
    /// <summary>
    /// Turns what the AWS SDK throws for a MonitorContact call into a <see cref="ConnectServiceException"/> with a
    /// message a person can act on. The SDK exception stays available as the inner exception.
    /// </summary>
    internal static class ServiceErrorTranslator
    {
        private static readonly Dictionary<string, ConnectServiceErrorKind> KindsByCode =
            new Dictionary<string, ConnectServiceErrorKind>(StringComparer.Ordinal)
            {
                ["InvalidRequestException"] = ConnectServiceErrorKind.InvalidRequest,
                ["InvalidParameterException"] = ConnectServiceErrorKind.InvalidRequest,
                ["AccessDeniedException"] = ConnectServiceErrorKind.AccessDenied,
                ["ResourceNotFoundException"] = ConnectServiceErrorKind.ResourceNotFound,
                ["IdempotencyException"] = ConnectServiceErrorKind.Idempotency,
                ["ServiceQuotaExceededException"] = ConnectServiceErrorKind.ServiceQuotaExceeded,
                ["ThrottlingException"] = ConnectServiceErrorKind.Throttling,
                ["InternalServiceException"] = ConnectServiceErrorKind.InternalService,
                ["UnrecognizedClientException"] = ConnectServiceErrorKind.Authentication,
                ["InvalidSignatureException"] = ConnectServiceErrorKind.Authentication,
                ["MissingAuthenticationTokenException"] = ConnectServiceErrorKind.Authentication,
                ["ExpiredTokenException"] = ConnectServiceErrorKind.Authentication,
                ["InvalidClientTokenId"] = ConnectServiceErrorKind.Authentication,
                ["SignatureDoesNotMatch"] = ConnectServiceErrorKind.Authentication,
            };

        private static readonly Dictionary<ConnectServiceErrorKind, string> Hints =
            new Dictionary<ConnectServiceErrorKind, string>
            {
                [ConnectServiceErrorKind.InvalidRequest] = "Check that the contact is still live and the parameters are valid.",
                [ConnectServiceErrorKind.AccessDenied] = "Either your AWS identity is not allowed connect:MonitorContact on this instance and contact (IAM), or the supervisor's Amazon Connect security profile does not allow monitoring (or barge); the service's text says which.",
                [ConnectServiceErrorKind.ResourceNotFound] = "Check the instance id, contact id and user id, and that the contact belongs to this instance and region.",
                [ConnectServiceErrorKind.Idempotency] = "The client token was already used with different parameters: omit -ClientToken or give a new one.",
                [ConnectServiceErrorKind.ServiceQuotaExceeded] = "A service quota is exceeded (for example concurrent monitoring sessions); end a session or request a quota increase.",
                [ConnectServiceErrorKind.Throttling] = "Still throttled after the SDK's retries: slow down or request a higher MonitorContact quota.",
                [ConnectServiceErrorKind.InternalService] = "Amazon Connect failed to process the request; try again later.",
                [ConnectServiceErrorKind.Authentication] = "The service did not accept the credentials: check the access key, secret key, session token and the system clock.",
                [ConnectServiceErrorKind.Transport] = "Check the network path to the endpoint (proxy, VPC endpoint, -EndpointUrl) and try again.",
                [ConnectServiceErrorKind.InvalidResponse] = "The endpoint did not answer like Amazon Connect; check -EndpointUrl or any proxy in between.",
                [ConnectServiceErrorKind.Unknown] = "See the error code and request id for details.",
                [ConnectServiceErrorKind.ClientError] = "Check the endpoint settings and the AWS SDK configuration (AWS_* environment variables, the shared config file).",
            };

        /// <summary>Classifies a service error code.</summary>
        public static ConnectServiceErrorKind KindOf(string errorCode) =>
            errorCode != null && KindsByCode.TryGetValue(errorCode, out var kind) ? kind : ConnectServiceErrorKind.Unknown;

        public static ConnectServiceException Translate(Exception exception, MonitorContactTarget target)
        {
            if (exception is Pacing.AttemptBudgetSpentException spent && spent.InnerException != null)
            {
                return Translate(spent.InnerException, target);
            }

            var cut = Find<ResponseCutException>(exception);
            if (cut != null)
            {
                return Build(ConnectServiceErrorKind.Transport, ConnectErrorCodes.ConnectionFailure, cut.Message + " (the call may have taken effect; sending it again with the same client token is safe)",
                    0, (exception as AmazonServiceException)?.RequestId, target, exception);
            }

            var tooLarge = Find<ResponseTooLargeException>(exception);
            if (tooLarge != null)
            {
                return Build(ConnectServiceErrorKind.InvalidResponse, ConnectErrorCodes.InvalidResponse, tooLarge.Message,
                    (int)((exception as AmazonServiceException)?.StatusCode ?? 0), (exception as AmazonServiceException)?.RequestId, target, exception);
            }

            switch (exception)
            {
                case AmazonUnmarshallingException unmarshalling:
                    return Build(ConnectServiceErrorKind.InvalidResponse, ConnectErrorCodes.InvalidResponse,
                        "the response could not be read: " + unmarshalling.Message, (int)unmarshalling.StatusCode, unmarshalling.RequestId, target, exception);
                case AmazonServiceException service when IsTransport(service.InnerException) && service.StatusCode == 0:
                    return Transport(service.InnerException, target, exception);
                case AmazonServiceException service:
                    var code = string.IsNullOrEmpty(service.ErrorCode) ? $"Http{(int)service.StatusCode}" : service.ErrorCode;
                    var kind = KindOf(service.ErrorCode);
                    if (kind == ConnectServiceErrorKind.Unknown && string.IsNullOrEmpty(service.ErrorCode) && (int)service.StatusCode >= 500)
                    {
                        kind = ConnectServiceErrorKind.InternalService;
                    }
                    return Build(kind, code, service.Message, (int)service.StatusCode, service.RequestId, target, exception);
                default:
                    if (IsTransport(exception) || IsTransport(exception.InnerException))
                    {
                        return Transport(exception, target, exception);
                    }
                    return Build(ConnectServiceErrorKind.ClientError, ConnectErrorCodes.ClientError,
                        "the AWS SDK could not make the call (" + exception.GetType().Name + "): " + OutsideError.MessageOf(exception), 0, null, target, exception);
            }
        }

        private static ConnectServiceException Transport(Exception cause, MonitorContactTarget target, Exception original)
        {
            var what = cause is TimeoutException || cause is OperationCanceledException
                ? "the request timed out"
                : "the connection failed: " + cause.Message;
            return Build(ConnectServiceErrorKind.Transport, ConnectErrorCodes.ConnectionFailure, what, 0, null, target, original);
        }

        /// <summary>A failure found after the service answered 200 (the answer does not fit the request).</summary>
        public static ConnectServiceException InvalidAnswer(string code, string problem, string requestId, MonitorContactTarget target) =>
            Build(ConnectServiceErrorKind.InvalidResponse, code, problem, 200, requestId, target, null);

        private static T Find<T>(Exception exception) where T : Exception
        {
            for (var current = exception; current != null; current = current.InnerException)
            {
                if (current is T found)
                {
                    return found;
                }
            }

            return null;
        }

        private static bool IsTransport(Exception exception) =>
            exception is HttpRequestException || exception is IOException || exception is TimeoutException ||
            exception is System.Net.WebException || exception is System.Net.Sockets.SocketException ||
            exception is OperationCanceledException;

        private static ConnectServiceException Build(
            ConnectServiceErrorKind kind, string code, string serviceMessage, int status, string requestId,
            MonitorContactTarget target, Exception inner)
        {
            serviceMessage = OutsideText.Clean(serviceMessage);
            var detail = string.IsNullOrWhiteSpace(serviceMessage) ? "" : " " + serviceMessage.Trim().TrimEnd('.') + ".";
            var where = status > 0 ? $" (HTTP {status}" + (string.IsNullOrEmpty(requestId) ? ")" : $", request id {requestId})") : "";
            var message =
                $"MonitorContact failed for contact '{target.ContactId}' (instance '{target.InstanceId}', user '{target.UserId}', region {target.Region}): " +
                $"{code}.{detail} {Hints[kind]}{where}";
            return new ConnectServiceException(kind, code, message, status, requestId, inner);
        }
    }
}
