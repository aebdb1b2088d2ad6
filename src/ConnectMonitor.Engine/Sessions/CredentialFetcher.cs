using System;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using ConnectMonitor.Engine.Errors;

namespace ConnectMonitor.Engine.Sessions
{
    /// <summary>
    /// Fetches chosen credentials once (calling STS, SSO or a credential process when the kind needs it), so that an
    /// expired SSO token, a denied role or a failing process is one clear configuration error before anything is sent.
    /// The fetched keys are cached by the SDK's credentials object and reused for signing.
    /// </summary>
    internal static class CredentialFetcher
    {
        public static void Fetch(ResolvedCredentials chosen)
        {
            try
            {
                chosen.Credentials.GetCredentials();
            }
            catch (ConnectMonitorException)
            {
                // Already says what went wrong (a credential process that failed or timed out).
                throw;
            }
            catch (Exception ex)
            {
                var own = FindOwn(ex);
                if (own != null)
                {
                    throw own;
                }

                throw Translate(chosen, ex);
            }
        }

        private static ConnectConfigurationException Translate(ResolvedCredentials chosen, Exception ex)
        {
            var service = FindServiceException(ex);
            var profileName = chosen.Profile?.Name;
            var login = profileName == null ? "aws sso login" : $"aws sso login --profile {profileName}";

            if (IsSso(chosen))
            {
                var startUrl = chosen.Profile?.Options?.SsoStartUrl;
                var why = service != null
                    ? $"AWS IAM Identity Center refused the cached token ({service.ErrorCode}, HTTP {(int)service.StatusCode})"
                    : "the cached SSO token has expired or there is none";
                return new ConnectConfigurationException(ConnectConfigurationProblem.SsoTokenExpired,
                    $"Credentials from {chosen.Source} need an AWS IAM Identity Center (SSO) sign-in: {why}" +
                    (string.IsNullOrEmpty(startUrl) ? "" : $" (start URL {startUrl})") +
                    $". Tried the token cache in ~/.aws/sso/cache. Run '{login}' and try again.", ex);
            }

            if (chosen.Credentials is AssumeRoleAWSCredentials || chosen.Credentials is AssumeRoleWithWebIdentityCredentials)
            {
                var role = chosen.RoleArn ?? "the role";
                if (service != null && (service.StatusCode == System.Net.HttpStatusCode.Forbidden || (service.ErrorCode ?? "").StartsWith("AccessDenied", StringComparison.Ordinal)))
                {
                    return new ConnectConfigurationException(ConnectConfigurationProblem.AssumeRoleDenied,
                        $"AWS STS denied assuming {role} for {chosen.Source} ({service.ErrorCode}): {OutsideError.MessageOf(service)} " +
                        "Check the role's trust policy (it must trust the source identity" +
                        (chosen.Profile?.Options?.ExternalID != null ? " with this external_id" : "") +
                        ") and that the source identity may call sts:AssumeRole on it.", ex);
                }

                return new ConnectConfigurationException(ConnectConfigurationProblem.InvalidProfile,
                    $"Assuming {role} for {chosen.Source} failed: {Describe(ex)} Check the profile's role_arn and source_profile (or web identity token file) and the STS endpoint.", ex);
            }

            var problem = chosen.Profile != null ? ConnectConfigurationProblem.InvalidProfile : ConnectConfigurationProblem.InvalidCredentials;
            return new ConnectConfigurationException(problem, $"Credentials from {chosen.Source} could not be obtained: {Describe(ex)}", ex);
        }

        private static bool IsSso(ResolvedCredentials chosen) =>
            chosen.Credentials is SSOAWSCredentials || !string.IsNullOrEmpty(chosen.Profile?.Options?.SsoStartUrl) || !string.IsNullOrEmpty(chosen.Profile?.Options?.SsoSession);

        private static ConnectMonitorException FindOwn(Exception ex)
        {
            for (var current = ex; current != null; current = current.InnerException)
            {
                if (current is ConnectMonitorException own)
                {
                    return own;
                }
            }

            return null;
        }

        private static AmazonServiceException FindServiceException(Exception ex)
        {
            for (var current = ex; current != null; current = current.InnerException)
            {
                if (current is AmazonServiceException service)
                {
                    return service;
                }
            }

            return null;
        }

        // The innermost message says what actually went wrong; the SDK's own messages name no secret.
        private static string Describe(Exception ex)
        {
            var inner = ex;
            while (inner.InnerException != null)
            {
                inner = inner.InnerException;
            }

            return inner == ex ? OutsideError.MessageOf(ex) : $"{OutsideError.MessageOf(ex)} ({OutsideError.MessageOf(inner)})";
        }
    }
}
