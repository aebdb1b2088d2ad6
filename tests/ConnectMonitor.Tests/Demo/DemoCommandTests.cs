using System.Diagnostics;
using System.Xml.Linq;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Demo;

/// <summary>
/// README's first command, <c>dotnet run --project demo/ConnectMonitor.Demo</c>: the project builds the module before
/// itself, and the program (run here as its own process from the built dll, as <c>dotnet run</c> does) prints the
/// example session as PowerShell formats it.
/// </summary>
public sealed class DemoCommandTests
{
    private const string DemoCommand = "dotnet run --project demo/ConnectMonitor.Demo";

    [Fact]
    public async Task The_demo_runs_the_example_session_end_to_end()
    {
        var (exitCode, output, errors) = await RunDemoAsync("--module", ModuleFolder.ManifestPath);

        Assert.True(exitCode == 0, $"exit code {exitCode}\n{output}\n{errors}");
        Assert.Contains("Local Amazon Connect endpoint listening on http://127.0.0.1:", output);
        Assert.Matches(@"(?m)^Agent +Queue +Supervisor +Capabilities +ContactId\s*$", output);
        Assert.Matches(@"(?m)^jdoe +Billing +jane\.supervisor +\(default\) +c0000000-0000-4000-8000-000000000001\s*$", output);
        Assert.Matches(@"(?m)^ +5b9c7e2a-8d41-4… +SILENT_MONITOR,BARGE +c0000000-0000-4000-8000-000000000004\s*$", output);
        Assert.Contains("ResourceNotFoundException. Contact not found: c0000000-0000-4000-8000-000000000404", output);
        Assert.Contains("failed: c0000000-0000-4000-8000-000000000404 -> ResourceNotFoundException,ConnectMonitor.Commands.StartConnectContactMonitorCommand (ObjectNotFound)", output);
        Assert.Matches(@"(?m)^PS> Get-ConnectLiveContact -InstanceId \$InstanceId -Agent jdoe \| Start-ConnectContactMonitor -UserName jane.supervisor\s*$", output);
        Assert.Matches(@"(?m)^PS> Get-ConnectLiveContact -InstanceId \$InstanceId\s*$", output);
        Assert.Matches(@"(?m)^Agent +Queue +Channel +State +Time +ContactId\s*$", output);
        Assert.Matches(@"(?m)^bwong +Billing +CHAT +CONNECTED +\S+ +c0000000-0000-4000-8000-000000000003\s*$", output);
        Assert.Contains("Permissions failed: lacks ManagerBargeIn", output);
        Assert.Contains("Fix: Add ManagerBargeIn to one of the supervisor's security profiles", output);
        // The realistic answer: each session's own monitoring contact, beside the contact monitored.
        Assert.Matches(@"(?m)^ContactId +MonitorContactId\s*$", output);
        Assert.Matches(@"(?m)^c0000000-0000-4000-8000-000000000004 +[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\s*$", output);
        // -Wait: lchen's call connects on the second poll and is monitored at once (two polls, so the counts are fixed).
        Assert.Matches(@"(?m)^PS> Get-ConnectLiveContact -InstanceId \$InstanceId -Agent lchen -Wait ", output);
        Assert.Matches(@"(?m)^lchen +Support +jane\.supervisor +\(default\) +c0000000-0000-4000-8000-0000000000c9\s*$", output);
        Assert.Contains("Done: the local endpoint answered 7 MonitorContact requests and 38 lookups and reads, and started 6 monitoring sessions.", output);
        Assert.DoesNotContain('\u001b', output);
    }

    [Fact]
    public async Task A_module_path_that_does_not_exist_says_how_to_build_it()
    {
        var (exitCode, output, _) = await RunDemoAsync("--module", Path.Combine(IsolatedAwsEnvironment.Folder, "nowhere", "ConnectMonitor.psd1"));

        Assert.Equal(1, exitCode);
        Assert.Contains("dotnet build -c Release", output);
    }

    [Fact]
    public void The_demo_project_builds_the_module_first_so_one_command_works_from_a_clean_clone()
    {
        var project = XDocument.Load(Path.Combine(ModuleFolder.RepositoryRoot, "demo", "ConnectMonitor.Demo", "ConnectMonitor.Demo.csproj"));

        var moduleReference = Assert.Single(project.Descendants("ProjectReference"),
            r => ((string)r.Attribute("Include")!).Replace('\\', '/').EndsWith("src/ConnectMonitor/ConnectMonitor.csproj", StringComparison.Ordinal));
        Assert.Equal("false", (string?)moduleReference.Attribute("ReferenceOutputAssembly"));
    }

    [Fact]
    public void The_readme_starts_with_the_demo_command()
    {
        var readme = File.ReadAllText(Path.Combine(ModuleFolder.RepositoryRoot, "README.md"));

        var firstCommand = readme.IndexOf("```", StringComparison.Ordinal);
        Assert.True(firstCommand >= 0);
        var block = readme[firstCommand..readme.IndexOf("```", firstCommand + 3, StringComparison.Ordinal)];
        Assert.Contains(DemoCommand, block);
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunDemoAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = ModuleFolder.RepositoryRoot,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ConnectMonitor.Demo.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The demo did not finish within 3 minutes:\n" + await output);
        }

        return (process.ExitCode, await output, await errors);
    }
}
