using System.Management.Automation;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests;

/// <summary>
/// -Confirm through a host that answers prompts and records progress (in-process control; what a console shows for
/// -WhatIf and -Confirm is tested in tests/Pester/Shell.Tests.ps1): the prompt names the region and the endpoint, and
/// contacts declined at the prompt count in the progress (as skipped) instead of being lost from it.
/// </summary>
public sealed class ConfirmProgressTests(ConnectDoubleFixture connect) : IClassFixture<ConnectDoubleFixture>
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
        Assert.StartsWith("3 of 3 contacts done: 2 started, 0 failed, 1 skipped", last.StatusDescription, StringComparison.Ordinal);
    }

    [Fact]
    public void No_progress_is_on_show_while_a_confirm_prompt_is_open()
    {
        // Declining the second contact puts progress up (two inputs seen, one done); the prompts after it must not be drawn under it.
        var contacts = connect.NewContacts(5);
        var host = new AnsweringHost('Y', 'N', 'Y', 'N', 'Y');
        using var ps = Session(host);

        var run = ps.Run("$args | Start-ConnectContactMonitor -InstanceId $instance -UserId $user -EndpointUrl $endpoint -Region eu-west-2 -Confirm", contacts.Cast<object>().ToArray());

        Assert.Null(run.Exception);
        Assert.Equal(3, run.Output.Count);
        Assert.True(host.ProgressShownCount > 0, "no progress was shown at all: the test proves nothing");
        Assert.Equal([false, false, false, false, false], host.ProgressShownAtPrompt);
    }
}
