using System.Runtime.Loader;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Coexistence;

/// <summary>
/// PowerShell 7: ConnectMonitor works in a session where another AWS module brings AWSSDK.Core 3.7 (same assembly
/// version 3.3.0.0 as the 4.0 the module ships), whichever is loaded first, and the other module keeps working too.
/// </summary>
public sealed class AwsSdkCoexistenceTests(ConnectDoubleFixture connect) : IClassFixture<ConnectDoubleFixture>
{
    [Theory]
    [InlineData("other-first")]
    [InlineData("connectmonitor-first")]
    public void Module_and_an_older_AWSSDK_Core_in_the_default_context_both_work(string order)
    {
        var contacts = connect.NewContacts(2);

        var report = CoexistenceHostProcess.Run(order, ModuleFolder.ManifestPath, connect.Endpoint,
            TestCredentials.InstanceId, TestCredentials.UserId, TestCredentials.Region, contacts[0], contacts[1]);

        Assert.Equal("ok", report["import"].Single());
        Assert.Equal(contacts[0], report["call1"].Single());
        Assert.Equal(contacts[1], report["call2"].Single());
        Assert.StartsWith("3.7.402", report["other"].Single());
        Assert.EndsWith("AKIDOTHERMODULE in Default", report["other"].Single());
        Assert.All(connect.RequestsFor(contacts), r => Assert.True(r.SignatureValid));

        var loaded = report["loaded"].ToList();
        Assert.Contains(loaded, l => l.StartsWith("AWSSDK.Core 3.7.402", StringComparison.Ordinal) && l.EndsWith(" in Default", StringComparison.Ordinal));
        Assert.Contains(loaded, l => l.StartsWith("AWSSDK.Core 4.0.", StringComparison.Ordinal) && l.EndsWith(" in ConnectMonitor.Loading.DependencyLoadContext", StringComparison.Ordinal));
        Assert.Contains(loaded, l => l.StartsWith("ConnectMonitor.Engine ", StringComparison.Ordinal) && l.EndsWith(" in ConnectMonitor.Loading.DependencyLoadContext", StringComparison.Ordinal));
        Assert.Contains(loaded, l => l.StartsWith("ConnectMonitor ", StringComparison.Ordinal) && l.EndsWith(" in Default", StringComparison.Ordinal));
    }

    [Fact]
    public void In_this_process_the_engine_and_its_AWSSDK_Core_load_only_in_the_modules_own_context()
    {
        var contact = connect.NewContacts(1)[0];
        using var ps = connect.NewSession();

        var run = ps.Run("Start-ConnectContactMonitor $args[0] -InstanceId $instance -UserId $user -Region $region -EndpointUrl $endpoint", contact);

        Assert.Empty(run.Errors);
        // The engine lives only in the module's context, and that context holds the AWSSDK.Core it uses. (Another test in
        // this process loads an AWSSDK.Core into the default context on purpose, as AWS.Tools would; the separate-process
        // tests above cover a process where only the other module's version is in the default context.)
        var engineContexts = AssemblyLoadContext.All.Where(c => c.Assemblies.Any(a => a.GetName().Name == "ConnectMonitor.Engine")).ToList();
        var moduleContext = Assert.Single(engineContexts);
        Assert.Equal("ConnectMonitor.Loading.DependencyLoadContext", moduleContext.GetType().FullName);
        Assert.Contains(moduleContext.Assemblies, a => a.GetName().Name == "AWSSDK.Core");
        Assert.DoesNotContain(AssemblyLoadContext.Default.Assemblies, a => a.GetName().Name == "ConnectMonitor.Engine");
    }
}
