using System.Diagnostics;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Help;

/// <summary>
/// One source per fact (docs/facts/README.md): the copies of the credential order, the region order, the
/// troubleshooting table and the error table in README.md, docs/*.md, docs/about_ConnectMonitor.help.txt and
/// docs/help/*.md equal what the help generator makes from
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

    /// <summary>
    /// Each place that states a fact keeps its block, so the check above keeps guarding it: the README the summary
    /// (credential and region orders, troubleshooting), the pages it links to for the whole (docs/errors.md the error
    /// table, docs/configuration.md the orders), the about topic all four, the cmdlets' help what their NOTES state.
    /// </summary>
    [Theory]
    [InlineData("README.md", "credentials region troubleshooting")]
    [InlineData("docs/errors.md", "errors")]
    [InlineData("docs/configuration.md", "credentials region")]
    [InlineData("docs/about_ConnectMonitor.help.txt", "credentials region errors troubleshooting")]
    [InlineData("docs/help/Start-ConnectContactMonitor.md", "credentials region errors")]
    [InlineData("docs/help/Test-ConnectContactMonitor.md", "troubleshooting")]
    public void Each_place_keeps_the_blocks_of_the_facts_it_states(string file, string facts)
    {
        var text = File.ReadAllText(Path.Combine(ModuleFolder.RepositoryRoot, file));
        foreach (var fact in facts.Split(' '))
        {
            Assert.Contains($"<!-- fact:{fact} -->", text, StringComparison.Ordinal);
        }
    }
}
