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
            $"Local Amazon Connect endpoint (MonitorContact only; 127.0.0.1 only; {world.InstanceIds.Count} instance(s), {contactCount} contact(s)).",
            "Point ConnectMonitor at it from PowerShell (fake credentials, nothing leaves this machine):",
            $"  $env:AWS_ACCESS_KEY_ID     = '{TestCredentials.AccessKeyId}'",
            $"  $env:AWS_SECRET_ACCESS_KEY = '{TestCredentials.SecretAccessKey}'",
            $"  $env:AWS_REGION            = '{region ?? TestCredentials.Region}'",
            $"  $env:AWS_ENDPOINT_URL_CONNECT = '{endpoint.AbsoluteUri}'   # or pass -EndpointUrl to each call",
            $"  Start-ConnectContactMonitor -ContactId {contact} -InstanceId {instance} -UserId {user}",
            "One line per request follows. Ctrl+C stops.",
        ];
    }
}
