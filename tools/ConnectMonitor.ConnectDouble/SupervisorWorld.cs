namespace ConnectMonitor.ConnectDouble;

/// <summary>
/// The supervisor's view of the default world (<see cref="TestCredentials.InstanceId"/>): named supervisors and agents,
/// the queues Billing, Claims and Support, two routing profiles and <see cref="OverflowProfiles"/> more (Overflow 001…,
/// more than one GetCurrentUserData filter holds, so the whole floor takes two requests; bwong is in the last one), the hierarchy groups Team North and Team South (and two
/// groups both named Team East, for ambiguity), and agents on the default world's live contacts.
/// </summary>
public static class SupervisorWorld
{
    /// <summary>The alias of <see cref="TestCredentials.InstanceId"/>, as ListInstances shows it.</summary>
    public const string InstanceAlias = "contoso-care";

    /// <summary>Login name of <see cref="TestCredentials.UserId"/>, a supervisor who may monitor.</summary>
    public const string SupervisorName = "jane.supervisor";
    /// <summary>Login name of <see cref="TestCredentials.OtherUserId"/>, a second supervisor.</summary>
    public const string OtherSupervisorName = "sam.supervisor";
    /// <summary>Login name of <see cref="TestCredentials.DeniedUserId"/>, who may not monitor.</summary>
    public const string DeniedName = "pat.viewer";

    /// <summary>Agent jdoe: on <see cref="JdoeContactId"/> (VOICE, CONNECTED, queue Billing, Team North).</summary>
    public const string JdoeId = "a0000000-0000-4000-8000-000000000001";
    /// <summary>Agent asmith: on contact …002 (VOICE, CONNECTED, queue Claims, Team North).</summary>
    public const string AsmithId = "a0000000-0000-4000-8000-000000000002";
    /// <summary>Agent bwong: on contact …003 (CHAT, CONNECTED, queue Billing, Team South, routing profile Overflow 110).</summary>
    public const string BwongId = "a0000000-0000-4000-8000-000000000003";
    /// <summary>Agent klee: on contact …004 (VOICE, CONNECTED_ONHOLD, queue Claims, Team South, routing profile Claims Team).</summary>
    public const string KleeId = "a0000000-0000-4000-8000-000000000004";
    /// <summary>Agent mgarcia: on contact …005 (VOICE, CONNECTING: ringing, not live yet; queue Billing).</summary>
    public const string MgarciaId = "a0000000-0000-4000-8000-000000000005";
    /// <summary>Agent tnguyen: on no contact.</summary>
    public const string TnguyenId = "a0000000-0000-4000-8000-000000000006";
    /// <summary>Agent lchen: on no contact, in no team or routing profile, until the second GetCurrentUserData request that
    /// names lchen as an agent: its answer has <see cref="LchenNextCallId"/> (VOICE, CONNECTED, queue Support), a call that
    /// connects while someone watches (the demo's -Wait).</summary>
    public const string LchenId = "a0000000-0000-4000-8000-000000000009";
    /// <summary>The call lchen takes while watched.</summary>
    public const string LchenNextCallId = "c0000000-0000-4000-8000-0000000000c9";
    /// <summary>Two users whose login names differ only by case ("kim" and "Kim"): "KIM" is ambiguous.</summary>
    public const string KimLowerId = "a0000000-0000-4000-8000-000000000007";
    /// <summary>See <see cref="KimLowerId"/>.</summary>
    public const string KimUpperId = "a0000000-0000-4000-8000-000000000008";

    /// <summary>The contact jdoe is on.</summary>
    public const string JdoeContactId = "c0000000-0000-4000-8000-000000000001";

    /// <summary>Queue ids.</summary>
    public const string BillingQueueId = "b0000000-0000-4000-8000-0000000000b1", ClaimsQueueId = "b0000000-0000-4000-8000-0000000000b2",
        SupportQueueId = "b0000000-0000-4000-8000-0000000000b3";

    /// <summary>Routing profile ids.</summary>
    public const string BasicProfileId = "d0000000-0000-4000-8000-0000000000d1", ClaimsProfileId = "d0000000-0000-4000-8000-0000000000d2";

    /// <summary>How many Overflow routing profiles the default world has besides the two above.</summary>
    public const int OverflowProfiles = 110;

    /// <summary>The id of Overflow routing profile <paramref name="n"/> (1-<see cref="OverflowProfiles"/>).</summary>
    public static string OverflowProfileId(int n) => $"d0000000-0000-4000-8000-00000000{n:D4}";

