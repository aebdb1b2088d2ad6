using System;
using System.IO;
using ConnectMonitor.Engine.Errors;

namespace ConnectMonitor.Engine.Sessions
{
    /// <summary>
    /// Points the AWS SDK's own reading of the shared files (its process-wide settings: configured endpoints, retry
    /// mode, FIPS...) at the files in force now, then has it read them again. The SDK fixes both locations once per
    /// process; a long-lived PowerShell session must follow AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE as they
    /// change. A credentials file that does not parse is hidden from the SDK (an empty location instead), so commands
    /// that do not need it (explicit keys, environment variables) still work, as with the AWS CLI; the profile chain
    /// reports it when it gets there. The SDK assembly is the module's own copy (its own load context in PowerShell 7),
    /// so these settings touch no other module.
    /// </summary>
    internal static class SdkSharedFiles
    {
        private static readonly object Gate = new object();
        private static readonly string NoFile = Path.Combine(Path.GetTempPath(), "connectmonitor-no-credentials-file", "credentials");

        /// <summary>
        /// Checks the config file (InvalidConfigFile when it does not parse) and the settings read from the environment
        /// and the profile in force (<see cref="ConfigSettings.Check"/>), points the SDK at the files in force and
        /// re-reads its settings. Must run before any other SDK code reads the files in this pipeline.
        /// </summary>
        public static void Refresh(ConnectSessionSettings settings)
        {
            SharedConfigFiles.CheckConfig();
            ConfigSettings.Check(settings);
            lock (Gate)
            {
                SdkInternals.DefaultConfigFilePath?.SetValue(null, SharedConfigFiles.ConfigPath);
                SdkInternals.DefaultCredentialsFilePath?.SetValue(null, SharedConfigFiles.CredentialsFileParses() ? SharedConfigFiles.CredentialsPath(null) : NoFile);
                try
                {
                    Amazon.Runtime.Internal.FallbackInternalConfigurationFactory.Reset();
                }
                catch (Exception ex) when (ex is InvalidDataException || ex.InnerException is InvalidDataException)
                {
                    throw new ConnectConfigurationException(ConnectConfigurationProblem.InvalidConfigFile,
                        "A shared AWS config or credentials file cannot be parsed (the line is not shown, as it may hold a secret). " +
                        "Check AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE and the files in ~/.aws.");
                }
            }
        }
    }
}
