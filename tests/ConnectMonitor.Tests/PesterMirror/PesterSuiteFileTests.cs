using System.Management.Automation.Language;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.PesterMirror;

/// <summary>
/// What can be checked of the Pester suite (and the other scripts) without Pester or pwsh: they parse in the real
/// PowerShell parser, and every It has a row in tests/Pester/README.md naming its xunit mirror.
/// </summary>
public sealed class PesterSuiteFileTests
{
    private static readonly string PesterFolder = Path.Combine(ModuleFolder.RepositoryRoot, "tests", "Pester");

    public static TheoryData<string> Scripts()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(PesterFolder, "*.ps1").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(ModuleFolder.RepositoryRoot, file));
        }

        data.Add(Path.Combine("demo", "ConnectMonitor.Demo", "demo-session.ps1"));
        data.Add("build.ps1");
        return data;
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void The_script_parses_without_errors(string relativePath)
    {
        Parser.ParseFile(Path.Combine(ModuleFolder.RepositoryRoot, relativePath), out _, out var errors);

        Assert.True(errors.Length == 0, string.Join("\n", errors.Select(e => $"{e.Extent.StartLineNumber}: {e.Message}")));
    }

    [Fact]
    public void Every_It_has_a_mirror_row_in_the_suite_readme()
    {
        var readme = File.ReadAllText(Path.Combine(PesterFolder, "README.md")).Replace("\\", "", StringComparison.Ordinal); // Markdown escapes of < >
        var names = Directory.GetFiles(PesterFolder, "*.Tests.ps1")
            .SelectMany(file => Parser.ParseFile(file, out _, out _)
                .FindAll(node => node is CommandAst c && c.GetCommandName() == "It", searchNestedScriptBlocks: true)
                .Cast<CommandAst>()
                .Select(c => ((StringConstantExpressionAst)c.CommandElements[1]).Value))
            .ToList();

        Assert.True(names.Count >= 15, $"found only {names.Count} It blocks");
        var missing = names.Where(n => !readme.Contains(n, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "no mirror row for: " + string.Join("; ", missing));
    }
}
