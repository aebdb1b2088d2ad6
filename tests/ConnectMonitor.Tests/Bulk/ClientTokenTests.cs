using ConnectMonitor.ConnectDouble;
using System.Security.Cryptography;
using System.Text;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Bulk;

/// <summary>-ClientToken with many piped contacts: a distinct, deterministic token per contact, so reruns are idempotent.</summary>
public sealed class ClientTokenTests(ConnectDoubleFixture connect) : IClassFixture<ConnectDoubleFixture>
{
    private const string Pipeline =
        "$args | Start-ConnectContactMonitor -InstanceId $instance -UserId $user -EndpointUrl $endpoint -ClientToken 'runbook-42' -ThrottleLimit 4 -MaxRequestsPerSecond 0";

    [Fact]
    public void A_command_line_token_for_piped_contacts_becomes_one_derived_token_per_contact()
    {
        var contacts = connect.NewContacts(4, "token");
        using var ps = connect.NewSession();

        var run = ps.Run(Pipeline, contacts.Cast<object?>().ToArray());

        Assert.Empty(run.Errors);
        var tokens = connect.RequestsFor(contacts).Select(r => r.ClientToken!).ToArray();
        Assert.Equal(4, tokens.Distinct().Count());
        Assert.All(tokens, t => Assert.Matches("^runbook-42-[0-9a-f]{32}$", t));
        Assert.Equal(
            contacts.Select(c => Derived("runbook-42", TestCredentials.InstanceId, c, TestCredentials.UserId)),
            run.Output.Select(o => (string)o.Properties["ClientToken"].Value));
    }

    [Theory]
    [InlineData(MonitorAnswer.MonitoringContact)]
    [InlineData(MonitorAnswer.Echo)]
    public void Running_the_same_pipeline_again_replays_each_contact_idempotently(MonitorAnswer answer)
    {
        var contacts = connect.NewContacts(3, "rerun", answer);
        using var ps = connect.NewSession();

        var first = ps.Run(Pipeline, contacts.Cast<object?>().ToArray());
        var second = ps.Run(Pipeline, contacts.Cast<object?>().ToArray());

        Assert.Empty(first.Errors);
        Assert.Empty(second.Errors);
        Assert.Equal(3, connect.RequestsFor(contacts).Count(r => r.IdempotentReplay));
        Assert.All(contacts, c => Assert.Single(connect.Server.World.SessionsFor(c)));
        // A replay answers what the first call answered: the same monitoring contact (or the same echo), so the two
        // runs report the same session.
        Assert.All(contacts.Zip(first.Output, second.Output), t =>
        {
            ResultAssert.Monitors(connect, t.Second, t.First);
            ResultAssert.Monitors(connect, t.Third, t.First);
        });
    }

    [Fact]
    public void A_token_for_a_single_contact_or_piped_as_a_property_is_sent_as_given()
    {
        var contacts = connect.NewContacts(3, "asis");
        using var ps = connect.NewSession();

        var single = ps.Run("Start-ConnectContactMonitor $args[0] -InstanceId $instance -UserId $user -EndpointUrl $endpoint -ClientToken 'one-token'", contacts[0]);
        var piped = ps.Run("""
            [pscustomobject]@{ ContactId = $args[0]; ClientToken = 'tok-a' }, [pscustomobject]@{ ContactId = $args[1]; ClientToken = 'tok-b' } |
                Start-ConnectContactMonitor -InstanceId $instance -UserId $user -EndpointUrl $endpoint
            """, contacts[1], contacts[2]);

        Assert.Empty(single.Errors);
        Assert.Empty(piped.Errors);
        Assert.Equal(["one-token", "tok-a", "tok-b"], contacts.Select(c => connect.RequestsFor(c).Single().ClientToken));
    }

    [Fact]
    public void A_derived_token_stays_within_the_service_limit()
    {
        var contacts = connect.NewContacts(2, "long");
        var longToken = new string('x', 500);
        using var ps = connect.NewSession();

        var run = ps.Run("$args[1] | Start-ConnectContactMonitor -InstanceId $instance -UserId $user -EndpointUrl $endpoint -ClientToken $args[0]",
            longToken, contacts);

        Assert.Empty(run.Errors);
        Assert.All(connect.RequestsFor(contacts), r => Assert.Equal(Derived(longToken, TestCredentials.InstanceId, r.ContactId!, TestCredentials.UserId), r.ClientToken));
        Assert.All(connect.RequestsFor(contacts), r => Assert.Equal(500, r.ClientToken!.Length));
    }

    /// <summary>The documented derivation: "{token, cut to 467 chars}-{first 32 hex chars of SHA-256(token\ninstance\ncontact\nuser)}".</summary>
    private static string Derived(string token, string instance, string contact, string user)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", token, instance, contact, user)));
        return token[..Math.Min(token.Length, 467)] + "-" + Convert.ToHexStringLower(hash)[..32];
    }
}
