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
    /// The one translator of every operation's failures: turns what the AWS SDK throws for a call (MonitorContact, a
    /// lookup, any operation on the call path) into a <see cref="ConnectServiceException"/> whose id is in the module's
    /// error table and whose message a person can act on, built only from cleaned text. The SDK exception stays
    /// available as the (cleaned) inner exception.
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

        /// <summary>Classifies a service error code.</summary>
        public static ConnectServiceErrorKind KindOf(string errorCode) =>
            errorCode != null && KindsByCode.TryGetValue(errorCode, out var kind) ? kind : ConnectServiceErrorKind.Unknown;

        /// <summary>A MonitorContact failure (see <see cref="Translate(Exception, CallTarget)"/>).</summary>
        public static ConnectServiceException Translate(Exception exception, MonitorContactTarget target) =>
            Translate(exception, CallTarget.MonitorContact(target));

        /// <summary>Any operation's failure, as the documented error it is.</summary>
        public static ConnectServiceException Translate(Exception exception, CallTarget target)
        {
            if (exception is ConnectServiceException already)
            {
                return already;
            }

            if (exception is Pacing.AttemptBudgetSpentException spent && spent.InnerException != null)
            {
                return Translate(spent.InnerException, target);
            }

            var requestId = (exception as AmazonServiceException)?.RequestId;
            var cut = Find<ResponseCutException>(exception);
            if (cut != null)
            {
                return Build(ConnectServiceErrorKind.Transport, ConnectErrorCodes.ConnectionFailure, cut.Message + target.RepeatNote, 0, requestId, target, exception);
            }

            var tooLarge = Find<ResponseTooLargeException>(exception);
            if (tooLarge != null)
            {
                return Build(ConnectServiceErrorKind.InvalidResponse, ConnectErrorCodes.InvalidResponse, tooLarge.Message,
                    (int)((exception as AmazonServiceException)?.StatusCode ?? 0), requestId, target, exception);
            }

            switch (exception)
            {
                case ConnectRequestValidationException invalid:
                    return Build(ConnectServiceErrorKind.InvalidRequest, "InvalidParameterException", invalid.Message, 0, null, target, exception);
                case AmazonUnmarshallingException unmarshalling:
                    return Build(ConnectServiceErrorKind.InvalidResponse, ConnectErrorCodes.InvalidResponse,
                        "the response could not be read: " + unmarshalling.Message, (int)unmarshalling.StatusCode, unmarshalling.RequestId, target, exception);
                case AmazonServiceException service when IsTransport(service.InnerException) && service.StatusCode == 0:
                    return Transport(service.InnerException, target, exception);
                case AmazonServiceException service when string.IsNullOrEmpty(service.ErrorCode):
                    return WithoutErrorCode((int)service.StatusCode, service, target);
                case AmazonServiceException service:
                    return Build(KindOf(service.ErrorCode), service.ErrorCode, service.Message, (int)service.StatusCode, service.RequestId, target, exception);
                default:
                    if (IsTransport(exception) || IsTransport(exception.InnerException))
                    {
                        return Transport(exception, target, exception);
                    }

                    if (IsSdkCapacityRefusal(exception))
                    {
                        return Build(ConnectServiceErrorKind.ClientError, ConnectErrorCodes.ClientError,
                            "the AWS SDK's adaptive retry mode (AWS_RETRY_MODE=adaptive or retry_mode = adaptive) refused to send: its own " +
                            "client-side rate limiter could not obtain capacity, and with -MaxRequestsPerSecond 0 nothing else paces the " +
                            "calls (in this AWSSDK.Core version that limiter stalls after a throttle)",
                            0, null, target, exception,
                            "Leave out -MaxRequestsPerSecond 0 (the module's own pacing then replaces the SDK's limiter) or use retry mode standard.");
                    }

                    return Build(ConnectServiceErrorKind.ClientError, ConnectErrorCodes.ClientError,
                        "the AWS SDK could not make the call (" + exception.GetType().Name + "): " + OutsideError.MessageOf(exception), 0, null, target, exception);
            }
        }

        // AWSSDK.Core's AdaptiveRetryPolicy, when its token bucket gives no capacity (AmazonClientException, no error code).
        private static bool IsSdkCapacityRefusal(Exception exception) =>
            exception is AmazonClientException && !(exception is AmazonServiceException) &&
            exception.Message.IndexOf("capacity could not be obtained", StringComparison.OrdinalIgnoreCase) >= 0;

        /// <summary>A failure found after the service answered 200 (the answer does not fit the request).</summary>
        public static ConnectServiceException InvalidAnswer(string code, string problem, string requestId, MonitorContactTarget target) =>
            InvalidAnswer(code, problem, requestId, CallTarget.MonitorContact(target));

        /// <summary>A failure found after the service answered 200 (an answer of the wrong shape, a page that never ends).</summary>
        public static ConnectServiceException InvalidAnswer(string code, string problem, string requestId, CallTarget target) =>
            Build(ConnectServiceErrorKind.InvalidResponse, code, problem, 200, requestId, target, null);

        // An answer that names no error code is not Amazon Connect's own (a proxy's or load balancer's page, a redirect):
        // a failing server (5xx) may work later; anything else is an endpoint that does not answer like the service.
        private static ConnectServiceException WithoutErrorCode(int status, AmazonServiceException service, CallTarget target)
        {
            if (status >= 500)
            {
                return Build(ConnectServiceErrorKind.InternalService, ConnectErrorCodes.ServiceUnavailable,
                    $"HTTP {status} without an Amazon Connect error code. {service.Message}", status, service.RequestId, target, service);
            }

            var what = status >= 300 && status < 400 ? "a redirect (HTTP " + status + "), which Amazon Connect never sends" : "HTTP " + status + " without an Amazon Connect error code";
            return Build(ConnectServiceErrorKind.InvalidResponse, ConnectErrorCodes.InvalidResponse, $"the endpoint answered with {what}. {service.Message}",
                status, service.RequestId, target, service);
        }

        private static ConnectServiceException Transport(Exception cause, CallTarget target, Exception original)
        {
            var what = cause is TimeoutException || cause is OperationCanceledException
                ? "the request timed out"
                : "the connection failed: " + cause.Message;
            return Build(ConnectServiceErrorKind.Transport, ConnectErrorCodes.ConnectionFailure, what, 0, null, target, original);
        }

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
            CallTarget target, Exception inner, string hint = null)
        {
            code = OutsideText.Clean(code, 100);
            serviceMessage = OutsideText.Clean(serviceMessage);
            requestId = OutsideText.Clean(requestId, 200);
            var detail = string.IsNullOrWhiteSpace(serviceMessage) ? "" : " " + serviceMessage.Trim().TrimEnd('.') + ".";
            var where = status > 0 ? $" (HTTP {status}" + (string.IsNullOrEmpty(requestId) ? ")" : $", request id {requestId})") : "";
            var message = $"{target.Operation} failed for {target.Subject}: {code}.{detail} {hint ?? target.HintFor(kind)}{where}";
            return new ConnectServiceException(kind, code, message, status, requestId, inner);
        }
    }
}
