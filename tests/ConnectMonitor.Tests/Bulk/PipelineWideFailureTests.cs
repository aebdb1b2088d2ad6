using System.Management.Automation;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Bulk;

/// <summary>
/// A problem that stops every input (here: a -ProfileName that does not exist, for an input without credentials of its
/// own) is terminating, but only after every call already sent has been reported: with eight calls in flight, the
/// inputs before the failing one and (with -UserId, whose problem shows in the call itself) after it that reached the
/// service each get their result before the pipeline stops. With -UserName the problem shows in the name's lookup on
/// the pipeline thread, and the same rule holds.
/// </summary>
public sealed class PipelineWideFailureTests(ConnectDoubleFixture connect) : IClassFixture<ConnectDoubleFixture>
{
    [Theory]
    [InlineData("-UserId $user")]
    [InlineData("-UserName jane.supervisor")]
    public void Calls_already_sent_are_reported_before_the_terminating_error(string supervisor)
    {
        // Slow answers keep the first inputs in flight while the later ones are read and sent.
        connect.Server.Faults.Latency = TimeSpan.FromMilliseconds(300);
        var contacts = connect.NewContacts(6, "wide");
        const int failing = 2;
        var items = contacts.Select((c, i) => i == failing
            ? $"[pscustomobject]@{{ ContactId = '{c}' }}"
            : $"[pscustomobject]@{{ ContactId = '{c}'; AccessKey = $ak; SecretKey = $sk }}");
        using var ps = connect.NewSession()
            .SetVariable("ak", TestCredentials.AccessKeyId)
            .SetVariable("sk", TestCredentials.SecretAccessKey);

        var run = ps.Run(
            "@(" + string.Join(", ", items) + $") | Start-ConnectContactMonitor -InstanceId $instance {supervisor} -Region $region " +
            "-EndpointUrl $endpoint -ProfileName no-such-profile -ThrottleLimit 8 -MaxRequestsPerSecond 0");

        var terminating = Assert.Single(run.Errors);
        Assert.StartsWith("ProfileNotFound,", terminating.FullyQualifiedErrorId);
        var sent = connect.RequestsFor(contacts).Select(r => r.ContactId!).ToList();
        Assert.DoesNotContain(contacts[failing], sent);
        Assert.Contains(contacts[0], sent);
        if (supervisor.StartsWith("-UserId", StringComparison.Ordinal))
        {
            Assert.Contains(contacts[failing + 1], sent);
        }

        // Every contact that reached the service has its result, in input order; nothing was sent unreported.
        Assert.Equal(contacts.Where(sent.Contains), run.Output.Select(o => (string)o.Properties["ContactId"].Value));
        Assert.Equal(contacts[failing], ((PSObject)terminating.TargetObject).Properties["ContactId"].Value);
    }
}
