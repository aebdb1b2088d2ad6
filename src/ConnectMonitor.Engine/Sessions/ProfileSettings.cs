using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Amazon.Runtime.Internal.Util;

namespace ConnectMonitor.Engine.Sessions
{
    /// <summary>
    /// The raw settings of the profile in force (-ProfileName, else AWS_PROFILE, else <c>default</c>), as the AWS SDK
    /// merges them: the config file's section, then the credentials file's (which wins), read with the SDK's own INI
    /// parser; and the <c>connect</c> part of the profile's <c>services</c> section. Read before the SDK reads them, so
    /// that a bad value is reported instead of the SDK's silent handling.
    /// </summary>
    internal sealed class ProfileSettings
    {
        private readonly Dictionary<string, KeyValuePair<string, string>> _values =
            new Dictionary<string, KeyValuePair<string, string>>(StringComparer.OrdinalIgnoreCase);

        private readonly string _description;

        private ProfileSettings(string description)
        {
            _description = description;
        }

        /// <summary>The <c>connect</c> part of the profile's <c>services</c> section, or null when it has none.</summary>
        public ProfileSettings ServicesConnect { get; private set; }

        /// <summary>The value of <paramref name="key"/>, or null when the profile does not set it.</summary>
        public string Value(string key) => key != null && _values.TryGetValue(key, out var entry) ? entry.Key : null;

        /// <summary>Where <paramref name="key"/> was read: "the profile 'x' in '/path'".</summary>
        public string Describe(string key) => $"{_description} in '{(_values.TryGetValue(key, out var entry) ? entry.Value : "?")}'";

        /// <summary>
        /// Reads the profile in force. Files that do not exist give nothing; a credentials file that does not parse is
        /// left out (the SDK does not read it either; the credential chain reports it when it needs it).
        /// </summary>
        public static ProfileSettings Read(string profileName, string profileLocation)
        {
            var name = FirstNonEmpty(profileName, Environment.GetEnvironmentVariable("AWS_PROFILE"), "default");
            var profile = new ProfileSettings($"the profile '{name}'");
            var configPath = SharedConfigFiles.ConfigPath;
            var config = Open(configPath, profileMarkerRequired: name != "default");
            if (config != null && config.TryGetSection(name, false, false, out var configValues, out _))
            {
                profile.Add(configValues, configPath);
            }

            var credentialsPath = SharedConfigFiles.CredentialsPath(profileLocation);
            var credentials = SharedConfigFiles.CredentialsFileParses(profileLocation) ? Open(credentialsPath, profileMarkerRequired: false) : null;
            if (credentials != null && credentials.TryGetSection(name, false, false, out var credentialValues, out _))
            {
                profile.Add(credentialValues, credentialsPath);
            }

            var services = profile.Value("services");
            if (config != null && services != null && config.TryGetSection(services, false, true, out _, out var nested) && nested != null)
            {
                var connect = nested.FirstOrDefault(n => string.Equals(n.Key, "connect", StringComparison.OrdinalIgnoreCase)).Value;
                if (connect != null)
                {
                    profile.ServicesConnect = new ProfileSettings($"the connect part of the services section '{services}'");
                    profile.ServicesConnect.Add(connect, configPath);
                }
            }

            return profile;
        }

        private void Add(Dictionary<string, string> values, string file)
        {
            foreach (var pair in values)
            {
                _values[pair.Key] = new KeyValuePair<string, string>(pair.Value, file);
            }
        }

        private static ProfileIniFile Open(string path, bool profileMarkerRequired) =>
            string.IsNullOrEmpty(path) || !File.Exists(path) ? null : new ProfileIniFile(path, profileMarkerRequired);

        private static string FirstNonEmpty(params string[] values) => values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).First();
    }
}
