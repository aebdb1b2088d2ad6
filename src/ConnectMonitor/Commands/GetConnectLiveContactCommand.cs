using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using ConnectMonitor.Completion;
using ConnectMonitor.Engine.Errors;
using ConnectMonitor.Engine.Monitoring;
using ConnectMonitor.Engine.Sessions;
using ConnectMonitor.Engine.Supervision;
using ConnectMonitor.Errors;
using ConnectMonitor.Inputs;
using ConnectMonitor.Supervision;

namespace ConnectMonitor.Commands
{
    /// <summary>
    /// <para type="synopsis">Gets the contacts that agents are on right now in an Amazon Connect instance: the whole floor, or found by agent, queue, routing profile or team.</para>
    /// <para type="description">Calls Amazon Connect GetCurrentUserData (every page) for the agents, queues, routing profiles or
    /// user hierarchy group given by name or id (with none of them: the whole floor, every routing profile of the instance
    /// from SearchRoutingProfiles, 100 per request), and writes one ConnectMonitor.LiveContact per contact: contact id and ARN,
    /// channel, state and since when, agent id and login name, queue name and id. Names are looked up once per pipeline
    /// (SearchUsers, SearchQueues, SearchRoutingProfiles, SearchUserHierarchyGroups). By default only live contacts are
    /// written: CONNECTED and CONNECTED_ONHOLD. An empty answer says why in one warning: an agent asked for is not logged
    /// in, or N contacts are in states -State leaves out (ringing, after-contact work), naming the -State that shows them;
    /// -Verbose counts the requests sent. Contacts are written page by page as they arrive; when the names cannot be
    /// looked up the contacts are still written, with AgentUsername or QueueName empty and one warning. The objects pipe
    /// straight into Start-ConnectContactMonitor, and one read through -EndpointUrl carries it (an EndpointUrl property), so
    /// the monitoring call goes to the same endpoint. With -Wait it keeps watching and writes each contact that becomes live
    /// later, once, as it connects.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ConnectLiveContact")]
    [OutputType(typeof(LiveContact))]
    public sealed class GetConnectLiveContactCommand : ConnectCmdletBase, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private ConnectSessionCache _services;
        private readonly NameLookup _names = new NameLookup();

        /// <summary>
        /// <para type="description">The Amazon Connect instance id.</para>
        /// </summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [TrimWireText]
        [ValidateNotNullOrEmpty]
        [ValidateWireText(1, 100)]
        [ArgumentCompleter(typeof(InstanceCompleter))]
        public string InstanceId { get; set; }

        /// <summary>
        /// <para type="description">Agents by login name (e.g. jdoe), user id or agent ARN, 1 to 100 per page of the service
        /// (more are sent in several calls). Each value is trimmed and must be 1-100 characters without control characters; an
        /// ARN must be an agent ARN of this instance. A login name that matches no user, or several, is an error for that name.</para>
        /// </summary>
        [Parameter(Position = 0)]
        [Alias("AgentUsername")]
        [TrimWireText]
        [ValidateNotNullOrEmpty]
        [ValidateCount(1, 1000)]
        [ValidateWireText(1, 100, ArnAllowed = true)]
        [ArgumentCompleter(typeof(UserNameCompleter))]
        public string[] Agent { get; set; }

        /// <summary>
        /// <para type="description">Queues by name (e.g. Billing), queue id or queue ARN of this instance: the contacts agents
        /// are on from these queues. The same text rules as -Agent, with names up to 127 characters (the model's limit).</para>
        /// </summary>
        [Parameter]
        [TrimWireText]
        [ValidateNotNullOrEmpty]
        [ValidateCount(1, 1000)]
        [ValidateWireText(1, 127, ArnAllowed = true)]
        [ArgumentCompleter(typeof(QueueNameCompleter))]
        public string[] Queue { get; set; }

        /// <summary>
        /// <para type="description">Routing profiles by name, id or routing-profile ARN of this instance: the contacts of agents
        /// with these routing profiles. The same text rules as -Agent, with names up to 127 characters (the model's limit).</para>
        /// </summary>
        [Parameter]
        [TrimWireText]
        [ValidateNotNullOrEmpty]
        [ValidateCount(1, 1000)]
        [ValidateWireText(1, 127, ArnAllowed = true)]
        [ArgumentCompleter(typeof(RoutingProfileNameCompleter))]
        public string[] RoutingProfile { get; set; }

        /// <summary>
        /// <para type="description">One user hierarchy group (a team) by name (e.g. 'Team North') or id: the contacts of its agents.
        /// Several groups can share a name at different levels; then pass the id (or its agent-group ARN). The same text rules
        /// as -Agent.</para>
        /// </summary>
        [Parameter]
        [TrimWireText]
        [ValidateNotNullOrEmpty]
        [ValidateWireText(1, 100, ArnAllowed = true)]
        [ArgumentCompleter(typeof(HierarchyGroupNameCompleter))]
        public string HierarchyGroup { get; set; }

