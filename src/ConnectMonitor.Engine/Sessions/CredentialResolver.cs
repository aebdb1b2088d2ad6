using System;
using Amazon.Runtime;
using Amazon.Runtime.Credentials;
using ConnectMonitor.Engine.Errors;

namespace ConnectMonitor.Engine.Sessions
{
    /// <summary>
    /// Finds the credentials to sign with: a named profile when one is given (a missing profile is an error, never a
    /// fall-through), otherwise the SDK's default chain (environment, AWS_PROFILE or <c>default</c> profile,
    /// container credentials, instance metadata).
    /// </summary>
    internal static class CredentialResolver
    {
        public static AWSCredentials Resolve(ConnectSessionSettings settings)
        {
            if (!string.IsNullOrEmpty(settings.ProfileName))
            {
                return FromProfile(settings.ProfileName, settings.ProfileLocation);
            }

            try
            {
                return new DefaultAWSCredentialsIdentityResolver().ResolveIdentity(clientConfig: null);
            }
            catch (AmazonClientException ex)
            {
                throw new ConnectConfigurationException(
                    ConnectConfigurationProblem.NoCredentials,
                    "No AWS credentials were found. Tried: environment variables (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY), " +
                    "the AWS_PROFILE or 'default' profile in the shared config and credentials files, container credentials " +
                    "and instance metadata. Pass -ProfileName, or configure a profile with 'aws configure'.",
                    ex);
            }
        }

        private static AWSCredentials FromProfile(string profileName, string profileLocation)
        {
            var store = ProfileStores.Open(profileLocation);
            if (!store.TryGetProfile(profileName, out _))
            {
                var where = string.IsNullOrEmpty(profileLocation) ? "the shared config and credentials files" : $"'{profileLocation}'";
                throw new ConnectConfigurationException(
                    ConnectConfigurationProblem.ProfileNotFound,
                    $"The AWS profile '{profileName}' was not found in {where}. Check the name (profiles are case-sensitive) or the file location.");
            }

            try
            {
                if (store.TryGetAWSCredentials(profileName, out var credentials))
                {
                    return credentials;
                }
            }
            catch (Exception ex) when (!(ex is ConnectMonitorException))
            {
                throw new ConnectConfigurationException(
                    ConnectConfigurationProblem.InvalidProfile,
                    $"The AWS profile '{profileName}' could not give credentials: {ex.Message}",
                    ex);
            }

            throw new ConnectConfigurationException(
                ConnectConfigurationProblem.InvalidProfile,
                $"The AWS profile '{profileName}' exists but does not define usable credentials " +
                "(for example aws_access_key_id and aws_secret_access_key, a role to assume, or an SSO session).");
        }
    }
}
