using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using ConnectMonitor.Engine.Calls;
using ConnectMonitor.Engine.Connect;
using ConnectMonitor.Engine.Errors;
using ConnectMonitor.Engine.Monitoring;
using ConnectMonitor.Engine.Supervision;

namespace ConnectMonitor.Engine.Readiness
{
    /// <summary>
    /// The readiness reads sent through the one call path every operation takes (<see cref="ConnectCallPath"/>, the
    /// supervisor lookups' own): each operation has its own rate limiter per endpoint, answers are checked for shape,
    /// failures become <see cref="ConnectServiceException"/> with documented ids. Counts the requests it sends (pages included). Caches nothing
    /// (<see cref="CachedReadinessReads"/> does). Thread-safe.
    /// </summary>
    internal sealed class PacedReadinessReads : IReadinessReads
    {
        private readonly SupervisorLookups _lookups;
        private readonly SupervisorLookupOptions _options;
        private int _requests;

        public PacedReadinessReads(SupervisorLookups lookups, SupervisorLookupOptions options = null)
        {
            _lookups = lookups ?? throw new ArgumentNullException(nameof(lookups));
            _options = options ?? SupervisorLookupOptions.Default;
        }

        /// <summary>Requests sent so far (every page, every read; name searches not included).</summary>
        public int RequestCount => Volatile.Read(ref _requests);

        public Task<string> RegionAsync(string region, CancellationToken cancellationToken) =>
            _lookups.Service.EnsureReadyAsync(region, cancellationToken);

        public async Task<ContactFacts> DescribeContactAsync(string instanceId, string region, string contactId, CancellationToken cancellationToken)
        {
            var request = new DescribeContactRequest { InstanceId = instanceId, ContactId = contactId };
            var response = await CallAsync(DescribeContactRequestMarshaller.Operation, instanceId, region, request,
                (client, ct) => client.DescribeContactAsync(request, ct), cancellationToken).ConfigureAwait(false);
            var contact = response.Contact;
            return contact == null ? new ContactFacts() : new ContactFacts
            {
                Channel = contact.Channel,
                InitiationMethod = contact.InitiationMethod,
                AgentId = contact.AgentId,
                ConnectedToAgentAt = contact.ConnectedToAgentTimestamp,
                DisconnectedAt = contact.DisconnectTimestamp,
            };
        }

        public async Task<string> DescribeInstanceAttributeAsync(string instanceId, string region, string attributeType, CancellationToken cancellationToken)
        {
            var request = new DescribeInstanceAttributeRequest { InstanceId = instanceId, AttributeType = attributeType };
            var response = await CallAsync(DescribeInstanceAttributeRequestMarshaller.Operation, instanceId, region, request,
                (client, ct) => client.DescribeInstanceAttributeAsync(request, ct), cancellationToken).ConfigureAwait(false);
            return response.Value;
        }

        public async Task<UserFacts> DescribeUserAsync(string instanceId, string region, string userId, CancellationToken cancellationToken)
        {
            var request = new DescribeUserRequest { InstanceId = instanceId, UserId = userId };
            var response = await CallAsync(DescribeUserRequestMarshaller.Operation, instanceId, region, request,
                (client, ct) => client.DescribeUserAsync(request, ct), cancellationToken).ConfigureAwait(false);
            return new UserFacts { Username = response.Username, SecurityProfileIds = response.SecurityProfileIds };
        }

        public async Task<IReadOnlyList<string>> ListSecurityProfilePermissionsAsync(string instanceId, string region, string securityProfileId,
            CancellationToken cancellationToken)
        {
            var permissions = new List<string>();
            var pages = new PageCursor(CallTarget.Instance(ListSecurityProfilePermissionsRequestMarshaller.Operation, instanceId, region), _options.MaxPages);
            do
            {
                var request = new ListSecurityProfilePermissionsRequest
                {
                    InstanceId = instanceId,
                    SecurityProfileId = securityProfileId,
                    NextToken = pages.Token,
                    MaxResults = _options.PageSize.HasValue ? Math.Min(_options.PageSize.Value, 1000) : (int?)null,
                };
                var response = await CallAsync(ListSecurityProfilePermissionsRequestMarshaller.Operation, instanceId, region, request,
                    (client, ct) => client.ListSecurityProfilePermissionsAsync(request, ct), cancellationToken).ConfigureAwait(false);
                permissions.AddRange(response.Permissions);
                pages.Advance(response.NextToken, response.ResponseMetadata?.RequestId);
            }
            while (!pages.Done);

            return permissions;
        }

        public async Task<AgentStatusFacts> GetCurrentUserDataAsync(string instanceId, string region, string userId, CancellationToken cancellationToken)
        {
            var request = new GetCurrentUserDataRequest { InstanceId = instanceId, Filters = new UserDataFilters { Agents = new List<string> { userId } } };
            var response = await CallAsync(GetCurrentUserDataRequestMarshaller.Operation, instanceId, region, request,
                (client, ct) => client.GetCurrentUserDataAsync(request, ct), cancellationToken).ConfigureAwait(false);
            var user = response.UserDataList.FirstOrDefault(u => string.Equals(u.User?.Id, userId, StringComparison.Ordinal));
            return user == null ? null : new AgentStatusFacts
            {
                StatusName = user.StatusName,
                Contacts = user.Contacts.Select(c => (c.ContactId, c.Channel, c.InitiationMethod)).ToList(),
            };
        }

        public Task<NameResolution> ResolveUserNameAsync(string instanceId, string region, string userName, CancellationToken cancellationToken) =>
            _lookups.ResolveAsync(DirectoryResourceKind.User, instanceId, region, userName, cancellationToken);

        private Task<TResponse> CallAsync<TResponse>(string operation, string instanceId, string region, AmazonWebServiceRequest request,
            Func<AmazonConnectClient, CancellationToken, Task<TResponse>> call, CancellationToken cancellationToken)
            where TResponse : AmazonWebServiceResponse
        {
            Interlocked.Increment(ref _requests);
            return _lookups.Calls.SendAsync(CallTarget.Instance(operation, instanceId, region), request, call, cancellationToken);
        }
    }
}
