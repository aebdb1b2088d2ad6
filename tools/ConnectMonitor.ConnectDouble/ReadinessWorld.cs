namespace ConnectMonitor.ConnectDouble;

/// <summary>
/// The readiness view of the default world (<see cref="TestCredentials.InstanceId"/>): enhanced monitoring on for voice
/// and chat; security profiles Agent (BasicAgentAccess), Listen only (no barge) and Supervisor (250 permissions, so
/// ManagerListenIn and ManagerBargeIn are on its second and third pages); jane.supervisor (Agent + Supervisor, logged
/// in, Available: ready), sam.supervisor (Listen only), and three supervisors who cannot monitor for other reasons:
/// logged out, Offline, already monitoring a voice contact. A second instance, <see cref="BasicInstanceId"/>, has
/// enhanced monitoring off, with jane ready there too and a live voice and chat contact.
/// </summary>
public static class ReadinessWorld
{
    /// <summary>Security profile ids.</summary>
    public const string AgentProfileId = "f0000000-0000-4000-8000-0000000000f1", ListenOnlyProfileId = "f0000000-0000-4000-8000-0000000000f2",
        SupervisorProfileId = "f0000000-0000-4000-8000-0000000000f3";

    /// <summary>lou.loggedout: Supervisor profile, not logged in to the CCP.</summary>
    public const string LoggedOutId = "5b9c7e2a-8d41-4f3e-a6b0-9c8d7e6f5a44";
    /// <summary>olive.offline: Supervisor profile, logged in with status Offline.</summary>
    public const string OfflineId = "5b9c7e2a-8d41-4f3e-a6b0-9c8d7e6f5a45";
    /// <summary>max.monitoring: Supervisor profile, Available, already monitoring <see cref="MonitoringContactId"/>.</summary>
    public const string MonitoringId = "5b9c7e2a-8d41-4f3e-a6b0-9c8d7e6f5a46";
    /// <summary>The voice monitoring session max.monitoring is on (initiation method MONITOR).</summary>
    public const string MonitoringContactId = "c0000000-0000-4000-8000-0000000000a1";

    /// <summary>An instance with enhanced monitoring off (voice and chat).</summary>
    public const string BasicInstanceId = "3f0c9a5e-1d2b-4c6a-9e7f-0000000000b0";
    /// <summary>A live voice contact and a live chat contact of <see cref="BasicInstanceId"/>, each with an agent.</summary>
    public const string BasicVoiceContactId = "c0000000-0000-4000-8000-0000000000b1", BasicChatContactId = "c0000000-0000-4000-8000-0000000000b2";

    /// <summary>The Supervisor profile's 250 permissions: ManagerListenIn is the 121st, ManagerBargeIn the 241st.</summary>
    public static IReadOnlyList<string> SupervisorPermissions { get; } = Enumerable.Range(1, 250)
        .Select(n => n switch { 121 => "ManagerListenIn", 241 => "ManagerBargeIn", 1 => "AccessMetrics", 2 => "AccessMetrics.RealTimeMetrics.Access", _ => $"Custom.Permission{n:D3}" })
        .ToArray();

    /// <summary>Adds the readiness view to <paramref name="w"/> (after <see cref="SupervisorWorld.AddTo"/>).</summary>
    public static void AddTo(ConnectWorld w)
    {
        foreach (var i in new[] { TestCredentials.InstanceId, BasicInstanceId })
        {
            w.AddSecurityProfile(i, AgentProfileId, ["BasicAgentAccess", "ContactSearch.View"])
                .AddSecurityProfile(i, ListenOnlyProfileId, ["BasicAgentAccess", "ManagerListenIn", "AccessMetrics"])
                .AddSecurityProfile(i, SupervisorProfileId, SupervisorPermissions);
        }

        var d = TestCredentials.InstanceId;
        foreach (var attribute in new[] { "ENHANCED_CONTACT_MONITORING", "ENHANCED_CHAT_MONITORING", "MULTI_PARTY_CONFERENCE", "MULTI_PARTY_CHAT_CONFERENCE" })
            w.SetInstanceAttribute(d, attribute, "true");

        foreach (var agent in w.NamedUsersOf(d)) w.SetUserProfiles(d, agent.Id, AgentProfileId);
        w.SetUserProfiles(d, TestCredentials.UserId, AgentProfileId, SupervisorProfileId).SetPresence(d, TestCredentials.UserId, "Available");
        w.SetUserProfiles(d, TestCredentials.OtherUserId, ListenOnlyProfileId).SetPresence(d, TestCredentials.OtherUserId, "Available");

        w.AddNamedUser(d, new DirectoryUser(LoggedOutId, "lou.loggedout", "Lou", "Loggedout"));
        w.AddNamedUser(d, new DirectoryUser(OfflineId, "olive.offline", "Olive", "Offline"));
        w.AddNamedUser(d, new DirectoryUser(MonitoringId, "max.monitoring", "Max", "Monitoring"));
        foreach (var id in new[] { LoggedOutId, OfflineId, MonitoringId }) w.SetUserProfiles(d, id, AgentProfileId, SupervisorProfileId);
        w.SetPresence(d, LoggedOutId, null).SetPresence(d, OfflineId, "Offline").SetPresence(d, MonitoringId, "Available");
        w.AddAgentContact(d, new AgentContact(MonitoringContactId, MonitoringId, null, "VOICE", "CONNECTED", SupervisorWorld.StateStart, "MONITOR"));
        w.SetEndedAt(d, TestCredentials.EndedContactId, SupervisorWorld.StateStart.AddMinutes(-5));

        var b = BasicInstanceId;
        w.AddNamedUser(b, new DirectoryUser(TestCredentials.UserId, SupervisorWorld.SupervisorName, "Jane", "Supervisor"));
        w.AddNamedUser(b, new DirectoryUser(SupervisorWorld.JdoeId, "jdoe", "John", "Doe"), canMonitor: false);
        w.SetUserProfiles(b, TestCredentials.UserId, AgentProfileId, SupervisorProfileId).SetPresence(b, TestCredentials.UserId, "Available");
        w.SetUserProfiles(b, SupervisorWorld.JdoeId, AgentProfileId);
        w.AddAgentContact(b, new AgentContact(BasicVoiceContactId, SupervisorWorld.JdoeId, null, "VOICE", "CONNECTED", SupervisorWorld.StateStart));
        w.AddAgentContact(b, new AgentContact(BasicChatContactId, SupervisorWorld.JdoeId, null, "CHAT", "CONNECTED", SupervisorWorld.StateStart));
    }
}
