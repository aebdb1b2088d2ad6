using System;
using System.Threading;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using ConnectMonitor.Engine.Errors;
using ConnectMonitor.Engine.Inputs;

namespace ConnectMonitor.Engine.Sessions
{
    /// <summary>
    /// Finds the credentials to sign with, in the order AWS Tools for PowerShell uses: explicit keys, a named profile
    /// (a missing profile is an error, never a fall-through), an explicit credential object, the shell's stored
    /// credentials, then the default chain: environment variables, web identity variables, the AWS_PROFILE or
    /// <c>default</c> profile, container credentials, instance metadata. The credentials are fetched once here (STS,
    /// SSO, a credential process) so that every failure is a configuration error raised before any Connect request.
    /// </summary>
    internal static class CredentialResolver
    {
        private const string HowToFix =
            "Pass -ProfileName, -Credential or -AccessKey/-SecretKey, set $StoredAWSCredentials (Set-AWSCredential, if AWS.Tools is installed), set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, " +
            "or create a 'default' profile with 'aws configure'.";

        public static ResolvedCredentials Resolve(ConnectSessionSettings settings, CancellationToken cancellation = default)
        {
            var chosen = Choose(settings, cancellation);
            CredentialFetcher.Fetch(chosen);
            return chosen;
        }

        private static ResolvedCredentials Choose(ConnectSessionSettings settings, CancellationToken cancellation)
        {
            if (settings.AccessKeys != null)
            {
                return FromInput(settings.AccessKeys);
            }

            if (!string.IsNullOrEmpty(settings.ProfileName))
            {
                return FromNamedProfile(settings.ProfileName, settings.ProfileLocation, cancellation);
            }

            if (settings.Credential != null)
            {
                return FromInput(settings.Credential);
            }

            if (settings.ShellCredential != null)
            {
                return FromInput(settings.ShellCredential);
            }

            var credentials = FromEnvironment() ?? FromWebIdentityEnvironment() ?? FromDefaultProfiles(settings.ProfileLocation, cancellation)
                ?? FromContainer() ?? FromInstanceMetadata();
            if (credentials != null)
            {
                return credentials;
            }

            throw new ConnectConfigurationException(
                ConnectConfigurationProblem.NoCredentials,
                "No AWS credentials were found. Tried: -AccessKey/-SecretKey, -ProfileName, -Credential, $StoredAWSCredentials, " +
                "environment variables (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_ROLE_ARN/AWS_WEB_IDENTITY_TOKEN_FILE), " +
                "the AWS_PROFILE or 'default' profile in the shared config and credentials files, container credentials " +
                "and instance metadata. " + HowToFix);
        }

        private static ResolvedCredentials FromInput(CredentialInput input)
        {
            CredentialValues values;
            try
            {
                values = input.Read();
            }
            catch (Exception ex) when (ex is InvalidOperationException || ex is ArgumentException)
            {
                throw new ConnectConfigurationException(ConnectConfigurationProblem.InvalidCredentials,
                    $"The credentials given through {input.Source} could not be read: {OutsideError.MessageOf(ex)}", ex);
            }

            if (values == null || string.IsNullOrEmpty(values.AccessKeyId) || string.IsNullOrEmpty(values.SecretKey))
            {
                throw new ConnectConfigurationException(ConnectConfigurationProblem.InvalidCredentials,
                    $"The credentials given through {input.Source} are incomplete: both an access key id and a secret access key are needed " +
                    "(for example -AccessKey with -SecretKey, or a PSCredential whose user name is the access key id and whose password is the secret key).");
            }

            values = CheckedForHeaders(values, input.Source);
            AWSCredentials credentials = values.SessionToken == null
                ? new BasicAWSCredentials(values.AccessKeyId, values.SecretKey)
                : (AWSCredentials)new SessionAWSCredentials(values.AccessKeyId, values.SecretKey, values.SessionToken);
            return new ResolvedCredentials(credentials, input.Source, null);
        }

