using System.Collections.Generic;

namespace ConnectMonitor.Engine.Supervision
{
    /// <summary>Which live contacts to list: one kind of filter (agents, queues, routing profiles or one hierarchy group) by
    /// id, or the whole floor.</summary>
    public sealed class LiveContactQuery
    {
        /// <summary>The instance id.</summary>
        public string InstanceId { get; set; }

        /// <summary>The region to call (null: the pipeline's default region).</summary>
        public string Region { get; set; }

        /// <summary>What <see cref="Ids"/> are: users (agents), queues, routing profiles or hierarchy groups.</summary>
        public DirectoryResourceKind FilterKind { get; set; }

        /// <summary>The ids to filter by (any number: they are sent 100 at a time, hierarchy groups one at a time).</summary>
        public IReadOnlyList<string> Ids { get; set; }

        /// <summary>Every live contact of the instance: the routing profiles are listed (SearchRoutingProfiles, every page)
        /// and asked for as the filter (<see cref="FilterKind"/> and <see cref="Ids"/> are not used). Every agent has one
        /// routing profile, so each agent is in one request's answer.</summary>
        public bool WholeFloor { get; set; }

        /// <summary>Contact states to keep (filtered after the call, so the contacts in other states can be counted);
        /// null or empty: CONNECTED and CONNECTED_ONHOLD.</summary>
        public IReadOnlyList<string> States { get; set; }

        /// <summary>Channels to keep (VOICE, CHAT, TASK, EMAIL), filtered after the call; null or empty: all.</summary>
        public IReadOnlyList<string> Channels { get; set; }
    }
}
