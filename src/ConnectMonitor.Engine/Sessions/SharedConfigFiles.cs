using System;
using System.IO;
using System.Text.RegularExpressions;
using Amazon.Runtime.Internal.Util;
using ConnectMonitor.Engine.Errors;

namespace ConnectMonitor.Engine.Sessions
{
    /// <summary>
    /// Where the shared config and credentials files are right now (AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE or
    /// -ProfileLocation, else <c>~/.aws/config</c> and <c>~/.aws/credentials</c>), and the check that they parse. The
    /// check runs before any AWS SDK code reads them: the SDK reads both files in a static initializer, and one failure
    /// there breaks every later call in the process (TypeInitializationException) until PowerShell restarts. A broken
    /// file is one <see cref="ConnectConfigurationProblem.InvalidConfigFile"/> error naming the file and the line
    /// number, never the line's content (it may hold a secret); once the file is fixed the next pipeline works.
    /// </summary>
    internal static class SharedConfigFiles
    {
        private static readonly Regex SdkLineNumber = new Regex(@"^Line (\d+)", RegexOptions.CultureInvariant);

        /// <summary>The config file in force now.</summary>
        public static string ConfigPath =>
            NonEmpty(Environment.GetEnvironmentVariable("AWS_CONFIG_FILE")) ?? Path.Combine(Home, ".aws", "config");

        /// <summary>The credentials file in force now: <paramref name="profileLocation"/>, else AWS_SHARED_CREDENTIALS_FILE, else the default.</summary>
        public static string CredentialsPath(string profileLocation) =>
            NonEmpty(profileLocation) ?? NonEmpty(Environment.GetEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE")) ?? Path.Combine(Home, ".aws", "credentials");

        private static string Home => Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

        /// <summary>
        /// Throws <see cref="ConnectConfigurationException"/> (InvalidConfigFile) when the config file does not parse.
        /// Every command reads it (as the AWS CLI does), whatever the credentials come from.
        /// </summary>
        public static void CheckConfig() => CheckFile(ConfigPath, "config file", profileMarkerRequired: true);

        /// <summary>
        /// Throws <see cref="ConnectConfigurationException"/> (InvalidConfigFile) when the credentials file in force
        /// (<paramref name="profileLocation"/>, else AWS_SHARED_CREDENTIALS_FILE, else the default) does not parse. Only
        /// called when the credential or region chain reads profiles, so explicit keys work despite a broken file, as
        /// with the AWS CLI.
        /// </summary>
        public static void CheckCredentials(string profileLocation) =>
            CheckFile(CredentialsPath(profileLocation), string.IsNullOrEmpty(profileLocation) ? "credentials file" : "-ProfileLocation file", profileMarkerRequired: false);

        /// <summary>True when the credentials file in force (by default the one the AWS SDK would read on its own) parses (or does not exist).</summary>
        public static bool CredentialsFileParses(string profileLocation = null)
        {
            try
            {
                CheckCredentials(profileLocation);
                return true;
            }
            catch (ConnectConfigurationException)
            {
                return false;
            }
        }

        private static void CheckFile(string path, string what, bool profileMarkerRequired)
        {
            if (string.IsNullOrEmpty(path) || !File.Exists(path))
            {
                return;
            }

            int? line;
            try
            {
                line = FirstBadLine(path, profileMarkerRequired);
            }
            catch (IOException ex)
            {
                throw new ConnectConfigurationException(ConnectConfigurationProblem.InvalidConfigFile,
                    $"The AWS {what} '{path}' could not be read: {OutsideError.MessageOf(ex)}");
            }
            catch (UnauthorizedAccessException)
            {
                throw new ConnectConfigurationException(ConnectConfigurationProblem.InvalidConfigFile,
                    $"The AWS {what} '{path}' could not be read: access is denied.");
            }

            if (line.HasValue)
            {
                throw new ConnectConfigurationException(ConnectConfigurationProblem.InvalidConfigFile,
                    $"The AWS {what} '{path}' cannot be parsed: line {line.Value} is not a [section], a 'name = value' setting or a comment. " +
                    "Fix or remove that line (its content is not shown, as it may hold a secret); the next command reads the file again.");
            }
        }

        /// <summary>The 1-based number of the first line the AWS SDK's own parser rejects, or null when it parses.</summary>
        private static int? FirstBadLine(string path, bool profileMarkerRequired)
        {
            try
            {
                _ = new ProfileIniFile(path, profileMarkerRequired);
                return null;
            }
            catch (InvalidDataException invalid)
            {
                var match = SdkLineNumber.Match(invalid.Message);
                return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
            }
        }

        private static string NonEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
