using System;

namespace ConnectMonitor.Engine.Errors
{
    /// <summary>Why no request could be made at all.</summary>
    public enum ConnectConfigurationProblem
    {
        /// <summary>No credentials were found anywhere in the chain.</summary>
        NoCredentials,
        /// <summary>No region was given or found.</summary>
        NoRegion,
        /// <summary>The region name is not one the SDK knows.</summary>
        UnknownRegion,
        /// <summary>A named profile does not exist.</summary>
        ProfileNotFound,
        /// <summary>A profile exists but its credentials could not be obtained.</summary>
        InvalidProfile,
        /// <summary>The endpoint configuration is invalid (bad URL, FIPS with a custom endpoint...).</summary>
        InvalidEndpoint,
        /// <summary>The explicitly given credentials are incomplete.</summary>
        InvalidCredentials,
        /// <summary>An SSO (IAM Identity Center) profile has no valid cached token: the user must sign in again.</summary>
        SsoTokenExpired,
        /// <summary>STS refused to let the source identity assume the profile's role.</summary>
        AssumeRoleDenied,
        /// <summary>A shared config or credentials file cannot be parsed (the message names the file and line number).</summary>
        InvalidConfigFile,
        /// <summary>A profile's credential_process did not finish within its time-out and was stopped.</summary>
        CredentialProcessTimeout,
        /// <summary>A setting from the environment or the profile in force has a value the AWS CLI would refuse.</summary>
        InvalidSetting,
    }

    /// <summary>
    /// The engine cannot make any request with the settings it was given (credentials, region, endpoint).
    /// Raised before anything is sent; the cmdlet layer turns it into a terminating error.
    /// </summary>
    public sealed class ConnectConfigurationException : ConnectMonitorException
    {
        /// <summary>Creates the exception.</summary>
        public ConnectConfigurationException(ConnectConfigurationProblem problem, string message, Exception innerException = null)
            : base(message, innerException)
        {
            Problem = problem;
        }

        /// <summary>What is missing or wrong.</summary>
        public ConnectConfigurationProblem Problem { get; }
    }
}
