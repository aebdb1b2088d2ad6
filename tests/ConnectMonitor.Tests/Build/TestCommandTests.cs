using System.Text.RegularExpressions;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Build;

/// <summary>The README's one test command is the command CI runs, so what a developer runs is what CI checks.</summary>
public sealed partial class TestCommandTests
{
    [Fact]
    public void Ci_runs_exactly_the_readmes_one_test_command()
    {
        var readme = File.ReadAllText(Path.Combine(ModuleFolder.RepositoryRoot, "README.md"));
        var section = readme[readme.IndexOf("## Build and test", StringComparison.Ordinal)..];
        var command = FirstCodeBlock().Match(section).Groups["command"].Value.Trim();
        var ci = File.ReadAllText(Path.Combine(ModuleFolder.RepositoryRoot, ".ci", "run"));

        Assert.StartsWith("dotnet tool restore && dotnet pwsh ", command);
        Assert.Contains($"({command})", ci);
    }

    [GeneratedRegex(@"```\r?\n(?<command>[^\r\n]+)\r?\n```")]
    private static partial Regex FirstCodeBlock();
}
