using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.PesterMirror;

/// <summary>Mirrors of tests/Pester/Binding.Tests.ps1 that no other test covers (see tests/Pester/README.md).</summary>
public sealed class BindingMirrorTests(LocalEndpointFixture local) : IClassFixture<LocalEndpointFixture>
{
    [Fact]
    public void A_contact_supervisor_csv_file_binds_by_property_name()
    {
        // Import-Csv is not in the hosted runspace (only Microsoft.PowerShell.Core is): the script reads the same file
        // with .NET and builds the same [pscustomobject]s Import-Csv would.
        var file = Path.Combine(IsolatedAwsEnvironment.Folder, $"assignments-{Guid.NewGuid():N}.csv");
        using var ps = local.NewSession().SetVariable("file", file);

        var run = ps.Run("""
            [System.IO.File]::WriteAllLines($file, [string[]]@(
                'ContactId,InstanceId,UserId,AllowedMonitorCapabilities'
                "$($LiveContacts[6]),$InstanceId,$SupervisorId,SILENT_MONITOR"
                "$($LiveContacts[7]),$InstanceId,$OtherSupervisorId,BARGE"
            ))
            $lines = [System.IO.File]::ReadAllLines($file)
            $header = $lines[0] -split ','
            $lines[1..($lines.Count - 1)] | ForEach-Object {
                $cells = $_ -split ','
                $row = [ordered]@{}
                for ($i = 0; $i -lt $header.Count; $i++) { $row[$header[$i]] = $cells[$i] }
                [pscustomobject]$row
            } | Start-ConnectContactMonitor -EndpointUrl $endpoint
            """);

        File.Delete(file);
        Assert.Null(run.Exception);
        Assert.Empty(run.Errors);
        Assert.Equal(2, run.Output.Count);
        Assert.Equal(TestCredentials.ContactIds.Skip(6).Take(2), run.Output.Select(o => (string)o.Properties["ContactId"].Value));
        Assert.Equal([TestCredentials.UserId, TestCredentials.OtherUserId], run.Output.Select(o => (string)o.Properties["UserId"].Value));
        Assert.Equal(["BARGE"], (IEnumerable<string>)run.Property(1, "AllowedMonitorCapabilities")!);
    }
}
