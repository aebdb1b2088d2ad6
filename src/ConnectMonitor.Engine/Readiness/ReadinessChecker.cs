using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConnectMonitor.Engine.Errors;
using ConnectMonitor.Engine.Supervision;

namespace ConnectMonitor.Engine.Readiness
{
    /// <summary>
    /// Whether a supervisor can monitor a contact, and if not, why: the checks and their logic, over a pipeline's cached
    /// <see cref="IReadinessReads"/>. Sends nothing but reads. A read the caller may not make (AccessDeniedException)
    /// makes its check Unknown, naming the IAM action; the other checks still run. Thread-safe: one per pipeline.
    /// </summary>
    public sealed class ReadinessChecker
    {
        /// <summary>The checks, in the order every report lists them.</summary>
        public static readonly IReadOnlyList<string> CheckNames = new[]
        {
            SupervisorNameCheck, ContactCheck, PermissionsCheck, CcpStatusCheck, MonitoringSlotCheck, EnhancedMonitoringCheck, CallRecordingCheck,
        };

        /// <summary>The supervisor's login name matches exactly one user (-UserName only).</summary>
        public const string SupervisorNameCheck = "SupervisorName";
        /// <summary>The contact exists, is live, has an agent, is VOICE or CHAT and is not a monitoring session.</summary>
        public const string ContactCheck = "Contact";
        /// <summary>The supervisor's security profiles grant BasicAgentAccess, ManagerListenIn (and ManagerBargeIn for BARGE).</summary>
        public const string PermissionsCheck = "Permissions";
        /// <summary>The supervisor is logged in to the CCP with a status other than Offline.</summary>
        public const string CcpStatusCheck = "CcpStatus";
        /// <summary>The supervisor is not already monitoring a voice contact.</summary>
        public const string MonitoringSlotCheck = "MonitoringSlot";
        /// <summary>The instance's enhanced monitoring for the channel (needed for BARGE).</summary>
        public const string EnhancedMonitoringCheck = "EnhancedMonitoring";
        /// <summary>Advice: without enhanced monitoring, silent monitoring of voice needs the flow to record.</summary>
        public const string CallRecordingCheck = "CallRecording";

        /// <summary>Security-profile permission names as the API spells them.</summary>
        public const string BasicAgentAccess = "BasicAgentAccess", ManagerListenIn = "ManagerListenIn", ManagerBargeIn = "ManagerBargeIn";

        private readonly IReadinessReads _reads;
        private readonly Func<int> _requestsSent;

        /// <summary>A checker over <paramref name="reads"/>, cached for the checker's life (one pipeline).</summary>
        internal ReadinessChecker(IReadinessReads reads)
            : this(reads, null)
        {
        }

        private ReadinessChecker(IReadinessReads reads, Func<int> requestsSent)
        {
            _reads = new CachedReadinessReads(reads ?? throw new ArgumentNullException(nameof(reads)));
            _requestsSent = requestsSent;
        }

        /// <summary>A checker whose reads go through the lookups' service, paced and retried like the lookups.</summary>
        public static ReadinessChecker ForLookups(SupervisorLookups lookups)
        {
            var paced = new PacedReadinessReads(lookups);
            return new ReadinessChecker(paced, () => paced.RequestCount);
        }

        /// <summary>Reads sent so far (pages included; name searches not), when the checker counts them.</summary>
        public int RequestsSent => _requestsSent?.Invoke() ?? 0;

