using System;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using ConnectMonitor.Engine.Errors;

namespace ConnectMonitor.Engine.Sessions
{
    /// <summary>
    /// Finds the credentials to sign with: a named profile when one is given (a missing profile is an error, never a
    /// fall-through), otherwise the default chain: environment variables, the AWS_PROFILE or <c>default</c> profile,
    /// container credentials, instance metadata.
    /// </summary>
    internal static class CredentialResolver
    {
        public static AWSCredentials Resolve(ConnectSessionSettings settings)
        {
            if (!string.IsNullOrEmpty(settings.ProfileName))
            {
                return FromProfile(settings.ProfileName, settings.ProfileLocation);
            }

            var credentials = FromEnvironment() ?? FromDefaultProfiles(settings.ProfileLocation) ?? FromContainer() ?? FromInstanceMetadata();
            if (credentials != null)
            {
                return credentials;
            }

            throw new ConnectConfigurationException(
                ConnectConfigurationProblem.NoCredentials,
                "No AWS credentials were found. Tried: environment variables (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY), " +
                "the AWS_PROFILE or 'default' profile in the shared config and credentials files, container credentials " +
                "and instance metadata. Pass -ProfileName, or configure a profile with 'aws configure'.");
        }

        // The chain is walked here rather than through the SDK's DefaultAWSCredentialsIdentityResolver, which caches
        // process-wide: a long-lived PowerShell session must see the environment and files as they are now.
        private static AWSCredentials FromEnvironment()
        {
            var accessKey = Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID");
            var secretKey = Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY");
            if (string.IsNullOrEmpty(accessKey) || string.IsNullOrEmpty(secretKey))
            {
                return null;
            }

            var sessionToken = Environment.GetEnvironmentVariable("AWS_SESSION_TOKEN");
            return string.IsNullOrEmpty(sessionToken)
                ? new BasicAWSCredentials(accessKey, secretKey)
                : (AWSCredentials)new SessionAWSCredentials(accessKey, secretKey, sessionToken);
        }

        private static AWSCredentials FromDefaultProfiles(string profileLocation)
        {
            var store = ProfileStores.Open(profileLocation);
            foreach (var name in new[] { Environment.GetEnvironmentVariable("AWS_PROFILE"), "default" })
            {
                // A profile that only sets a region (common for 'default' in the config file) gives no credentials:
                // go on down the chain. One whose credential settings fail is an error.
                if (!string.IsNullOrWhiteSpace(name) && store.TryGetProfile(name.Trim(), out _))
                {
                    var credentials = TryProfileCredentials(store, name.Trim());
                    if (credentials != null)
                    {
                        return credentials;
                    }
                }
            }

            return null;
        }

        private static AWSCredentials FromContainer()
        {
            var relative = Environment.GetEnvironmentVariable("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI");
            var full = Environment.GetEnvironmentVariable("AWS_CONTAINER_CREDENTIALS_FULL_URI");
            return string.IsNullOrEmpty(relative) && string.IsNullOrEmpty(full) ? null : new GenericContainerCredentials();
        }

        private static AWSCredentials FromInstanceMetadata()
        {
            if (string.Equals(Environment.GetEnvironmentVariable("AWS_EC2_METADATA_DISABLED"), "true", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            try
            {
                var credentials = new InstanceProfileAWSCredentials();
                credentials.GetCredentials();
                return credentials;
            }
            catch (Exception)
            {
                // Not on EC2, or no role attached: this link of the chain has nothing.
                return null;
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

            var credentials = TryProfileCredentials(store, profileName);
            if (credentials != null)
            {
                return credentials;
            }

            throw new ConnectConfigurationException(
                ConnectConfigurationProblem.InvalidProfile,
                $"The AWS profile '{profileName}' exists but does not define usable credentials " +
                "(for example aws_access_key_id and aws_secret_access_key, a role to assume, or an SSO session).");
        }

        private static AWSCredentials TryProfileCredentials(CredentialProfileStoreChain store, string profileName)
        {
            try
            {
                return store.TryGetAWSCredentials(profileName, out var credentials) ? credentials : null;
            }
            catch (Exception ex)
            {
                throw new ConnectConfigurationException(
                    ConnectConfigurationProblem.InvalidProfile,
                    $"The AWS profile '{profileName}' could not give credentials: {ex.Message}",
                    ex);
            }
        }
    }
}
