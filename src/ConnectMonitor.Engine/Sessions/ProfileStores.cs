using System;
using Amazon.Runtime.CredentialManagement;
using ConnectMonitor.Engine.Errors;

namespace ConnectMonitor.Engine.Sessions
{
    /// <summary>
    /// Opens the shared config/credentials profile store as the files are named right now: the credentials file is
    /// -ProfileLocation, else AWS_SHARED_CREDENTIALS_FILE, else <c>~/.aws/credentials</c>; the config file is
    /// AWS_CONFIG_FILE, else <c>~/.aws/config</c>, whichever credentials file is used (as the AWS CLI reads them). The
    /// SDK fixes the config file's location once per process; a long-lived PowerShell session follows the variable.
    /// </summary>
    internal static class ProfileStores
    {
        /// <summary>The store; the files are checked first (a broken file is an InvalidConfigFile error).</summary>
        public static SharedCredentialsFile Open(string profileLocation)
        {
            SharedConfigFiles.CheckConfig();
            SharedConfigFiles.CheckCredentials(profileLocation);
            try
            {
                var file = new SharedCredentialsFile(SharedConfigFiles.CredentialsPath(profileLocation));
                var configPath = SharedConfigFiles.ConfigPath;
                if (SdkInternals.ConfigFilePathSetter != null && SdkInternals.StoreRefresh != null && !string.Equals(file.ConfigFilePath, configPath, StringComparison.Ordinal))
                {
                    SdkInternals.ConfigFilePathSetter.Invoke(file, new object[] { configPath });
                    SdkInternals.StoreRefresh.Invoke(file, null);
                }

                return file;
            }
            catch (Exception ex) when (ex is System.IO.InvalidDataException || ex.InnerException is System.IO.InvalidDataException)
            {
                // The SDK also reads the config file it found first in this process; that one may be broken.
                throw new ConnectConfigurationException(ConnectConfigurationProblem.InvalidConfigFile,
                    "A shared AWS config or credentials file cannot be parsed (the AWS SDK reported it; the line is not shown, as it may hold a secret). " +
                    "Check AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE and the files in ~/.aws.");
            }
        }
    }
}
