using ConnectMonitor.ConnectDouble;

namespace ConnectMonitor.Tests.Infrastructure;

/// <summary>One loopback Connect double per test class; tests that inject faults use contact ids of their own.</summary>
public sealed class ConnectDoubleFixture : IAsyncLifetime
{
    public ConnectDoubleServer Server { get; private set; } = null!;

    public string Endpoint => Server.Endpoint.ToString();

    public async Task InitializeAsync() => Server = await ConnectDoubleServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>A fresh runspace with the module imported and $endpoint, $instance, $user, $region set for the double.</summary>
    public PowerShellSession NewSession() =>
        PowerShellSession.WithModule()
            .SetVariable("endpoint", Endpoint)
            .SetVariable("instance", TestCredentials.InstanceId)
            .SetVariable("user", TestCredentials.UserId)
            .SetVariable("region", TestCredentials.Region);

    /// <summary>
    /// Adds live contacts with unique ids to the double's world, so a test's faults and counts are its own; with
    /// <paramref name="answer"/>, a success for them names that (by default the supervisor's new monitoring contact).
    /// </summary>
    public string[] NewContacts(int count, string prefix = "c", MonitorAnswer answer = MonitorAnswer.MonitoringContact)
    {
        var ids = Enumerable.Range(0, count).Select(_ => $"{prefix}-{Guid.NewGuid():N}").ToArray();
        Server.World.AddContacts(TestCredentials.InstanceId, ids).AnswerFor(answer, ids);
        return ids;
    }

    /// <summary>The ARN the double gives <paramref name="contactId"/> in the default instance, region and account.</summary>
    public static string ContactArnOf(string contactId) =>
        $"arn:aws:connect:{TestCredentials.Region}:{TestCredentials.AccountId}:instance/{TestCredentials.InstanceId}/contact/{contactId}";

    /// <summary>
    /// The monitoring contact the double answered for the one session started on <paramref name="contactId"/>: its id
    /// under <see cref="MonitorAnswer.MonitoringContact"/>, null under <see cref="MonitorAnswer.Echo"/> (what a result's
    /// MonitorContactId must then be).
    /// </summary>
    public string? AnsweredMonitorContact(string contactId)
    {
        var answered = Assert.Single(Server.World.SessionsFor(contactId)).AnsweredContactId;
        return answered == contactId ? null : answered;
    }

    /// <summary>The requests the double received for the given contact ids.</summary>
    public IReadOnlyList<RecordedRequest> RequestsFor(params string[] contactIds) =>
        Server.Requests.Where(r => r.ContactId != null && contactIds.Contains(r.ContactId)).ToList();
}
