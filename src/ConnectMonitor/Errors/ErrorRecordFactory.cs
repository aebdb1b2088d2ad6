using System;
using System.Management.Automation;
using ConnectMonitor.Engine.Errors;

namespace ConnectMonitor.Errors
{
    /// <summary>Builds the ErrorRecords the cmdlets write: precise categories, stable ids, the input as target.</summary>
    internal static class ErrorRecordFactory
    {
        public static ErrorRecord ForServiceFailure(ConnectServiceException exception, object target) =>
            new ErrorRecord(exception, exception.ErrorCode, CategoryOf(exception.Kind), target)
            {
                ErrorDetails = new ErrorDetails(exception.Message)
                {
                    RecommendedAction = RecommendedActionOf(exception.Kind),
                },
            };

        public static ErrorRecord ForConfiguration(ConnectConfigurationException exception, object target) =>
            new ErrorRecord(exception, exception.Problem.ToString(), CategoryOf(exception.Problem), target);

        public static ErrorRecord ForInvalidInput(string errorId, string message, object target) =>
            new ErrorRecord(new ArgumentException(message), errorId, ErrorCategory.InvalidArgument, target);

        /// <summary>A failure the engine did not classify, as an error for its input (id <see cref="ErrorIds.UnexpectedError"/>).</summary>
        public static ErrorRecord ForUnexpected(Exception exception, object target) =>
            new ErrorRecord(
                new InvalidOperationException($"The call for this input failed unexpectedly ({exception.GetType().Name}): {exception.Message}", exception),
                ErrorIds.UnexpectedError,
                ErrorCategory.InvalidOperation,
                target);

        public static ErrorCategory CategoryOf(ConnectServiceErrorKind kind)
        {
            switch (kind)
            {
                case ConnectServiceErrorKind.InvalidRequest: return ErrorCategory.InvalidArgument;
                case ConnectServiceErrorKind.AccessDenied: return ErrorCategory.PermissionDenied;
                case ConnectServiceErrorKind.ResourceNotFound: return ErrorCategory.ObjectNotFound;
                case ConnectServiceErrorKind.Idempotency: return ErrorCategory.ResourceExists;
                case ConnectServiceErrorKind.ServiceQuotaExceeded: return ErrorCategory.QuotaExceeded;
                case ConnectServiceErrorKind.Throttling: return ErrorCategory.LimitsExceeded;
                case ConnectServiceErrorKind.InternalService: return ErrorCategory.NotSpecified;
                case ConnectServiceErrorKind.Transport: return ErrorCategory.ConnectionError;
                case ConnectServiceErrorKind.InvalidResponse: return ErrorCategory.InvalidResult;
                case ConnectServiceErrorKind.Authentication: return ErrorCategory.AuthenticationError;
                case ConnectServiceErrorKind.ClientError: return ErrorCategory.InvalidOperation;
                default: return ErrorCategory.NotSpecified;
            }
        }

        private static ErrorCategory CategoryOf(ConnectConfigurationProblem problem)
        {
            switch (problem)
            {
                case ConnectConfigurationProblem.NoCredentials: return ErrorCategory.AuthenticationError;
                case ConnectConfigurationProblem.InvalidCredentials: return ErrorCategory.AuthenticationError;
                case ConnectConfigurationProblem.ProfileNotFound: return ErrorCategory.ObjectNotFound;
                case ConnectConfigurationProblem.InvalidProfile: return ErrorCategory.InvalidData;
                case ConnectConfigurationProblem.NoRegion: return ErrorCategory.InvalidOperation;
                case ConnectConfigurationProblem.SsoTokenExpired: return ErrorCategory.AuthenticationError;
                case ConnectConfigurationProblem.AssumeRoleDenied: return ErrorCategory.PermissionDenied;
                case ConnectConfigurationProblem.InvalidConfigFile: return ErrorCategory.InvalidData;
                case ConnectConfigurationProblem.CredentialProcessTimeout: return ErrorCategory.OperationTimeout;
                default: return ErrorCategory.InvalidArgument;
            }
        }

        private static string RecommendedActionOf(ConnectServiceErrorKind kind)
        {
            switch (kind)
            {
                case ConnectServiceErrorKind.Throttling:
                case ConnectServiceErrorKind.InternalService:
                case ConnectServiceErrorKind.Transport:
                    return "Retry the failed contacts: pipe them ($err.TargetObject) into Start-ConnectContactMonitor again.";
                default:
                    return null;
            }
        }
    }
}
