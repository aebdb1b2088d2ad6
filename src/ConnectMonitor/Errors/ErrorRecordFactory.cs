using System;
using System.Collections.Generic;
using System.Management.Automation;
using ConnectMonitor.Engine.Errors;

namespace ConnectMonitor.Errors
{
    /// <summary>Builds the ErrorRecords the cmdlets write: precise categories, stable ids, the input as target.</summary>
    internal static class ErrorRecordFactory
    {
        // The seam: the engine's exceptions live in the module's private load context, where PowerShell cannot name
        // them; what goes into an ErrorRecord is one of the public types of this assembly, the engine's as its inner.

        /// <summary>A service failure for one call, when only the target is at hand.</summary>
        public static ErrorRecord ForServiceFailure(ConnectServiceException exception, object target) =>
            ForServiceFailure(exception, target, null, null, null, null);

        /// <summary>
        /// A service failure for one call; <paramref name="region"/> is where it was signed for, when known. For a
        /// MonitorContact call (contact, instance and user known) the recommended action names the likely causes of the
        /// error code, the fix of a known service message, and the Test-ConnectContactMonitor command line for the input.
        /// </summary>
        public static ErrorRecord ForServiceFailure(ConnectServiceException exception, object target, string contactId, string instanceId, string userId, string region,
            IReadOnlyList<string> capabilities = null)
        {
            var error = new ContactMonitorServiceException(
                exception.Message, exception.ErrorCode, exception.StatusCode, exception.RequestId,
                contactId ?? target as string, instanceId, userId, region, exception);
            var notAUserId = exception.Kind == ConnectServiceErrorKind.ResourceNotFound && userId != null && !Guid.TryParse(userId, out _);
            return new ErrorRecord(error, exception.ErrorCode, CategoryOf(exception.Kind, exception.StatusCode), target)
            {
                ErrorDetails = new ErrorDetails(notAUserId ? exception.Message + " " + UserIdHint(userId) : exception.Message)
                {
                    RecommendedAction = notAUserId ? UserIdHint(userId) : WhyMonitorContactFailed(exception, contactId, instanceId, userId, region, capabilities) ?? RecommendedActionOf(exception.Kind),
                },
            };
        }

        private static string WhyMonitorContactFailed(ConnectServiceException exception, string contactId, string instanceId, string userId, string region,
            IReadOnlyList<string> capabilities) =>
            contactId == null || instanceId == null || userId == null
                ? null
                : TroubleshootingFacts.RecommendedAction(exception.ErrorCode, exception.Message, TestCommandLine.For(contactId, instanceId, userId, capabilities, region));

        public static ErrorRecord ForConfiguration(ConnectConfigurationException exception, object target)
        {
            var id = exception.Problem.ToString();
            return new ErrorRecord(new ContactMonitorConfigurationException(id, exception.Message, target as string, exception), id, CategoryOf(exception.Problem), target);
        }

        /// <summary>A service failure for one input, about its contact, instance and supervisor.</summary>
        public static ErrorRecord ForServiceFailure(ConnectServiceException exception, ErrorSubject subject) =>
            ForServiceFailure(exception, subject.Target, subject.ContactId, subject.InstanceId, subject.UserId, null);

        /// <summary>A configuration problem met for one input, about its contact, instance and supervisor.</summary>
        public static ErrorRecord ForConfiguration(ConnectConfigurationException exception, ErrorSubject subject)
        {
            var id = exception.Problem.ToString();
            return new ErrorRecord(
                new ContactMonitorConfigurationException(id, exception.Message, subject.ContactId, subject.InstanceId, subject.UserId, exception),
                id, CategoryOf(exception.Problem), subject.Target);
        }

        public static ErrorRecord ForInvalidInput(string errorId, string message, object target) =>
            new ErrorRecord(new ContactMonitorInputException(errorId, message, target as string), errorId, ErrorCategory.InvalidArgument, target);

        /// <summary>One input that cannot be sent as given, about its contact, instance and supervisor; nothing sent for it.</summary>
        public static ErrorRecord ForInvalidInput(string errorId, string message, ErrorSubject subject, ErrorCategory category = ErrorCategory.InvalidArgument) =>
            new ErrorRecord(
                new ContactMonitorInputException(errorId, message, subject.ContactId, subject.InstanceId, subject.UserId, null),
                errorId, category, subject.Target);

        // Amazon Connect user ids are GUIDs; a login name (jane.supervisor) is the usual mistake.
        private static string UserIdHint(string userId) =>
            $"-UserId '{userId}' is not a user id: Amazon Connect needs the supervisor's user id, a GUID such as " +
            "5b9c7e2a-8d41-4f3e-a6b0-9c8d7e6f5a41, not the login name. Find it with Get-CONNUserList -InstanceId <instance> " +
            "(AWS.Tools.Connect) or 'aws connect list-users --instance-id <instance>', or as the last part of the user's ARN " +
            "in the Amazon Connect console.";

        /// <summary>A failure the engine did not classify, as an error for its input (id <see cref="ErrorIds.UnexpectedError"/>).</summary>
        public static ErrorRecord ForUnexpected(Exception exception, object target) =>
            new ErrorRecord(
                new ContactMonitorUnexpectedException(
                    $"The call for this input failed unexpectedly ({exception.GetType().Name}): {Engine.Text.OutsideText.Clean(exception.Message)}", target as string, exception),
                ErrorIds.UnexpectedError,
                ErrorCategory.InvalidOperation,
                target);

        /// <summary>
        /// The category of a service failure. A failing service (InternalServiceException, or any 5xx answer with an
        /// error code the model does not define) is ResourceUnavailable: the request may work later, unchanged.
        /// </summary>
        public static ErrorCategory CategoryOf(ConnectServiceErrorKind kind, int statusCode)
        {
            switch (kind)
            {
                case ConnectServiceErrorKind.InvalidRequest: return ErrorCategory.InvalidArgument;
                case ConnectServiceErrorKind.AccessDenied: return ErrorCategory.PermissionDenied;
                case ConnectServiceErrorKind.ResourceNotFound: return ErrorCategory.ObjectNotFound;
                case ConnectServiceErrorKind.Idempotency: return ErrorCategory.ResourceExists;
                case ConnectServiceErrorKind.ServiceQuotaExceeded: return ErrorCategory.QuotaExceeded;
                case ConnectServiceErrorKind.Throttling: return ErrorCategory.LimitsExceeded;
                case ConnectServiceErrorKind.InternalService: return ErrorCategory.ResourceUnavailable;
                case ConnectServiceErrorKind.Transport: return ErrorCategory.ConnectionError;
                case ConnectServiceErrorKind.InvalidResponse: return ErrorCategory.InvalidResult;
                case ConnectServiceErrorKind.Authentication: return ErrorCategory.AuthenticationError;
                case ConnectServiceErrorKind.ClientError: return ErrorCategory.InvalidOperation;
                default: return statusCode >= 500 ? ErrorCategory.ResourceUnavailable : ErrorCategory.NotSpecified;
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
                case ConnectConfigurationProblem.InvalidSetting: return ErrorCategory.InvalidData;
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
                    return "Retry the failed contacts: collect the errors with -ErrorVariable (for example -ErrorVariable failed) and pipe " +
                           "their TargetObject (each failed input as it came) into Start-ConnectContactMonitor again.";
                default:
                    return null;
            }
        }
    }
}
