namespace ConnectMonitor.ConnectDouble;

/// <summary>
/// What the local endpoint prints when it starts: a parseable <c>Listening on URL</c> line first (scripts that start it
/// with <c>--port 0</c> read it), then how to point ConnectMonitor at it, with ids taken from its world.
/// </summary>
public static class EndpointBanner
{
    /// <summary>Prefix of the first line; the endpoint URL follows it.</summary>
    public const string ListeningPrefix = "Listening on ";

    /// <summary>The banner's lines for a server listening on <paramref name="endpoint"/> with <paramref name="world"/>.</summary>
    public static IReadOnlyList<string> Lines(Uri endpoint, ConnectWorld world, string? region)
    {
        var instance = world.InstanceIds.FirstOrDefault() ?? "<instance-id>";
        var user = world.MonitoringUsersOf(instance).FirstOrDefault() ?? "<supervisor-user-id>";
        var contact = world.ContactsOf(instance).FirstOrDefault(c => world.IsLive(instance, c)) ?? "<contact-id>";
        var contactCount = world.InstanceIds.Sum(i => world.ContactsOf(i).Count);
        return
        [
            ListeningPrefix + endpoint.AbsoluteUri,
            $"Local Amazon Connect endpoint (MonitorContact and the supervisor lookups; 127.0.0.1 only; {world.InstanceIds.Count} instance(s), {contactCount} contact(s)).",
            "Point ConnectMonitor at it from PowerShell (fake credentials, nothing leaves this machine):",
            $"  $env:AWS_ACCESS_KEY_ID     = '{TestCredentials.AccessKeyId}'",
            $"  $env:AWS_SECRET_ACCESS_KEY = '{TestCredentials.SecretAccessKey}'",
            $"  $env:AWS_REGION            = '{region ?? TestCredentials.Region}'",
            $"  $env:AWS_ENDPOINT_URL_CONNECT = '{endpoint.AbsoluteUri}'   # or pass -EndpointUrl to each call",
            $"  Start-ConnectContactMonitor -ContactId {contact} -InstanceId {instance} -UserId {user}",
            .. SupervisorExample(world, instance),
            "One line per request follows. Ctrl+C stops.",
        ];
    }

    /// <summary>The supervisor's task by name, when the world has an agent on a live contact and a supervisor with a login name.</summary>
    private static IEnumerable<string> SupervisorExample(ConnectWorld world, string instance)
    {
        var users = world.NamedUsersOf(instance);
        var supervisor = users.FirstOrDefault(u => world.MonitoringUsersOf(instance).Contains(u.Id));
        var agent = world.AgentContactsOf(instance)
            .Where(c => c.State.StartsWith("CONNECTED", StringComparison.Ordinal))
            .Select(c => users.FirstOrDefault(u => u.Id == c.AgentId))
            .FirstOrDefault(u => u is not null);
        if (supervisor is null || agent is null) return [];
        return [$"  Get-ConnectLiveContact -InstanceId {instance} -Agent {agent.Username} | Start-ConnectContactMonitor -UserName {supervisor.Username}"];
    }
}
