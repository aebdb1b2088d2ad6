using System;
using System.Collections.Generic;
using ConnectMonitor.Engine.Errors;

namespace ConnectMonitor.Engine.Sessions
{
    /// <summary>
    /// The table of settings the module and the AWS SDK read from the environment and the profile in force, each with
    /// its rule, and the one check applied to them before anything is read or sent: a value the AWS CLI would refuse
    /// (or that the SDK would drop or read differently) is a terminating InvalidSetting error naming the variable or
    /// the profile key, the file and the value; an endpoint URL that breaks the endpoint rule is InvalidEndpoint.
    /// </summary>
    internal static class ConfigSettings
    {
        private const string NoLegacy = " (legacy is a mode of the AWS CLI that the AWS SDK for .NET v4 this module uses does not have: use standard)";

        /// <summary>Attempts per call including the first (the AWS CLI refuses 0 and below; more than 100 is a typo).</summary>
        public static readonly ConfigSetting MaxAttempts = ConfigSetting.Integer("AWS_MAX_ATTEMPTS", "max_attempts", 1, 100);

        /// <summary>The SDK's retry mode.</summary>
        public static readonly ConfigSetting RetryMode = ConfigSetting.OneOf("AWS_RETRY_MODE", "retry_mode", NoLegacy, "standard", "adaptive");

        /// <summary>The SDK's defaults mode, in the AWS CLI's spelling or the SDK for .NET's.</summary>
        public static readonly ConfigSetting DefaultsMode = ConfigSetting.OneOf("AWS_DEFAULTS_MODE", "defaults_mode", NoLegacy,
            "standard", "in-region", "cross-region", "mobile", "auto", "inregion", "crossregion");

        /// <summary>Instance metadata off (read by the module itself for credentials and region).</summary>
        public static readonly ConfigSetting Ec2MetadataDisabled = ConfigSetting.Boolean("AWS_EC2_METADATA_DISABLED", null);

        /// <summary>How long a credential_process may run.</summary>
        public static readonly ConfigSetting CredentialProcessTimeout = ConfigSetting.Seconds(CredentialProcessRunner.TimeoutVariable, 86400);