        /// <summary>
        /// <para type="description">Only contacts on these channels: VOICE, CHAT, TASK, EMAIL (default: all).</para>
        /// </summary>
        [Parameter]
        [ValidateSet("VOICE", "CHAT", "TASK", "EMAIL", IgnoreCase = true)]
        public string[] Channel { get; set; }

        /// <summary>
        /// <para type="description">Only contacts in these states (default CONNECTED and CONNECTED_ONHOLD: what can be monitored).
        /// Any of INCOMING, PENDING, CONNECTING, CONNECTED, CONNECTED_ONHOLD, MISSED, ERROR, ENDED, REJECTED.</para>
        /// </summary>
        [Parameter]
        [ValidateSet("INCOMING", "PENDING", "CONNECTING", "CONNECTED", "CONNECTED_ONHOLD", "MISSED", "ERROR", "ENDED", "REJECTED", IgnoreCase = true)]
        [ValidateCount(1, 9)]
        public string[] State { get; set; }

        /// <summary>
        /// <para type="description">Keep watching, like Get-Content -Wait: write the live contacts now, then each contact that
        /// becomes live later, once, polling GetCurrentUserData every -PollIntervalSec seconds (paced like every read) until
        /// Ctrl+C or until the pipeline downstream has what it needs (e.g. Select-Object -First 3). Throttling and service or
        /// network failures are one warning per outage (and one when the reads work again); the watch goes on.</para>
        /// </summary>
        [Parameter]
        public SwitchParameter Wait { get; set; }

        /// <summary>
        /// <para type="description">With -Wait, seconds between two polls (1 to 3600; default 5). Without -Wait it is ignored,
        /// with a warning.</para>
        /// </summary>
        [Parameter]
        [ValidateRange(1, 3600)]
        public int PollIntervalSec { get; set; } = 5;

        /// <inheritdoc />
        protected override void BeginProcessing()
        {
            // The same pacing as Start-ConnectContactMonitor's default (adaptive, one limiter per endpoint and operation)
            // and the same per-pipeline cache of sessions.
            _services = new ConnectSessionCache(PipelineOptions());
            if (!Wait && MyInvocation.BoundParameters.ContainsKey(nameof(PollIntervalSec)))
            {
                WriteWarning("-PollIntervalSec applies only with -Wait: the live contacts are read once.");
            }
        }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            // No filter: the whole floor (every routing profile of the instance).
            var (kind, parameter, values) = Filter();
            var problems = new List<ErrorRecord>();
            var usable = kind == null ? null : LiveContactFilter.Usable(kind.Value, parameter, values, InstanceId, problems);
            problems.ForEach(WriteError);
            if (usable?.Count == 0)
            {
                return;
            }

