using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;

namespace ConnectMonitor.Engine.Sessions
{
    /// <summary>The credentials chosen for a session, and where they came from (for messages; never a secret).</summary>
    internal sealed class ResolvedCredentials
    {
        public ResolvedCredentials(AWSCredentials credentials, string source, CredentialProfile profile)
        {
            Credentials = credentials;
            Source = source;
            Profile = profile;
            RoleArn = profile?.Options?.RoleArn;
        }

        public AWSCredentials Credentials { get; }

        /// <summary>Where the credentials came from, e.g. "the profile 'ops'" or "-Credential".</summary>
        public string Source { get; }

        /// <summary>The profile they came from, when they came from one.</summary>
        public CredentialProfile Profile { get; }

        /// <summary>The role these credentials assume, when they do.</summary>
        public string RoleArn { get; set; }
    }
}
