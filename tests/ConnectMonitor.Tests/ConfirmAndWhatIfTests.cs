using System.Management.Automation;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests;

/// <summary>
/// -Confirm and -WhatIf through a host that answers prompts: the text names the region and the endpoint the call would
/// go to, and contacts declined at the prompt count in the progress (as skipped) instead of being lost from it.
/// </summary>
public sealed class ConfirmAndWhatIfTests(ConnectDoubleFixture connect) : IClassFixture<ConnectDoubleFixture>
{
    private PowerShellSession Session(AnsweringHost host) =>
        PowerShellSession.WithModule(host)
            .SetVariable("endpoint", connect.Endpoint)
            .SetVariable("instance", TestCredentials.InstanceId)
            .SetVariable("user", TestCredentials.UserId);

    [Fact]
    public void Confirm_names_region_and_endpoint_and_declined_contacts_count_as_done_in_the_progress()
    {
        var contacts = connect.NewContacts(3);
        var host = new AnsweringHost('Y', 'N', 'Y');
        using var ps = Session(host);

        var run = ps.Run("$args | Start-ConnectContactMonitor -InstanceId $instance -UserId $user -EndpointUrl $endpoint -Region eu-west-2 -Confirm", contacts[0], contacts[1], contacts[2]);

        Assert.Null(run.Exception);
        Assert.Equal(3, host.Prompts.Count);
        Assert.All(host.Prompts, p => Assert.Contains($"region eu-west-2, endpoint {connect.Endpoint}", p, StringComparison.Ordinal));
        Assert.Contains(contacts[1], host.Prompts[1], StringComparison.Ordinal);
        Assert.Equal(2, run.Output.Count);
        Assert.Empty(connect.RequestsFor(contacts[1]));
        var last = run.Progress[^1];
        Assert.Equal(ProgressRecordType.Completed, last.RecordType);
        Assert.Equal("3 of 3 contacts done: 2 started, 0 failed, 1 skipped", last.StatusDescription);
    }

    [Fact]
    public void WhatIf_names_region_and_endpoint_of_each_contact_including_an_arn_region()
    {
        var contact = connect.NewContacts(1)[0];
        var arn = $"arn:aws:connect:ap-southeast-2:123456789012:instance/{TestCredentials.InstanceId}/contact/{contact}";
        var host = new AnsweringHost();
        using var ps = Session(host);

        var run = ps.Run("Start-ConnectContactMonitor $args[0], $args[1] -UserId $user -InstanceId $instance -Region ap-southeast-2 -WhatIf", contact, arn);

        Assert.Null(run.Exception);
        Assert.Empty(run.Output);
        var lines = host.Lines.Where(l => l.StartsWith("What if:", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.Contains("region ap-southeast-2, endpoint https://connect.ap-southeast-2.amazonaws.com", l, StringComparison.Ordinal));
        Assert.Empty(connect.RequestsFor(contact));
    }
}
