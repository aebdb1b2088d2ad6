using System;

namespace ConnectMonitor.Engine.Sessions
{
    /// <summary>
    /// Checks a role profile's <c>credential_source</c> before the SDK sees it. When the source is not there (no
    /// container variables, instance metadata turned off) or its name is unknown, the SDK quietly signs the AssumeRole
    /// call with whatever its default chain finds: another identity than the one the profile names.
    /// </summary>
    internal static class CredentialSourceCheck
    {
        /// <summary>Why the profile's credential source cannot work here, or null when it can (or there is none).</summary>
        public static string ProblemWith(string credentialSource, Func<string, string> environment)
        {
            if (string.IsNullOrEmpty(credentialSource))
            {
                return null;
            }

            if (string.Equals(credentialSource, "Environment", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            if (string.Equals(credentialSource, "EcsContainer", StringComparison.OrdinalIgnoreCase))
            {
                return string.IsNullOrEmpty(environment("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI")) && string.IsNullOrEmpty(environment("AWS_CONTAINER_CREDENTIALS_FULL_URI"))
                    ? "its credential_source is EcsContainer, but neither AWS_CONTAINER_CREDENTIALS_RELATIVE_URI nor AWS_CONTAINER_CREDENTIALS_FULL_URI is set (this is not a container with a task role)"
                    : null;
            }

            if (string.Equals(credentialSource, "Ec2InstanceMetadata", StringComparison.OrdinalIgnoreCase))
            {
                return string.Equals(environment("AWS_EC2_METADATA_DISABLED"), "true", StringComparison.OrdinalIgnoreCase)
                    ? "its credential_source is Ec2InstanceMetadata, but AWS_EC2_METADATA_DISABLED is true"
                    : null;
            }

            return $"its credential_source '{credentialSource}' is not one of Environment, EcsContainer, Ec2InstanceMetadata";
        }
    }
}
