using System.Diagnostics;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Help;

/// <summary>
/// One source per fact (docs/facts/README.md): the copies of the credential order, the region order and the error
/// table in README.md, docs/about_ConnectMonitor.help.txt and docs/help/*.md equal what the help generator makes from
/// their sources (docs/facts/*.md, src/ConnectMonitor/Errors/ErrorIds.cs). An error id added to ErrorIds.cs without
/// running the generator with --sync-docs fails here.
/// </summary>
public sealed class DocFactsTests
{
    [Fact]
    public async Task Every_copy_of_a_fact_equals_its_source()
    {
        var generator = Path.Combine(ModuleFolder.RepositoryRoot, "tools", "ConnectMonitor.HelpGenerator", "bin", ModuleFolder.Configuration, "net10.0",
            "ConnectMonitor.HelpGenerator.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "exec", generator, "--check-docs", ModuleFolder.RepositoryRoot })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "the generator did not finish within 60 s");

        Assert.True(process.ExitCode == 0,
            "out of step with their sources (run: dotnet run --project tools/ConnectMonitor.HelpGenerator -- --sync-docs .):\n" + await output + errors);
    }

    [Fact]
    public void Every_block_in_the_about_topic_and_readme_names_a_fact()
    {
        foreach (var file in new[] { "README.md", "docs/about_ConnectMonitor.help.txt", "docs/help/Start-ConnectContactMonitor.md" })
        {
            var text = File.ReadAllText(Path.Combine(ModuleFolder.RepositoryRoot, file));
            foreach (var fact in new[] { "credentials", "region", "errors" })
            {
                Assert.Contains($"<!-- fact:{fact} -->", text, StringComparison.Ordinal);
            }
        }
    }
}
