using System.Management.Automation;
using ConnectMonitor.Tests.Infrastructure;
using static ConnectMonitor.Tests.Help.HelpNodes;

namespace ConnectMonitor.Tests.Help;

/// <summary>
/// In the style of PSScriptAnalyzer's ModuleHelp tests: every exported cmdlet, and every parameter it has, has real
/// help that agrees with what the cmdlet declares, so a new parameter without a doc comment fails here.
/// </summary>
public sealed class ModuleHelpTests
{
    private static readonly HashSet<string> CommonParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "Debug", "ErrorAction", "ErrorVariable", "InformationAction", "InformationVariable", "OutBuffer", "OutVariable",
        "PipelineVariable", "ProgressAction", "Verbose", "WarningAction", "WarningVariable",
    };

    public static TheoryData<string> ExportedCommands()
    {
        using var ps = PowerShellSession.WithModule();
        var data = new TheoryData<string>();
        foreach (var command in ps.Run("Get-Command -Module ConnectMonitor").Output)
        {
            data.Add(((CommandInfo)command.BaseObject).Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExportedCommands))]
    public void Command_has_synopsis_description_and_at_least_six_examples_with_code_and_remarks(string name)
    {
        var (_, help) = CommandAndHelp(name);

        var synopsis = Text(help.Properties["Synopsis"].Value);
        Assert.False(string.IsNullOrWhiteSpace(synopsis));
        Assert.DoesNotContain("[<CommonParameters>]", synopsis); // what Get-Help invents when there is no help file
        Assert.False(string.IsNullOrWhiteSpace(Text(help.Properties["description"]?.Value)));

        var examples = Items(help, "examples", "example");
        Assert.True(examples.Count >= 6, $"{name} has {examples.Count} examples");
        Assert.All(examples, e =>
        {
            Assert.Contains(name, Text(e.Properties["code"].Value));
            Assert.False(string.IsNullOrWhiteSpace(Text(e.Properties["remarks"].Value)));
        });
        Assert.NotEmpty(Items(help, "relatedLinks", "navigationLink"));
    }

    [Theory]
    [MemberData(nameof(ExportedCommands))]
    public void Every_parameter_has_help_that_matches_its_declaration(string name)
    {
        var (command, help) = CommandAndHelp(name);
        var helpParameters = Items(help, "parameters", "parameter").ToDictionary(p => Text(p.Properties["name"].Value), StringComparer.OrdinalIgnoreCase);
        // Hidden parameters ([Parameter(DontShow = true)]) are left out of help on purpose.
        var declared = command.Parameters.Values
            .Where(p => !CommonParameters.Contains(p.Name) && !p.Attributes.OfType<ParameterAttribute>().Any(a => a.DontShow))
            .ToList();

        Assert.NotEmpty(declared);
        foreach (var parameter in declared)
        {
            Assert.True(helpParameters.TryGetValue(parameter.Name, out var parameterHelp), $"-{parameter.Name} has no help");
            Assert.False(string.IsNullOrWhiteSpace(Text(parameterHelp!.Properties["description"]?.Value)), $"-{parameter.Name} has no description");

            var mandatory = parameter.ParameterSets.Values.Any(s => s.IsMandatory);
            Assert.Equal(mandatory ? "true" : "false", Text(parameterHelp.Properties["required"].Value));
            var byValue = parameter.ParameterSets.Values.Any(s => s.ValueFromPipeline);
            var byName = parameter.ParameterSets.Values.Any(s => s.ValueFromPipelineByPropertyName);
            var pipeline = Text(parameterHelp.Properties["pipelineInput"].Value);
            Assert.Equal(byValue, pipeline.Contains("ByValue", StringComparison.Ordinal));
            Assert.Equal(byName, pipeline.Contains("ByPropertyName", StringComparison.Ordinal));
            foreach (var alias in parameter.Aliases)
            {
                Assert.Contains(alias, Text(parameterHelp.Properties["aliases"].Value));
            }

            var typeName = Text(((PSObject)parameterHelp.Properties["type"].Value).Properties["name"].Value);
            Assert.Equal(parameter.ParameterType.FullName, typeName);
        }

        var extra = helpParameters.Keys.Where(k => !command.Parameters.ContainsKey(k));
        Assert.Empty(extra);
    }

    private static (CmdletInfo Command, PSObject Help) CommandAndHelp(string name)
    {
        using var ps = PowerShellSession.WithModule();
        var command = (CmdletInfo)Assert.Single(ps.Run("Get-Command -Name $args[0] -Module ConnectMonitor", name).Output).BaseObject;
        var run = ps.Run("Get-Help -Name $args[0] -Full", name);
        Assert.Empty(run.Errors);
        return (command, Assert.Single(run.Output));
    }
}
