using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ConnectMonitor.Engine.Supervision;

namespace ConnectMonitor.Engine.Readiness
{
    /// <summary>
    /// A pipeline's cache in front of the reads: each read (per operation, region, instance and id) is sent at most once,
    /// and inputs that need it while it is in flight wait for the same answer. A failure is remembered like an answer
    /// (an AccessDenied stays one); a cancelled read is not, so a later pipeline input reads again. Thread-safe.
    /// </summary>
    internal sealed class CachedReadinessReads : IReadinessReads
    {
        private readonly IReadinessReads _inner;
        private readonly ConcurrentDictionary<string, Lazy<Task<object>>> _reads = new ConcurrentDictionary<string, Lazy<Task<object>>>(StringComparer.Ordinal);

        public CachedReadinessReads(IReadinessReads inner)
        {
            _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        }

        public Task<string> RegionAsync(string region, CancellationToken cancellationToken) => _inner.RegionAsync(region, cancellationToken);

        public Task<ContactFacts> DescribeContactAsync(string instanceId, string region, string contactId, CancellationToken cancellationToken) =>
            Once("DescribeContact", region, instanceId, contactId, () => _inner.DescribeContactAsync(instanceId, region, contactId, cancellationToken));

        public Task<string> DescribeInstanceAttributeAsync(string instanceId, string region, string attributeType, CancellationToken cancellationToken) =>
            Once("DescribeInstanceAttribute", region, instanceId, attributeType, () => _inner.DescribeInstanceAttributeAsync(instanceId, region, attributeType, cancellationToken));

        public Task<UserFacts> DescribeUserAsync(string instanceId, string region, string userId, CancellationToken cancellationToken) =>
            Once("DescribeUser", region, instanceId, userId, () => _inner.DescribeUserAsync(instanceId, region, userId, cancellationToken));

        public Task<IReadOnlyList<string>> ListSecurityProfilePermissionsAsync(string instanceId, string region, string securityProfileId, CancellationToken cancellationToken) =>
            Once("ListSecurityProfilePermissions", region, instanceId, securityProfileId,
                () => _inner.ListSecurityProfilePermissionsAsync(instanceId, region, securityProfileId, cancellationToken));

        public Task<AgentStatusFacts> GetCurrentUserDataAsync(string instanceId, string region, string userId, CancellationToken cancellationToken) =>
            Once("GetCurrentUserData", region, instanceId, userId, () => _inner.GetCurrentUserDataAsync(instanceId, region, userId, cancellationToken));

        // SupervisorLookups caches names itself.
        public Task<NameResolution> ResolveUserNameAsync(string instanceId, string region, string userName, CancellationToken cancellationToken) =>
            _inner.ResolveUserNameAsync(instanceId, region, userName, cancellationToken);

        private async Task<T> Once<T>(string operation, string region, string instanceId, string id, Func<Task<T>> read)
        {
            var key = string.Join("\u001f", operation, region, instanceId, id);
            var entry = _reads.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await read().ConfigureAwait(false), LazyThreadSafetyMode.ExecutionAndPublication));
            try
            {
                return (T)await entry.Value.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                _reads.TryRemove(key, out _);
                throw;
            }
        }
    }
}
