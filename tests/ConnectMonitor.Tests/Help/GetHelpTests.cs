using System.Collections;
using System.Management.Automation;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Help;

/// <summary>What Get-Help shows a user for Start-ConnectContactMonitor, read through the real engine's Get-Help.</summary>
public sealed class GetHelpTests
{
    private const string Cmdlet = "Start-ConnectContactMonitor";

    [Fact]
    public void Full_help_has_synopsis_description_syntax_inputs_outputs_notes_and_links()
    {
        var help = FullHelp();

        Assert.Equal(Cmdlet, Text(help.Properties["Name"].Value));
        Assert.StartsWith("Starts silent monitoring", Text(help.Properties["Synopsis"].Value));
        Assert.Contains("MonitorContact", Text(help.Properties["description"].Value));

        var syntax = Items(help, "syntax", "syntaxItem");
        Assert.NotEmpty(syntax);
        Assert.Contains("ContactId", Items(syntax[0], "parameter").Select(p => Text(p.Properties["name"].Value)));

        var inputs = Items(help, "inputTypes", "inputType").Select(i => Text(((PSObject)i.Properties["type"].Value).Properties["name"].Value)).ToList();
        Assert.Contains("System.String", inputs);
        Assert.Contains("System.Management.Automation.PSObject", inputs);
        var outputs = Items(help, "returnValues", "returnValue").Select(i => Text(((PSObject)i.Properties["type"].Value).Properties["name"].Value)).ToList();
        Assert.Contains("ConnectMonitor.ContactMonitorResult", outputs);

        Assert.Contains("connect:MonitorContact", Text(help.Properties["alertSet"].Value));

        var links = Items(help, "relatedLinks", "navigationLink").Select(l => Text(l.Properties["linkText"].Value)).ToList();
        Assert.Contains("about_ConnectMonitor", links);
        Assert.Contains(Items(help, "relatedLinks", "navigationLink"), l => Text(l.Properties["uri"].Value).StartsWith("https://docs.aws.amazon.com/connect/", StringComparison.Ordinal));
    }

    [Fact]
    public void Examples_cover_what_a_runbook_author_copies()
    {
        using var ps = PowerShellSession.WithModule();

        var run = ps.Run("(Get-Help Start-ConnectContactMonitor -Examples).examples.example");

        Assert.Empty(run.Errors);
        Assert.True(run.Output.Count >= 6, $"{run.Output.Count} examples");
        var codes = run.Output.Select(e => Text(e.Properties["code"].Value)).ToList();
        Assert.All(run.Output, e => Assert.NotEmpty(Text(e.Properties["remarks"].Value)));
        Assert.Contains(codes, c => c.StartsWith("Start-ConnectContactMonitor -ContactId", StringComparison.Ordinal));
        Assert.Contains(codes, c => c.Contains("BARGE", StringComparison.Ordinal));
        Assert.Contains(codes, c => c.Contains("' | Start-ConnectContactMonitor", StringComparison.Ordinal));
        Assert.Contains(codes, c => c.Contains("Import-Csv", StringComparison.Ordinal) && c.Contains("UserId", StringComparison.Ordinal));
        Assert.Contains(codes, c => c.Contains("Search-CONNContact", StringComparison.Ordinal));
        Assert.Contains(codes, c => c.Contains("-WhatIf", StringComparison.Ordinal));
        Assert.Contains(codes, c => c.Contains("-ErrorVariable", StringComparison.Ordinal));
        Assert.All(run.Output, e => Assert.Matches(@"Example \d+: \w", Text(e.Properties["title"].Value)));
    }