    /// <summary>Hierarchy group ids (two groups are named Team East).</summary>
    public const string TeamNorthId = "e0000000-0000-4000-8000-0000000000e1", TeamSouthId = "e0000000-0000-4000-8000-0000000000e2",
        TeamEastAId = "e0000000-0000-4000-8000-0000000000e3", TeamEastBId = "e0000000-0000-4000-8000-0000000000e4";

    /// <summary>When the default world's agent contacts entered their state.</summary>
    public static readonly DateTimeOffset StateStart = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Adds the supervisor's view to <paramref name="w"/>'s default instance.</summary>
    public static void AddTo(ConnectWorld w)
    {
        var i = TestCredentials.InstanceId;
        w.SetInstanceAlias(i, InstanceAlias);
        w.AddQueue(i, BillingQueueId, "Billing").AddQueue(i, ClaimsQueueId, "Claims").AddQueue(i, SupportQueueId, "Support");
        w.AddRoutingProfile(i, BasicProfileId, "Basic Routing Profile").AddRoutingProfile(i, ClaimsProfileId, "Claims Team");
        for (var n = 1; n <= OverflowProfiles; n++) w.AddRoutingProfile(i, OverflowProfileId(n), $"Overflow {n:D3}");
        w.AddHierarchyGroup(i, TeamNorthId, "Team North", "1").AddHierarchyGroup(i, TeamSouthId, "Team South", "1")
            .AddHierarchyGroup(i, TeamEastAId, "Team East", "1").AddHierarchyGroup(i, TeamEastBId, "Team East", "2");

        w.AddNamedUser(i, new DirectoryUser(TestCredentials.UserId, SupervisorName, "Jane", "Supervisor", BasicProfileId, TeamNorthId));
        w.AddNamedUser(i, new DirectoryUser(TestCredentials.OtherUserId, OtherSupervisorName, "Sam", "Supervisor", BasicProfileId, TeamSouthId));
        w.AddNamedUser(i, new DirectoryUser(TestCredentials.DeniedUserId, DeniedName, "Pat", "Viewer", BasicProfileId, null), canMonitor: false);
        w.AddNamedUser(i, new DirectoryUser(JdoeId, "jdoe", "John", "Doe", BasicProfileId, TeamNorthId), canMonitor: false);
        w.AddNamedUser(i, new DirectoryUser(AsmithId, "asmith", "Ann", "Smith", BasicProfileId, TeamNorthId), canMonitor: false);
        w.AddNamedUser(i, new DirectoryUser(BwongId, "bwong", "Bo", "Wong", OverflowProfileId(OverflowProfiles), TeamSouthId), canMonitor: false);
        w.AddNamedUser(i, new DirectoryUser(KleeId, "klee", "Kai", "Lee", ClaimsProfileId, TeamSouthId), canMonitor: false);
        w.AddNamedUser(i, new DirectoryUser(MgarciaId, "mgarcia", "Maria", "Garcia", BasicProfileId, TeamNorthId), canMonitor: false);
        w.AddNamedUser(i, new DirectoryUser(TnguyenId, "tnguyen", "Tam", "Nguyen", BasicProfileId, TeamNorthId), canMonitor: false);
        w.AddNamedUser(i, new DirectoryUser(LchenId, "lchen", "Li", "Chen"), canMonitor: false);
        w.AddAgentContactOnRead(i, new AgentContact(LchenNextCallId, LchenId, SupportQueueId), read: 2);
        w.AddNamedUser(i, new DirectoryUser(KimLowerId, "kim", "Kim", "Park", BasicProfileId, null), canMonitor: false);
        w.AddNamedUser(i, new DirectoryUser(KimUpperId, "Kim", "Kim", "Young", BasicProfileId, null), canMonitor: false);

        var ids = TestCredentials.ContactIds;
        w.AddAgentContact(i, new AgentContact(ids[0], JdoeId, BillingQueueId, "VOICE", "CONNECTED", StateStart));
        w.AddAgentContact(i, new AgentContact(ids[1], AsmithId, ClaimsQueueId, "VOICE", "CONNECTED", StateStart.AddMinutes(1)));
        w.AddAgentContact(i, new AgentContact(ids[2], BwongId, BillingQueueId, "CHAT", "CONNECTED", StateStart.AddMinutes(2)));
        w.AddAgentContact(i, new AgentContact(ids[3], KleeId, ClaimsQueueId, "VOICE", "CONNECTED_ONHOLD", StateStart.AddMinutes(3)));
        w.AddAgentContact(i, new AgentContact(ids[4], MgarciaId, BillingQueueId, "VOICE", "CONNECTING", StateStart.AddMinutes(4)));
    }
}