            try
            {
                // The region comes from the session (-Region checked like every cmdlet's, or the other sources), never as typed.
                var service = _services.For(CurrentSessionSettings());
                var callsBefore = _names.For(service).CallsSent();
                var named = new List<KeyValuePair<string, string>>();
                foreach (var resolution in kind == null ? new NameResolution[0] : _names.Resolve(service, kind.Value, InstanceId, null, usable, _stopping.Token))
                {
                    var problem = NameLookup.ProblemRecord(resolution, resolution.Name);
                    if (problem != null)
                    {
                        WriteError(problem);
                        continue;
                    }

                    named.Add(new KeyValuePair<string, string>(resolution.Single.Id, resolution.Name));
                }

                if (kind != null && named.Count == 0)
                {
                    return;
                }

                var query = new LiveContactQuery
                {
                    InstanceId = InstanceId,
                    FilterKind = kind ?? DirectoryResourceKind.RoutingProfile,
                    WholeFloor = kind == null,
                    Ids = named.Select(n => n.Key).ToList(),
                    States = State?.Select(s => s.ToUpperInvariant()).Distinct().ToList(),
                    Channels = Channel?.Select(c => c.ToUpperInvariant()).Distinct().ToList(),
                };

                if (Wait)
                {
                    Watch(_names.For(service), query);
                    return;
                }

                // Each page's contacts are written as it arrives: a failure on a later page keeps them.
                var reader = _names.For(service).ReadLiveContacts(query);
                var count = 0;
                LiveContactPage page;
                while ((page = NameLookup.Wait(reader.NextAsync(_stopping.Token), _stopping.Token)) != null)
                {
                    if (page.MissingNames != null)
                    {
                        WriteWarning(page.MissingNames);
                    }

                    foreach (var record in page.Contacts)
                    {
                        WriteObject(ToOutput(record));
                        count++;
                    }
                }

                var scope = kind == null
                    ? $"in instance '{InstanceId}' (the whole floor: {reader.RoutingProfiles} routing profiles)"
                    : $"in instance '{InstanceId}' for {Describe(kind.Value)} {string.Join(", ", usable)}";
                if (count == 0)
                {
                    WriteWarning(EmptyAnswerWarning.For(reader, kind == DirectoryResourceKind.User ? named : null, scope));
                }

                WriteVerbose($"{count} live contact{(count == 1 ? "" : "s")} {scope}; {CallCount.Since(callsBefore, _names.For(service).CallsSent(), reader.Chunks)}.");
            }
            catch (ConnectServiceException failure)
            {
                var record = ErrorRecordFactory.ForServiceFailure(failure, InstanceId);
                if (record.ErrorDetails?.RecommendedAction != null)
                {
                    record.ErrorDetails.RecommendedAction = "Run Get-ConnectLiveContact again.";
                }

                WriteError(record);
            }
            catch (ConnectConfigurationException configuration)
            {
                ThrowTerminatingError(ErrorRecordFactory.ForConfiguration(configuration, InstanceId));
            }
        }

        /// <inheritdoc />
        protected override void StopProcessing() => _stopping.Cancel();

        /// <summary>Cancels any lookup in flight and releases the service clients.</summary>
        public void Dispose()
        {
            _stopping.Cancel();
            _services?.Dispose();
            _stopping.Dispose();
        }

        // One kind of filter per command (GetCurrentUserData takes one kind): the four parameters are alternatives, checked
        // here rather than by parameter sets, whose "Parameter set cannot be resolved" does not say which ones.
        private (DirectoryResourceKind?, string, IReadOnlyList<string>) Filter()
        {
            var given = new List<(string Parameter, DirectoryResourceKind Kind, IReadOnlyList<string> Values)>();
            if (Agent != null) given.Add((nameof(Agent), DirectoryResourceKind.User, Agent));
            if (Queue != null) given.Add((nameof(Queue), DirectoryResourceKind.Queue, Queue));
            if (RoutingProfile != null) given.Add((nameof(RoutingProfile), DirectoryResourceKind.RoutingProfile, RoutingProfile));
            if (HierarchyGroup != null) given.Add((nameof(HierarchyGroup), DirectoryResourceKind.HierarchyGroup, new[] { HierarchyGroup }));
            if (given.Count <= 1)
            {
                return given.Count == 0 ? (null, null, null) : (given[0].Kind, given[0].Parameter, given[0].Values);
            }

            const string alternatives = "-Agent, -Queue, -RoutingProfile and -HierarchyGroup are alternatives (Amazon Connect GetCurrentUserData takes one kind of filter)";
            ThrowTerminatingError(ErrorRecordFactory.ForInvalidInput(ErrorIds.FilterKindConflict,
                    $"{string.Join(" and ", given.Select(g => "-" + g.Parameter))} cannot be used together: {alternatives}. Run one command per kind, e.g. " +
                    $"Get-ConnectLiveContact -InstanceId ... -{given[0].Parameter} ... Nothing was sent.",
                    string.Join(",", given.Select(g => g.Parameter))));
            return default;
        }

        // -Wait: the engine's watcher polls, this writes what it hands out. Ends only by Stop, by the pipeline downstream
        // being done (WriteObject throws) or by a failure that does not pass.
        private void Watch(SupervisorLookups lookups, LiveContactQuery query)
        {
            var watcher = new LiveContactWatcher(ct => lookups.GetLiveContactsAsync(query, ct), TimeSpan.FromSeconds(PollIntervalSec));
            WriteVerbose($"Watching for live contacts in instance '{InstanceId}' every {PollIntervalSec} s until Ctrl+C.");
            while (true)
            {
                var step = NameLookup.Wait(watcher.NextAsync(_stopping.Token), _stopping.Token);
                if (step.Warning != null)
                {
                    WriteWarning(step.Warning);
                }

                foreach (var record in step.NewContacts)
                {
                    WriteObject(ToOutput(record));
                }
            }
        }

        private static string Describe(DirectoryResourceKind kind) => kind == DirectoryResourceKind.User ? "agent" : NameResolution.Describe(kind);

        // A contact read through a custom endpoint carries it (EndpointUrl), so Start-ConnectContactMonitor binds it and
        // monitors through the same place; none is added for the standard endpoint (a null would fail -EndpointUrl's binding).
        private static PSObject ToOutput(LiveContactRecord r)
        {
            var output = PSObject.AsPSObject(new LiveContact(r.ContactId, r.ContactArn, r.InstanceId, r.Region, r.Channel, r.State,
                r.StateSince?.UtcDateTime, r.ConnectedToAgentAt?.UtcDateTime, r.InitiationMethod,
                r.AgentId, r.AgentUsername, r.QueueName, r.QueueId, r.RoutingProfileId));
            if (!string.IsNullOrEmpty(r.EndpointUrl))
            {
                output.Properties.Add(new PSNoteProperty(nameof(EndpointUrl), r.EndpointUrl));
            }

            return output;
        }
    }
}