    [Theory]
    [InlineData("ContactId", true, "0", "True (ByValue, ByPropertyName)", "ContactArn, Arn, Id")]
    [InlineData("UserId", true, "named", "True (ByPropertyName)", "none")]
    [InlineData("InstanceId", false, "named", "True (ByPropertyName)", "none")]
    [InlineData("AllowedMonitorCapability", false, "named", "True (ByPropertyName)", "AllowedMonitorCapabilities")]
    [InlineData("ProfileName", false, "named", "True (ByPropertyName)", "StoredCredentials, AWSProfileName")]
    [InlineData("WhatIf", false, "named", "False", "wi")]
    public void Parameter_help_shows_position_mandatory_pipeline_binding_and_aliases(string name, bool required, string position, string pipelineInput, string aliases)
    {
        using var ps = PowerShellSession.WithModule();

        var run = ps.Run("Get-Help Start-ConnectContactMonitor -Parameter $args[0]", name);

        Assert.Empty(run.Errors);
        var parameter = Assert.Single(run.Output);
        Assert.Equal(name, Text(parameter.Properties["name"].Value));
        Assert.Equal(required.ToString().ToLowerInvariant(), Text(parameter.Properties["required"].Value));
        Assert.Equal(position, Text(parameter.Properties["position"].Value));
        Assert.Equal(pipelineInput, Text(parameter.Properties["pipelineInput"].Value));
        Assert.Equal(aliases, Text(parameter.Properties["aliases"].Value));
        Assert.NotEmpty(Text(parameter.Properties["description"].Value));
    }

    [Fact]
    public void Capability_parameter_lists_its_valid_values_in_the_syntax()
    {
        using var ps = PowerShellSession.WithModule();

        var run = ps.Run("""
            $help = Get-Help Start-ConnectContactMonitor -Full
            @($help.syntax.syntaxItem)[0].parameter | Where-Object { $_.name -eq 'AllowedMonitorCapability' } |
                ForEach-Object { $_.parameterValueGroup.parameterValue }
            """);

        Assert.Empty(run.Errors);
        Assert.Equal(["SILENT_MONITOR", "BARGE"], run.Output.Select(o => Text(o)));
    }

    [Fact]
    public void About_topic_is_shipped_and_covers_credentials_region_endpoint_errors_and_bulk_use()
    {
        var path = Path.Combine(ModuleFolder.Path, "en-US", "about_ConnectMonitor.help.txt");
        var text = File.ReadAllText(path);

        foreach (var heading in new[] { "TOPIC", "SHORT DESCRIPTION", "LONG DESCRIPTION", "CREDENTIALS", "REGION", "ENDPOINT", "ERRORS", "BULK USE" })
        {
            Assert.Contains("\n" + heading + "\n", "\n" + text.ReplaceLineEndings("\n"));
        }

        Assert.StartsWith("TOPIC\n    about_ConnectMonitor\n", text.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Get_Help_finds_the_about_topic_of_the_imported_module()
    {
        using var ps = PowerShellSession.WithModule();

        var run = ps.Run("Get-Help about_ConnectMonitor");

        Assert.Empty(run.Errors);
        Assert.Contains("BULK USE", Text(Assert.Single(run.Output)));
    }

    private static PSObject FullHelp()
    {
        using var ps = PowerShellSession.WithModule();
        var run = ps.Run("Get-Help Start-ConnectContactMonitor -Full");
        Assert.Empty(run.Errors);
        var help = Assert.Single(run.Output);
        Assert.Equal("MamlCommandHelpInfo", help.TypeNames.FirstOrDefault(t => t.EndsWith("MamlCommandHelpInfo", StringComparison.Ordinal))?.Split('#')[0].Split('.').Last());
        return help;
    }

    /// <summary>The objects under help.a.b (one or many).</summary>
    internal static List<PSObject> Items(PSObject owner, params string[] path)
    {
        object? current = owner;
        foreach (var name in path)
        {
            current = current is PSObject o ? o.Properties[name]?.Value : null;
        }

        return current switch
        {
            null => [],
            PSObject single when single.BaseObject is not IEnumerable || single.BaseObject is string => [single],
            PSObject many => ((IEnumerable)many.BaseObject).Cast<object>().Select(PSObject.AsPSObject).ToList(),
            IEnumerable many when current is not string => many.Cast<object>().Select(PSObject.AsPSObject).ToList(),
            _ => [PSObject.AsPSObject(current)],
        };
    }

    /// <summary>All the text in a help node (a string, a para, a list of paras with Text properties).</summary>
    internal static string Text(object? node) => node switch
    {
        null => "",
        string s => s,
        PSObject { BaseObject: string s } => s,
        PSObject o when o.Properties["Text"] != null => Text(o.Properties["Text"].Value),
        PSObject { BaseObject: IEnumerable many } => string.Join("\n", many.Cast<object>().Select(Text)),
        IEnumerable many => string.Join("\n", many.Cast<object>().Select(Text)),
        PSObject o => string.Join("\n", o.Properties.Select(p => Text(p.Value))),
        _ => node.ToString() ?? "",
    };
}