        /// <summary>
        /// The keys trimmed and checked by the wire-text rules for headers (<see cref="WireText.CredentialProblem"/>):
        /// a control character in a key could add a header to the request. The message names the key, never its value.
        /// </summary>
        private static CredentialValues CheckedForHeaders(CredentialValues values, string source)
        {
            var accessKey = WireText.Trim(values.AccessKeyId);
            var secretKey = WireText.Trim(values.SecretKey);
            var sessionToken = WireText.Trim(values.SessionToken);
            Check("access key id", accessKey, secret: false);
            Check("secret access key", secretKey, secret: true);
            if (sessionToken != null)
            {
                Check("session token", sessionToken, secret: true);
            }

            return new CredentialValues(accessKey, secretKey, sessionToken);

            void Check(string what, string value, bool secret)
            {
                var problem = WireText.CredentialProblem(value);
                if (problem != null)
                {
                    // Of a secret, not even which character at which position: only that the rule was broken.
                    throw new ConnectConfigurationException(ConnectConfigurationProblem.InvalidCredentials,
                        $"The {what} given through {source} " +
                        (secret ? "is empty or has a character that cannot go into an HTTP header (only printable ASCII without spaces is allowed)" : problem) +
                        "; nothing was sent.");
                }
            }
        }

        // The chain is walked here rather than through the SDK's DefaultAWSCredentialsIdentityResolver, which caches
        // process-wide: a long-lived PowerShell session must see the environment and files as they are now.
        private static ResolvedCredentials FromEnvironment()
        {
            var accessKey = Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID");
            var secretKey = Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY");
            if (string.IsNullOrEmpty(accessKey) || string.IsNullOrEmpty(secretKey))
            {
                return null;
            }

            var sessionToken = Environment.GetEnvironmentVariable("AWS_SESSION_TOKEN");
            var credentials = string.IsNullOrEmpty(sessionToken)
                ? new BasicAWSCredentials(accessKey, secretKey)
                : (AWSCredentials)new SessionAWSCredentials(accessKey, secretKey, sessionToken);
            return new ResolvedCredentials(credentials, "the environment variables AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY", null);
        }

        private static ResolvedCredentials FromWebIdentityEnvironment()
        {
            var roleArn = Environment.GetEnvironmentVariable("AWS_ROLE_ARN");
            var tokenFile = Environment.GetEnvironmentVariable("AWS_WEB_IDENTITY_TOKEN_FILE");
            if (string.IsNullOrEmpty(roleArn) || string.IsNullOrEmpty(tokenFile))
            {
                return null;
            }

            var credentials = new AssumeRoleWithWebIdentityCredentials(tokenFile, roleArn, Environment.GetEnvironmentVariable("AWS_ROLE_SESSION_NAME"));
            return new ResolvedCredentials(credentials, "the environment variables AWS_ROLE_ARN/AWS_WEB_IDENTITY_TOKEN_FILE", null)
            {
                RoleArn = roleArn,
            };
        }

        private static ResolvedCredentials FromDefaultProfiles(string profileLocation, CancellationToken cancellation)
        {
            var store = ProfileStores.Open(profileLocation);
            var named = Environment.GetEnvironmentVariable("AWS_PROFILE");
            if (!string.IsNullOrWhiteSpace(named) && !store.TryGetProfile(named.Trim(), out _))
            {
                // As the AWS CLI: "The config profile (x) could not be found", never a quiet fall-through to 'default'.
                throw new ConnectConfigurationException(
                    ConnectConfigurationProblem.ProfileNotFound,
                    $"The AWS profile '{named.Trim()}' named by AWS_PROFILE was not found in {Where(profileLocation)}. " +
                    "Check the name (profiles are case-sensitive), or clear AWS_PROFILE to use the 'default' profile.");
            }

            foreach (var name in new[] { named, "default" })
            {
                // A profile that only sets a region (common for 'default' in the config file) gives no credentials:
                // go on down the chain. One whose credential settings fail is an error.
                if (!string.IsNullOrWhiteSpace(name) && store.TryGetProfile(name.Trim(), out var profile))
                {
                    var credentials = TryProfileCredentials(store, profile, cancellation);
                    if (credentials != null)
                    {
                        return credentials;
                    }
                }
            }

            return null;
        }

