using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Demo.Hosting;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.PesterMirror;

/// <summary>
/// Mirror of tests/Pester/Output.Tests.ps1's table-view test: the result rendered by PowerShell's own formatting
/// (Out-Default applying the module's format file) through the demo's text-capturing host.
/// </summary>
public sealed class OutputMirrorTests(LocalEndpointFixture local) : IClassFixture<LocalEndpointFixture>
{
    [Fact]
    public void The_default_view_is_a_table_with_the_format_files_columns_and_one_row_per_result()
    {
        var console = new StringWriter();
        using var shell = new HostedShell(console, width: 250);
        Assert.Null(shell.Render("Import-Module $args[0] -ErrorAction Stop", ModuleFolder.ManifestPath));
        var contact = TestCredentials.ContactIds[0];

        var failure = shell.Render(
            "Start-ConnectContactMonitor $args[0] -InstanceId $args[1] -UserId $args[2] -AllowedMonitorCapability SILENT_MONITOR, BARGE -EndpointUrl $args[3]",
            contact, TestCredentials.InstanceId, TestCredentials.UserId, local.Server.Endpoint.AbsoluteUri);

        Assert.Null(failure);
        var lines = console.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var header = Array.FindIndex(lines, l => l.StartsWith("ContactId", StringComparison.Ordinal));
        Assert.True(header >= 0, console.ToString());
        Assert.Equal(["ContactId", "Capabilities", "Region", "UserId"], lines[header].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"^-+( +-+){3}$", lines[header + 1]);
        Assert.Single(local.RequestsFor(contact), r => r.AllowedMonitorCapabilities?.Count == 2);
        Assert.Equal(
            [contact, "SILENT_MONITOR,BARGE", "us-east-1", TestCredentials.UserId],
            lines[header + 2].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain('\u001b', console.ToString());
    }
}
