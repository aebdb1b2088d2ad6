using System.Reflection;
using System.Runtime.Loader;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Hardening;

/// <summary>
/// Every error id the module raises itself is public API: a constant in ErrorIds whose XML doc states its category,
/// and a line in the error reference the README links to (docs/errors.md) and in about_ConnectMonitor. The configuration problems (terminating
/// errors, whose id is the problem's name) and the engine's own error codes are covered too.
/// </summary>
public sealed class ErrorIdDocumentationTests
{
    private static readonly string ModuleDirectory = Path.GetDirectoryName(ModuleFolder.ManifestPath)!;

    private static IReadOnlyList<string> Ids()
    {
        var context = new AssemblyLoadContext("error-id-probe", isCollectible: true);
        try
        {
            var cmdlets = context.LoadFromAssemblyPath(Path.Combine(ModuleDirectory, "ConnectMonitor.dll"));
            var engine = context.LoadFromAssemblyPath(Path.Combine(ModuleDirectory, "Dependencies", "ConnectMonitor.Engine.dll"));
            var constants = cmdlets.GetType("ConnectMonitor.Errors.ErrorIds", throwOnError: true)!
                .GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!);
            var codes = engine.GetType("ConnectMonitor.Engine.Errors.ConnectErrorCodes", throwOnError: true)!
                .GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!);
            var problems = Enum.GetNames(engine.GetType("ConnectMonitor.Engine.Errors.ConnectConfigurationProblem", throwOnError: true)!);
            return constants.Concat(codes).Concat(problems).Distinct().Order(StringComparer.Ordinal).ToList();
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Every_error_id_is_in_the_error_reference_and_the_about_topic()
    {
        var reference = File.ReadAllText(Path.Combine(ModuleFolder.RepositoryRoot, "docs", "errors.md"));
        var about = File.ReadAllText(Path.Combine(ModuleFolder.RepositoryRoot, "docs", "about_ConnectMonitor.help.txt"));
        var ids = Ids();

        Assert.Contains("InvalidConfigFile", ids);
        Assert.Contains("ResponseContactMismatch", ids);
        Assert.Empty(ids.Where(id => !reference.Contains($"`{id}`", StringComparison.Ordinal)).Select(id => "docs/errors.md: " + id)
            .Concat(ids.Where(id => !about.Contains(id, StringComparison.Ordinal)).Select(id => "about_ConnectMonitor: " + id)));
    }

    [Fact]
    public void Every_ErrorIds_constant_is_PascalCase_and_its_doc_comment_states_a_category()
    {
        var source = File.ReadAllText(Path.Combine(ModuleFolder.RepositoryRoot, "src", "ConnectMonitor", "Errors", "ErrorIds.cs"));
        var blocks = source.Split("public const string", StringSplitOptions.None)[..^1];
        var names = source.Split("public const string", StringSplitOptions.None)[1..].Select(b => b.Trim().Split(' ')[0]).ToList();
        for (var i = 0; i < names.Count; i++)
        {
            Assert.Matches("^[A-Z][A-Za-z0-9]+$", names[i]);
            var doc = blocks[i][(blocks[i].LastIndexOf("<summary>", StringComparison.Ordinal))..];
            Assert.True(doc.Contains("ErrorCategory.", StringComparison.Ordinal) || doc.Contains("category", StringComparison.OrdinalIgnoreCase),
                $"{names[i]}: its doc comment names no category");
        }
    }
}
