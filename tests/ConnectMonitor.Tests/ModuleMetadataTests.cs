using System.Management.Automation;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests;

/// <summary>What Get-Command and Test-ModuleManifest tell a user about the module.</summary>
public sealed class ModuleMetadataTests
{
    [Fact]
    public void Test_ModuleManifest_accepts_the_built_manifest()
    {
        using var ps = PowerShellSession.Bare();

        var run = ps.Run("Test-ModuleManifest -Path $args[0]", ModuleFolder.ManifestPath);

        Assert.Null(run.Exception);
        Assert.Empty(run.Errors);
        var module = Assert.Single(run.Output);
        Assert.Equal("ConnectMonitor", module.Properties["Name"].Value);
        Assert.Equal(["ConnectMonitor.format.ps1xml"], ((IEnumerable<string>)module.Properties["ExportedFormatFiles"].Value).Select(Path.GetFileName));
        Assert.Contains("Core", (IEnumerable<string>)module.Properties["CompatiblePSEditions"].Value);
        Assert.Contains("Desktop", (IEnumerable<string>)module.Properties["CompatiblePSEditions"].Value);
        Assert.Contains("Start-ConnectContactMonitor", ((System.Collections.IDictionary)module.Properties["ExportedCmdlets"].Value).Keys.Cast<string>());
    }

    [Fact]
    public void The_module_exports_its_three_cmdlets_with_approved_verbs()
    {
        using var ps = PowerShellSession.WithModule();

        var run = ps.Run("Get-Command -Module ConnectMonitor");

        var commands = run.Output.Select(o => Assert.IsType<CmdletInfo>(o.BaseObject)).OrderBy(c => c.Name).ToList();
        Assert.Equal(["Get-ConnectLiveContact", "Start-ConnectContactMonitor", "Test-ConnectContactMonitor"], commands.Select(c => c.Name));
        Assert.Equal([VerbsCommon.Get, VerbsLifecycle.Start, VerbsDiagnostic.Test], commands.Select(c => c.Verb));
    }

    [Fact]
    public void Get_Command_shows_output_type_should_process_and_pipeline_binding()
    {
        using var ps = PowerShellSession.WithModule();

        var run = ps.Run("Get-Command Start-ConnectContactMonitor");

        var info = Assert.IsType<CmdletInfo>(Assert.Single(run.Output).BaseObject);
        Assert.Equal("ConnectMonitor.ContactMonitorResult", Assert.Single(info.OutputType).Name);
        Assert.Contains("WhatIf", info.Parameters.Keys);
        Assert.Contains("Confirm", info.Parameters.Keys);
        var contactId = info.Parameters["ContactId"];
        Assert.Equal(["ContactArn", "Arn", "Id"], contactId.Aliases);
        var binding = Assert.Single(contactId.ParameterSets.Values);
        Assert.True(binding.IsMandatory);
        Assert.Equal(0, binding.Position);
        Assert.True(binding.ValueFromPipeline);
        Assert.True(binding.ValueFromPipelineByPropertyName);

        Assert.Contains("AllowedMonitorCapabilities", info.Parameters["AllowedMonitorCapability"].Aliases);
        Assert.True(info.Parameters["UserId"].ParameterSets.Values.All(p => p.IsMandatory));
        foreach (var name in new[] { "ContactId", "InstanceId", "UserId", "AllowedMonitorCapability", "ClientToken", "Region", "EndpointUrl", "ProfileName" })
        {
            Assert.True(info.Parameters[name].ParameterSets.Values.All(p => p.ValueFromPipelineByPropertyName), name + " binds by property name");
        }

        // Capability names are checked per contact (so one bad CSV cell is an error for that contact, not a binding error).
        var capabilities = info.Parameters["AllowedMonitorCapability"].Attributes.OfType<ArgumentTransformationAttribute>().Single();
        Assert.Equal("MonitorCapabilityTransformationAttribute", capabilities.GetType().Name);
    }
}
