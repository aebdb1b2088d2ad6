using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Tests.Coexistence;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Hardening;

/// <summary>
/// In a fresh process (the AWS SDK's static state is per process): a config file that does not parse on the very first
/// command is one InvalidConfigFile error, and once the file is fixed the same session works, without a restart.
/// </summary>
public sealed class FreshSessionConfigFileTests(ConnectDoubleFixture connect) : IClassFixture<ConnectDoubleFixture>
{
    [Fact]
    public void A_broken_config_file_on_the_first_command_does_not_break_the_session_for_good()
    {
        var contacts = connect.NewContacts(2);

        var report = CoexistenceHostProcess.Run("broken-config", ModuleFolder.ManifestPath, connect.Endpoint,
            TestCredentials.InstanceId, TestCredentials.UserId, TestCredentials.Region, contacts[0], contacts[1]);

        Assert.Equal("ok", report["import"].Single());
        var broken = report["broken"].Single();
        Assert.StartsWith("FAILED InvalidConfigFile,", broken);
        Assert.Contains("line 3", broken);
        Assert.DoesNotContain("not a setting", broken);
        Assert.Equal(contacts[1], report["fixed"].Single());
        Assert.Empty(connect.RequestsFor(contacts[0]));
    }
}