        /// <summary>
        /// Checks one input. Throws <see cref="ConnectConfigurationException"/> when no read can be made (no credentials,
        /// no region); every service failure becomes a check's status.
        /// </summary>
        public async Task<ReadinessReport> CheckAsync(ReadinessInput input, CancellationToken cancellationToken)
        {
            if (input == null)
            {
                throw new ArgumentNullException(nameof(input));
            }

            var region = await _reads.RegionAsync(input.Region, cancellationToken).ConfigureAwait(false);
            var i = input.InstanceId;
            var barge = input.Capabilities.Contains("BARGE", StringComparer.OrdinalIgnoreCase);
            var checks = new List<ReadinessCheckResult>();

            // Who: a login name to one user id.
            var userId = input.UserId;
            string userName = input.UserName;
            if (input.UserName == null)
            {
                checks.Add(new ReadinessCheckResult(SupervisorNameCheck, ReadinessStatus.NotApplicable, $"given as user id '{input.UserId}'", null));
            }
            else
            {
                var name = await ReadAsync(() => _reads.ResolveUserNameAsync(i, region, input.UserName, cancellationToken)).ConfigureAwait(false);
                if (name.Failure != null)
                {
                    checks.Add(Unknown(SupervisorNameCheck, "connect:SearchUsers", name.Failure));
                }
                else if (name.Value.Problem() is string problem)
                {
                    checks.Add(new ReadinessCheckResult(SupervisorNameCheck, ReadinessStatus.Fail, problem,
                        name.Value.NotFound ? "Give the supervisor's login name as the CCP sign-in shows it, or -UserId." : "Give the supervisor's user id with -UserId."));
                }
                else
                {
                    userId = name.Value.Single.Id;
                    checks.Add(new ReadinessCheckResult(SupervisorNameCheck, ReadinessStatus.Pass, $"'{input.UserName}' is user {userId}", null));
                }
            }

            // What: the contact.
            var (contactCheck, channel) = await CheckContactAsync(input, region, cancellationToken).ConfigureAwait(false);
            checks.Add(contactCheck);

            // The supervisor's permissions and presence.
            if (userId == null)
            {
                const string noUser = "not checked: the supervisor is not known";
                checks.Add(new ReadinessCheckResult(PermissionsCheck, ReadinessStatus.NotApplicable, noUser, null));
                checks.Add(new ReadinessCheckResult(CcpStatusCheck, ReadinessStatus.NotApplicable, noUser, null));
                checks.Add(new ReadinessCheckResult(MonitoringSlotCheck, ReadinessStatus.NotApplicable, noUser, null));
            }
            else
            {
                var (permissions, foundName) = await CheckPermissionsAsync(i, region, userId, barge, cancellationToken).ConfigureAwait(false);
                userName = foundName ?? userName;
                checks.Add(permissions);
                checks.AddRange(await CheckPresenceAsync(i, region, userId, channel, cancellationToken).ConfigureAwait(false));
            }

            // The instance's settings for the channel.
            checks.AddRange(await CheckInstanceAsync(i, region, channel, barge, cancellationToken).ConfigureAwait(false));
            return new ReadinessReport(input, region, userId, userName, channel, checks);
        }

        private async Task<(ReadinessCheckResult Check, string Channel)> CheckContactAsync(ReadinessInput input, string region, CancellationToken cancellationToken)
        {
            if (input.ContactId == null)
            {
                return (new ReadinessCheckResult(ContactCheck, ReadinessStatus.NotApplicable, "no contact given: the supervisor and instance are checked alone", null), null);
            }

            var read = await ReadAsync(() => _reads.DescribeContactAsync(input.InstanceId, region, input.ContactId, cancellationToken)).ConfigureAwait(false);
            if (read.Failure != null)
            {
                return read.Failure.Kind == ConnectServiceErrorKind.ResourceNotFound
                    ? (Fail(ContactCheck, $"no contact '{input.ContactId}' in instance '{input.InstanceId}' (region {region})",
                        "Check the contact id, the instance and the region; Get-ConnectLiveContact lists the live contacts."), null)
                    : (Unknown(ContactCheck, "connect:DescribeContact", read.Failure), null);
            }

            var c = read.Value;
            if (c.Channel == null)
            {
                return (new ReadinessCheckResult(ContactCheck, ReadinessStatus.Unknown, "DescribeContact answered without the contact's channel",
                    "Test again later; if it stays so, something between you and Amazon Connect answers in its place (check -EndpointUrl and proxies)."), null);
            }

            var channel = c.Channel;
            var what = $"{channel} contact ({c.InitiationMethod ?? "unknown initiation"})";
            if (c.DisconnectedAt.HasValue)
            {
                return (Fail(ContactCheck, $"{what} ended at {Time(c.DisconnectedAt.Value)}",
                    "Pick a live contact: Get-ConnectLiveContact lists the contacts agents are on now."), channel);
            }

            if (string.Equals(c.InitiationMethod, "MONITOR", StringComparison.OrdinalIgnoreCase))
            {
                return (Fail(ContactCheck, $"{what} is itself a monitoring session", "Monitor the agent's contact, not a supervisor's monitoring session."), channel);
            }

            if (!string.Equals(channel, "VOICE", StringComparison.OrdinalIgnoreCase) && !string.Equals(channel, "CHAT", StringComparison.OrdinalIgnoreCase))
            {
                return (Fail(ContactCheck, $"{what}: MonitorContact supports VOICE and CHAT contacts only", "Pick a voice or chat contact."), channel);
            }

            if (c.AgentId == null || !c.ConnectedToAgentAt.HasValue)
            {
                return (Fail(ContactCheck, $"{what} is live but not connected to an agent" + (c.AgentId == null ? "" : $" (agent {c.AgentId} has not answered)"),
                    "Wait until an agent is connected to it (monitoring joins an agent's conversation), then try again."), channel);
            }

            return (Pass(ContactCheck, $"live {what}, agent {c.AgentId} connected at {Time(c.ConnectedToAgentAt.Value)}"), channel);
        }