        private static ResolvedCredentials FromContainer()
        {
            var relative = Environment.GetEnvironmentVariable("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI");
            var full = Environment.GetEnvironmentVariable("AWS_CONTAINER_CREDENTIALS_FULL_URI");
            return string.IsNullOrEmpty(relative) && string.IsNullOrEmpty(full)
                ? null
                : new ResolvedCredentials(new GenericContainerCredentials(), "container credentials (AWS_CONTAINER_CREDENTIALS_*)", null);
        }

        private static ResolvedCredentials FromInstanceMetadata()
        {
            if (string.Equals(ConfigSettings.Ec2MetadataDisabled.EnvironmentValue, "true", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            try
            {
                var credentials = new InstanceProfileAWSCredentials();
                credentials.GetCredentials();
                return new ResolvedCredentials(credentials, "EC2 instance metadata", null);
            }
            catch (Exception)
            {
                // Not on EC2, or no role attached: this link of the chain has nothing.
                return null;
            }
        }

        private static string Where(string profileLocation) =>
            string.IsNullOrEmpty(profileLocation)
                ? $"the shared config file '{SharedConfigFiles.ConfigPath}' and credentials file '{SharedConfigFiles.CredentialsPath(null)}'"
                : $"'{profileLocation}' and the config file '{SharedConfigFiles.ConfigPath}'";

        private static ResolvedCredentials FromNamedProfile(string profileName, string profileLocation, CancellationToken cancellation)
        {
            var store = ProfileStores.Open(profileLocation);
            if (!store.TryGetProfile(profileName, out var profile))
            {
                var where = Where(profileLocation);
                throw new ConnectConfigurationException(
                    ConnectConfigurationProblem.ProfileNotFound,
                    $"The AWS profile '{profileName}' was not found in {where}. Check the name (profiles are case-sensitive) or the file location " +
                    "(-ProfileLocation, AWS_SHARED_CREDENTIALS_FILE, AWS_CONFIG_FILE).");
            }

            var credentials = TryProfileCredentials(store, profile, cancellation);
            if (credentials != null)
            {
                return credentials;
            }

            throw new ConnectConfigurationException(
                ConnectConfigurationProblem.InvalidProfile,
                $"The AWS profile '{profileName}' exists but does not define usable credentials " +
                "(for example aws_access_key_id and aws_secret_access_key, a role to assume, credential_process, or an SSO session).");
        }

        private static ResolvedCredentials TryProfileCredentials(SharedCredentialsFile store, CredentialProfile profile, CancellationToken cancellation)
        {
            var sourceProblem = CredentialSourceCheck.ProblemWith(profile.Options.CredentialSource, Environment.GetEnvironmentVariable);
            if (sourceProblem != null)
            {
                throw new ConnectConfigurationException(
                    ConnectConfigurationProblem.InvalidProfile,
                    $"The AWS profile '{profile.Name}' cannot give credentials here: {sourceProblem}.");
            }

            // credential_process runs with a time-out and is killed on stop (the SDK's runner waits for ever).
            if (!string.IsNullOrEmpty(profile.Options.CredentialProcess) && string.IsNullOrEmpty(profile.Options.RoleArn))
            {
                return new ResolvedCredentials(
                    new CredentialProcessCredentials(profile.Options.CredentialProcess, profile.Name, cancellation), $"the profile '{profile.Name}'", profile);
            }

            try
            {
                return AWSCredentialsFactory.TryGetAWSCredentials(profile, store, out var credentials)
                    ? new ResolvedCredentials(SourceProcesses.WithTimeOut(credentials, profile, store, cancellation), $"the profile '{profile.Name}'", profile)
                    : null;
            }
            catch (Exception ex) when (!(ex is ConnectMonitorException))
            {
                throw new ConnectConfigurationException(
                    ConnectConfigurationProblem.InvalidProfile,
                    $"The AWS profile '{profile.Name}' could not give credentials: {OutsideError.MessageOf(ex)}",
                    ex);
            }
        }
    }
}
