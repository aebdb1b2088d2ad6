using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ConnectMonitor.Engine.Supervision;

namespace ConnectMonitor.Engine.Readiness
{
    /// <summary>
    /// The reads the readiness checks need, and nothing about how they are sent: pacing, retries, error translation and
    /// the service clients belong to the implementation (<see cref="PacedReadinessReads"/>). Every method throws
    /// <see cref="Errors.ConnectServiceException"/> for a service failure and
    /// <see cref="Errors.ConnectConfigurationException"/> when no call can be made.
    /// </summary>
    internal interface IReadinessReads
    {
        /// <summary>The region the reads go to: <paramref name="region"/> (from an ARN) or the session's.</summary>
        Task<string> RegionAsync(string region, CancellationToken cancellationToken);

        /// <summary>DescribeContact.</summary>
        Task<ContactFacts> DescribeContactAsync(string instanceId, string region, string contactId, CancellationToken cancellationToken);

        /// <summary>DescribeInstanceAttribute: the attribute's value, or null when the answer had none.</summary>
        Task<string> DescribeInstanceAttributeAsync(string instanceId, string region, string attributeType, CancellationToken cancellationToken);

        /// <summary>DescribeUser: the login name and security profile ids.</summary>
        Task<UserFacts> DescribeUserAsync(string instanceId, string region, string userId, CancellationToken cancellationToken);

        /// <summary>ListSecurityProfilePermissions, every page.</summary>
        Task<IReadOnlyList<string>> ListSecurityProfilePermissionsAsync(string instanceId, string region, string securityProfileId, CancellationToken cancellationToken);

        /// <summary>GetCurrentUserData for one user: null when the user is absent from the answer (not logged in to the CCP).</summary>
        Task<AgentStatusFacts> GetCurrentUserDataAsync(string instanceId, string region, string userId, CancellationToken cancellationToken);

        /// <summary>A user's login name to users (SearchUsers).</summary>
        Task<NameResolution> ResolveUserNameAsync(string instanceId, string region, string userName, CancellationToken cancellationToken);
    }
}