        private async Task<(ReadinessCheckResult Check, string UserName)> CheckPermissionsAsync(string instanceId, string region, string userId, bool barge,
            CancellationToken cancellationToken)
        {
            var user = await ReadAsync(() => _reads.DescribeUserAsync(instanceId, region, userId, cancellationToken)).ConfigureAwait(false);
            if (user.Failure != null)
            {
                return (user.Failure.Kind == ConnectServiceErrorKind.ResourceNotFound
                    ? Fail(PermissionsCheck, $"no user '{userId}' in instance '{instanceId}'",
                        "Give the supervisor's user id (a GUID) or login name (-UserName).")
                    : Unknown(PermissionsCheck, "connect:DescribeUser", user.Failure), null);
            }

            var granted = new HashSet<string>(StringComparer.Ordinal);
            foreach (var profile in user.Value.SecurityProfileIds)
            {
                var permissions = await ReadAsync(() => _reads.ListSecurityProfilePermissionsAsync(instanceId, region, profile, cancellationToken)).ConfigureAwait(false);
                if (permissions.Failure != null)
                {
                    return (Unknown(PermissionsCheck, "connect:ListSecurityProfilePermissions", permissions.Failure), user.Value.Username);
                }

                granted.UnionWith(permissions.Value);
            }

            var needed = barge ? new[] { BasicAgentAccess, ManagerListenIn, ManagerBargeIn } : new[] { BasicAgentAccess, ManagerListenIn };
            var missing = needed.Where(p => !granted.Contains(p)).ToList();
            var profiles = $"{granted.Count} permissions from {user.Value.SecurityProfileIds.Count} security profile(s): {string.Join(", ", user.Value.SecurityProfileIds)}";
            if (missing.Count == 0)
            {
                return (Pass(PermissionsCheck, $"has {string.Join(", ", needed)} ({profiles})"), user.Value.Username);
            }

            return (Fail(PermissionsCheck, $"lacks {string.Join(", ", missing)} ({profiles})",
                $"Add {string.Join(" and ", missing)} to one of the supervisor's security profiles (Users > Security profiles in the Amazon Connect admin website)."),
                user.Value.Username);
        }

        private async Task<IEnumerable<ReadinessCheckResult>> CheckPresenceAsync(string instanceId, string region, string userId, string channel,
            CancellationToken cancellationToken)
        {
            var read = await ReadAsync(() => _reads.GetCurrentUserDataAsync(instanceId, region, userId, cancellationToken)).ConfigureAwait(false);
            if (read.Failure != null)
            {
                var unknown = Unknown(CcpStatusCheck, "connect:GetCurrentUserData", read.Failure);
                return new[] { unknown, new ReadinessCheckResult(MonitoringSlotCheck, ReadinessStatus.Unknown, unknown.Found, unknown.Fix) };
            }

            var status = read.Value;
            if (status == null)
            {
                return new[]
                {
                    Fail(CcpStatusCheck, "not logged in to the Contact Control Panel (CCP)",
                        "Have the supervisor sign in to the CCP and set a status other than Offline; otherwise MonitorContact fails with ServiceQuotaExceededException."),
                    new ReadinessCheckResult(MonitoringSlotCheck, ReadinessStatus.NotApplicable, "not logged in", null),
                };
            }

            var presence = string.Equals(status.StatusName, "Offline", StringComparison.OrdinalIgnoreCase)
                ? Fail(CcpStatusCheck, "logged in to the CCP with status Offline", "Have the supervisor set a CCP status other than Offline (for example Available).")
                : Pass(CcpStatusCheck, $"logged in to the CCP, status {status.StatusName ?? "(not given)"}");
            var monitoring = status.Contacts.FirstOrDefault(c => string.Equals(c.InitiationMethod, "MONITOR", StringComparison.OrdinalIgnoreCase)
                                                                 && string.Equals(c.Channel, "VOICE", StringComparison.OrdinalIgnoreCase));
            ReadinessCheckResult slot;
            if (monitoring.ContactId == null)
            {
                slot = Pass(MonitoringSlotCheck, "not monitoring a voice contact");
            }
            else if (string.Equals(channel, "CHAT", StringComparison.OrdinalIgnoreCase))
            {
                slot = Pass(MonitoringSlotCheck, $"monitoring voice contact {monitoring.ContactId}; chat monitoring is not limited to one");
            }
            else
            {
                slot = Fail(MonitoringSlotCheck, $"already monitoring voice contact {monitoring.ContactId}",
                    "End that monitoring session in the supervisor's CCP first: a supervisor monitors one voice contact at a time.");
            }

            return new[] { presence, slot };
        }

