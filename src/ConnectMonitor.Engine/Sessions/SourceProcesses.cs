using System.Threading;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;

namespace ConnectMonitor.Engine.Sessions
{
    /// <summary>
    /// A role profile whose <c>source_profile</c> (at any depth of a role chain) uses <c>credential_process</c>: the AWS
    /// SDK builds the chain with its own process runner, which waits for ever. The chain is rebuilt with the same role
    /// settings (role ARN, session name, external id, MFA, duration: the SDK's own options object) over a
    /// <see cref="CredentialProcessCredentials"/> source, so the process gets the time-out and is killed on stop.
    /// </summary>
    internal static class SourceProcesses
    {
        private const int MaxDepth = 8;

        public static AWSCredentials WithTimeOut(AWSCredentials credentials, CredentialProfile profile, ICredentialProfileSource store, CancellationToken cancellation) =>
            Replace(credentials, profile, store, cancellation, 0);

        private static AWSCredentials Replace(AWSCredentials credentials, CredentialProfile profile, ICredentialProfileSource store, CancellationToken cancellation, int depth)
        {
            if (depth >= MaxDepth || !(credentials is AssumeRoleAWSCredentials role) ||
                string.IsNullOrEmpty(profile.Options.SourceProfile) || !store.TryGetProfile(profile.Options.SourceProfile, out var source))
            {
                return credentials;
            }

            var newSource = !string.IsNullOrEmpty(source.Options.CredentialProcess) && string.IsNullOrEmpty(source.Options.RoleArn)
                ? new CredentialProcessCredentials(source.Options.CredentialProcess, source.Name, cancellation)
                : Replace(role.SourceCredentials, source, store, cancellation, depth + 1);
            return ReferenceEquals(newSource, role.SourceCredentials)
                ? credentials
                : new AssumeRoleAWSCredentials(newSource, role.RoleArn, role.RoleSessionName, role.Options);
        }
    }
}
