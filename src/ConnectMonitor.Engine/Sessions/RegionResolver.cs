using System;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using ConnectMonitor.Engine.Errors;
using ConnectMonitor.Engine.Inputs;

namespace ConnectMonitor.Engine.Sessions
{
    /// <summary>
    /// Finds the region to call when the user gave none: the shell's default region (AWS Tools' $StoredAWSRegion), then
    /// AWS_REGION / AWS_DEFAULT_REGION, then the profile's region
    /// (the named profile, else AWS_PROFILE, else <c>default</c>), then instance metadata unless it is disabled.
    /// Read fresh on every call (the SDK's own fallback factory caches process-wide).
    /// </summary>
    internal static class RegionResolver
    {
        public static string Resolve(ConnectSessionSettings settings)
        {
            if (!string.IsNullOrEmpty(settings.Region))
            {
                return ValidateExplicit(settings.Region, settings.EndpointUrl);
            }

            if (!string.IsNullOrWhiteSpace(settings.ShellRegion))
            {
                return ValidateExplicit(settings.ShellRegion.Trim(), settings.EndpointUrl, "$StoredAWSRegion (set by Set-DefaultAWSRegion)");
            }

            var fromEnvironment = FirstNonEmpty(
                Environment.GetEnvironmentVariable("AWS_REGION"),
                Environment.GetEnvironmentVariable("AWS_DEFAULT_REGION"));
            if (fromEnvironment != null)
            {
                var variable = string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("AWS_REGION")) ? "AWS_DEFAULT_REGION" : "AWS_REGION";
                return ValidateExplicit(fromEnvironment, settings.EndpointUrl, "the environment variable " + variable);
            }

            var profileName = FirstNonEmpty(settings.ProfileName, Environment.GetEnvironmentVariable("AWS_PROFILE"), "default");
            var store = ProfileStores.Open(settings.ProfileLocation);
            if (store.TryGetProfile(profileName, out CredentialProfile profile) && profile.Region != null)
            {
                return ValidateExplicit(profile.Region.SystemName, settings.EndpointUrl, $"the profile '{profileName}'");
            }

            var fromInstance = InstanceMetadataRegion();
            if (fromInstance != null)
            {
                return ValidateExplicit(fromInstance, settings.EndpointUrl, "the instance metadata");
            }

            throw new ConnectConfigurationException(
                ConnectConfigurationProblem.NoRegion,
                "No AWS region was found. Pass -Region (for example -Region us-east-1), pipe contact ARNs (they name their region), " +
                "set AWS_REGION, or set 'region' in the profile in your AWS config file.");
        }

        /// <summary>
        /// Rejects a region that is not a host label, and one the SDK does not know unless a custom endpoint makes the
        /// name only a signing region (<see cref="RegionNames.Problem"/>). Every source of a region passes through here.
        /// </summary>
        public static string ValidateExplicit(string region, string endpointUrl, string source = null)
        {
            var problem = RegionNames.Problem(region, !string.IsNullOrEmpty(endpointUrl));
            if (problem == null)
            {
                return region;
            }

            var shown = WireText.CharacterProblem(region) == null ? region : Uri.EscapeDataString(region);
            throw new ConnectConfigurationException(
                ConnectConfigurationProblem.UnknownRegion,
                $"'{shown}'{(source == null ? "" : " in " + source)} {problem}, so no request is sent for it. {KnownRegions.Suggestion(region)}");
        }

        private static string InstanceMetadataRegion()
        {
            if (string.Equals(ConfigSettings.Ec2MetadataDisabled.EnvironmentValue, "true", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            try
            {
                return new InstanceProfileAWSRegion().Region?.SystemName;
            }
            catch (Exception)
            {
                // Not on EC2, or metadata unreachable: there is simply no region from this source.
                return null;
            }
        }

        private static string FirstNonEmpty(params string[] values)
        {
            foreach (var value in values)
            {
                if (!string.IsNullOrWhiteSpace(value))
                {
                    return value.Trim();
                }
            }

            return null;
        }
    }
}