        private async Task<IEnumerable<ReadinessCheckResult>> CheckInstanceAsync(string instanceId, string region, string channel, bool barge,
            CancellationToken cancellationToken)
        {
            var voice = channel == null || string.Equals(channel, "VOICE", StringComparison.OrdinalIgnoreCase);
            var chat = channel == null || string.Equals(channel, "CHAT", StringComparison.OrdinalIgnoreCase);
            // An unknown channel (no contact, or one that could not be read) checks voice and chat both.
            if (!voice && !chat)
            {
                const string notChecked = "not checked: the contact's channel cannot be monitored";
                return new[]
                {
                    new ReadinessCheckResult(EnhancedMonitoringCheck, ReadinessStatus.NotApplicable, notChecked, null),
                    new ReadinessCheckResult(CallRecordingCheck, ReadinessStatus.NotApplicable, notChecked, null),
                };
            }

            var channels = new List<(string Channel, string Enhanced, string MultiParty)>();
            if (voice)
            {
                channels.Add(("voice", "ENHANCED_CONTACT_MONITORING", "MULTI_PARTY_CONFERENCE"));
            }

            if (chat)
            {
                channels.Add(("chat", "ENHANCED_CHAT_MONITORING", "MULTI_PARTY_CHAT_CONFERENCE"));
            }

            var found = new List<string>();
            var enhancedOn = new Dictionary<string, bool>(StringComparer.Ordinal);
            foreach (var (name, enhanced, multiParty) in channels)
            {
                foreach (var attribute in new[] { enhanced, multiParty })
                {
                    var value = await ReadAsync(() => _reads.DescribeInstanceAttributeAsync(instanceId, region, attribute, cancellationToken)).ConfigureAwait(false);
                    if (value.Failure != null)
                    {
                        var unknown = Unknown(EnhancedMonitoringCheck, "connect:DescribeInstanceAttribute", value.Failure);
                        return new[] { unknown, new ReadinessCheckResult(CallRecordingCheck, ReadinessStatus.Unknown, unknown.Found, unknown.Fix) };
                    }

                    found.Add($"{attribute} {value.Value ?? "(not set)"}");
                    if (attribute == enhanced)
                    {
                        enhancedOn[name] = string.Equals(value.Value, "true", StringComparison.OrdinalIgnoreCase);
                    }
                }
            }

            var foundText = string.Join(", ", found);
            ReadinessCheckResult enhancedCheck;
            if (!barge)
            {
                enhancedCheck = new ReadinessCheckResult(EnhancedMonitoringCheck, ReadinessStatus.NotApplicable, foundText + " (only BARGE needs enhanced monitoring)", null);
            }
            else if (enhancedOn.Values.Any(on => on))
            {
                enhancedCheck = Pass(EnhancedMonitoringCheck, foundText);
            }
            else
            {
                var off = channels.Select(c => c.Enhanced).ToList();
                enhancedCheck = Fail(EnhancedMonitoringCheck, foundText + ": without enhanced monitoring the supervisor sees no barge button",
                    $"Turn on enhanced monitoring for the instance ({string.Join(" / ", off.Select(a => $"aws connect update-instance-attribute --instance-id {instanceId} --attribute-type {a} --value true"))}), or monitor with SILENT_MONITOR only.");
            }

            var recording = voice && enhancedOn.TryGetValue("voice", out var voiceOn) && !voiceOn
                ? new ReadinessCheckResult(CallRecordingCheck, ReadinessStatus.NotApplicable,
                    "ENHANCED_CONTACT_MONITORING is off: silent monitoring of voice then needs call recording, which no API shows",
                    "Make sure the contact's flow records agent and customer (Set recording and analytics behavior: Agent and Customer on); otherwise MonitorContact fails with 'Monitoring failed, please enable call recording'.")
                : new ReadinessCheckResult(CallRecordingCheck, ReadinessStatus.NotApplicable, voice ? "not needed: enhanced contact monitoring is on" : "not needed for chat", null);
            return new[] { enhancedCheck, recording };
        }

        private static async Task<(T Value, ConnectServiceException Failure)> ReadAsync<T>(Func<Task<T>> read)
        {
            try
            {
                return (await read().ConfigureAwait(false), null);
            }
            catch (ConnectServiceException failure)
            {
                return (default(T), failure);
            }
        }

        private static ReadinessCheckResult Unknown(string check, string action, ConnectServiceException failure) =>
            failure.Kind == ConnectServiceErrorKind.AccessDenied
                ? new ReadinessCheckResult(check, ReadinessStatus.Unknown, $"not readable: {action} was denied (AccessDeniedException)",
                    $"Allow {action} to your IAM identity on this instance, then test again.")
                : new ReadinessCheckResult(check, ReadinessStatus.Unknown, $"the read failed: {failure.ErrorCode}", "Test again later; the error code says why the read failed.");

        private static ReadinessCheckResult Pass(string check, string found) => new ReadinessCheckResult(check, ReadinessStatus.Pass, found, null);

        private static ReadinessCheckResult Fail(string check, string found, string fix) => new ReadinessCheckResult(check, ReadinessStatus.Fail, found, fix);

        private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";
    }
}