        /// <summary>Configured endpoints off.</summary>
        public static readonly ConfigSetting IgnoreConfiguredEndpointUrls = ConfigSetting.Boolean("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "ignore_configured_endpoint_urls");

        /// <summary>The Connect endpoint from the environment (wins over every other configured endpoint).</summary>
        public static readonly ConfigSetting ConnectEndpointUrl = ConfigSetting.Endpoint("AWS_ENDPOINT_URL_CONNECT", null);

        /// <summary>The endpoint for every service, from the environment or the profile.</summary>
        public static readonly ConfigSetting EndpointUrl = ConfigSetting.Endpoint("AWS_ENDPOINT_URL", "endpoint_url");

        /// <summary>The Connect endpoint of the profile's <c>services</c> section.</summary>
        public static readonly ConfigSetting ServicesConnectEndpointUrl = ConfigSetting.Endpoint(null, "endpoint_url");

        /// <summary>
        /// Every setting that is checked, whatever it comes from. The endpoint settings are checked apart, only the one in
        /// force (see <see cref="Check"/>).
        /// </summary>
        public static readonly IReadOnlyList<ConfigSetting> All = new[]
        {
            MaxAttempts,
            RetryMode,
            DefaultsMode,
            Ec2MetadataDisabled,
            CredentialProcessTimeout,
            IgnoreConfiguredEndpointUrls,
            ConfigSetting.Boolean("AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint"),
            ConfigSetting.Boolean("AWS_USE_DUALSTACK_ENDPOINT", "use_dualstack_endpoint"),
            ConfigSetting.Boolean("AWS_DISABLE_CLOCK_SKEW_CORRECTION", "disable_clock_skew_correction"),
            ConfigSetting.Boolean("AWS_ENABLE_ENDPOINT_DISCOVERY", "endpoint_discovery_enabled"),
            ConfigSetting.Boolean("AWS_DISABLE_REQUEST_COMPRESSION", "disable_request_compression"),
            ConfigSetting.Integer("AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES", "request_min_compression_size_bytes", 0, 10485760),
            ConfigSetting.AbsoluteUrl("AWS_EC2_METADATA_SERVICE_ENDPOINT", "ec2_metadata_service_endpoint"),
            ConfigSetting.OneOf("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE", "ec2_metadata_service_endpoint_mode", "", "IPv4", "IPv6"),
            ConfigSetting.OneOf("AWS_ACCOUNT_ID_ENDPOINT_MODE", "account_id_endpoint_mode", "", "preferred", "disabled", "required"),
            ConfigSetting.OneOf("AWS_REQUEST_CHECKSUM_CALCULATION", "request_checksum_calculation", "", "when_supported", "when_required"),
            ConfigSetting.OneOf("AWS_RESPONSE_CHECKSUM_VALIDATION", "response_checksum_validation", "", "when_supported", "when_required"),
            // Profile keys the SDK checks while reading a profile: a bad value makes it drop the whole profile, and the
            // user would then meet ProfileNotFound or NoCredentials for a profile that is there.
            ConfigSetting.Boolean(null, "s3_use_arn_region"),
            ConfigSetting.Boolean(null, "s3_disable_express_session_auth"),
            ConfigSetting.Boolean(null, "s3_disable_multiregion_access_points"),
            ConfigSetting.OneOf(null, "s3_us_east_1_regional_endpoint", "", "regional", "legacy"),
        };

        /// <summary>
        /// Checks every setting of <see cref="All"/> in the environment and in the profile in force (-ProfileName, else
        /// AWS_PROFILE, else <c>default</c>), then the configured endpoint in force unless -EndpointUrl is given or
        /// configured endpoints are ignored. Throws <see cref="ConnectConfigurationException"/> for the first bad value.
        /// The shared config file must already have been checked to parse.
        /// </summary>
        public static void Check(ConnectSessionSettings settings)
        {
            var profile = ProfileSettings.Read(settings?.ProfileName, settings?.ProfileLocation);
            foreach (var setting in All)
            {
                CheckEnvironment(setting);
                CheckProfile(setting, profile);
            }

            if (!string.IsNullOrEmpty(settings?.EndpointUrl) || IsTrue(IgnoreConfiguredEndpointUrls, profile))
            {
                return;
            }

            // The SDK's order: AWS_ENDPOINT_URL_CONNECT, AWS_ENDPOINT_URL, the profile's services section, its endpoint_url.
            // With -ProfileLocation the SDK takes configured endpoints from the AWS_PROFILE / default profile.
            if (!string.IsNullOrEmpty(settings?.ProfileLocation))
            {
                profile = ProfileSettings.Read(null, settings.ProfileLocation);
            }

            if (ConnectEndpointUrl.EnvironmentValue != null)
            {
                CheckEnvironment(ConnectEndpointUrl);
            }
            else if (EndpointUrl.EnvironmentValue != null)
            {
                CheckEnvironment(EndpointUrl);
            }
            else if (profile.ServicesConnect != null)
            {
                CheckProfile(ServicesConnectEndpointUrl, profile.ServicesConnect);
            }
            else
            {
                CheckProfile(EndpointUrl, profile);
            }
        }

        /// <summary>The environment variable of <paramref name="setting"/>, trimmed; throws InvalidSetting when it breaks the rule.</summary>
        public static string CheckedEnvironmentValue(ConfigSetting setting)
        {
            CheckEnvironment(setting);
            return setting.EnvironmentValue;
        }

        /// <summary>True when the setting is <c>true</c> in the environment, else in the profile.</summary>
        private static bool IsTrue(ConfigSetting setting, ProfileSettings profile) =>
            string.Equals(setting.EnvironmentValue ?? profile.Value(setting.ProfileKey), "true", StringComparison.OrdinalIgnoreCase);

        private static void CheckEnvironment(ConfigSetting setting)
        {
            var value = setting.EnvironmentValue;
            var problem = value == null ? null : setting.ProblemWith(value);
            if (problem != null)
            {
                throw Refused(setting, $"The environment variable {setting.Variable} is '{setting.Shown(value)}', but it {problem}. Fix or unset it; nothing was sent.");
            }
        }

        private static void CheckProfile(ConfigSetting setting, ProfileSettings profile)
        {
            var value = setting.ProfileKey == null ? null : profile.Value(setting.ProfileKey);
            var problem = value == null ? null : setting.ProblemWith(value);
            if (problem != null)
            {
                throw Refused(setting,
                    $"The setting {setting.ProfileKey} = '{setting.Shown(value)}' of {profile.Describe(setting.ProfileKey)} {problem}. Fix or remove it; nothing was sent.");
            }
        }

        private static ConnectConfigurationException Refused(ConfigSetting setting, string message) =>
            new ConnectConfigurationException(setting.IsEndpoint ? ConnectConfigurationProblem.InvalidEndpoint : ConnectConfigurationProblem.InvalidSetting, message);
    }
}
