using System.Collections;
using System.Management.Automation;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Packaging;

/// <summary>
/// The .nupkg the build writes is what PowerShellGet's Publish-Module would publish and Install-Module accepts:
/// the module at the package root, a nuspec with PowerShellGet's tags, metadata that agrees with the manifest.
/// </summary>
public sealed class PackageContentsTests
{
    [Fact]
    public void Package_holds_exactly_the_module_folder_at_its_root()
    {
        using var package = ModulePackage.Open();
        var entries = package.Entries.Select(e => e.FullName.Replace('\\', '/')).ToHashSet();
        var nugetOwn = new[] { "ConnectMonitor.nuspec", "[Content_Types].xml", "_rels/.rels" };

        var moduleFiles = Directory.EnumerateFiles(ModuleFolder.Path, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(ModuleFolder.Path, f).Replace('\\', '/'))
            .ToHashSet();
        var packaged = entries.Where(e => !nugetOwn.Contains(e) && !e.StartsWith("package/services/metadata/", StringComparison.Ordinal)).ToHashSet();

        Assert.Equal(moduleFiles.Order(), packaged.Order());
        foreach (var required in new[]
                 {
                     "ConnectMonitor.psd1", "ConnectMonitor.dll", "ConnectMonitor.format.ps1xml", "LICENSE", "README.md",
                     "ConnectMonitor_5f0c7d3e-2b8a-4d61-9c4e-7a1f3e9b2c05_HelpInfo.xml",
                     "en-US/ConnectMonitor.dll-Help.xml", "en-US/about_ConnectMonitor.help.txt",
                     "Dependencies/ConnectMonitor.Engine.dll", "Dependencies/AWSSDK.Core.dll", "ConnectMonitor.nuspec",
                 })
        {
            Assert.Contains(required, entries);
        }

        Assert.DoesNotContain(entries, e => e.EndsWith("System.Management.Automation.dll", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(entries, e => e.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase) || e.StartsWith("lib/", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e is "AWSSDK.Core.dll" or "ConnectMonitor.Engine.dll"); // only under Dependencies/
    }

    [Fact]
    public void Packaged_manifest_is_the_built_one()
    {
        using var package = ModulePackage.Open();

        Assert.Equal(File.ReadAllText(ModuleFolder.ManifestPath), ModulePackage.Text(package.GetEntry("ConnectMonitor.psd1")!));
    }

    [Fact]
    public void Nuspec_carries_PowerShellGet_tags_and_the_manifests_metadata()
    {
        using var package = ModulePackage.Open();
        var metadata = ModulePackage.Metadata(package);
        var module = Manifest();
        var psData = PSData(module);

        Assert.Equal("ConnectMonitor", ModulePackage.Value(metadata, "id"));
        Assert.Equal(ModulePackage.Version, ModulePackage.Value(metadata, "version"));
        Assert.Equal(module.Author, ModulePackage.Value(metadata, "authors"));
        Assert.Equal(module.Description, ModulePackage.Value(metadata, "description"));
        Assert.Equal(module.Copyright, ModulePackage.Value(metadata, "copyright"));
        Assert.Equal((string)psData["ProjectUri"]!, ModulePackage.Value(metadata, "projectUrl"));
        Assert.Equal((string)psData["LicenseUri"]!, ModulePackage.Value(metadata, "licenseUrl"));
        Assert.Equal((string)psData["ReleaseNotes"]!, ModulePackage.Value(metadata, "releaseNotes"));

        var tags = ModulePackage.Value(metadata, "tags").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("README.md", ModulePackage.Value(metadata, "readme"));
        Assert.NotNull(package.GetEntry("README.md"));
        foreach (var tag in new[] { "PSModule", "PSEdition_Desktop", "PSEdition_Core", "PSIncludes_Cmdlet", "Windows", "Linux", "MacOS" })
        {
            Assert.Contains(tag, tags);
        }

        foreach (var cmdlet in module.ExportedCmdlets.Keys)
        {
            Assert.Contains("PSCmdlet_" + cmdlet, tags);
            Assert.Contains("PSCommand_" + cmdlet, tags);
        }

        Assert.All(((IEnumerable)psData["Tags"]!).Cast<string>(), tag => Assert.Contains(tag, tags));
    }

    [Fact]
    public void Manifest_is_complete_for_the_gallery()
    {
        var module = Manifest();
        var psData = PSData(module);
        var source = File.ReadAllText(ModuleFolder.ManifestPath);

        Assert.NotEqual(Guid.Empty, module.Guid);
        Assert.False(string.IsNullOrWhiteSpace(module.Author));
        Assert.False(string.IsNullOrWhiteSpace(module.Description));
        Assert.Equal(new Version(5, 1), module.PowerShellVersion);
        Assert.Equal(["Desktop", "Core"], module.CompatiblePSEditions);
        Assert.Equal(["Get-ConnectLiveContact", "Start-ConnectContactMonitor", "Test-ConnectContactMonitor"], module.ExportedCmdlets.Keys.Order());
        Assert.DoesNotContain("*", source);
        Assert.Equal(["ConnectMonitor.format.ps1xml"], module.ExportedFormatFiles.Select(Path.GetFileName));
        Assert.NotEmpty(((IEnumerable)psData["Tags"]!).Cast<string>());
        Assert.True(Uri.IsWellFormedUriString((string)psData["LicenseUri"]!, UriKind.Absolute));
        Assert.True(Uri.IsWellFormedUriString((string)psData["ProjectUri"]!, UriKind.Absolute));
        Assert.False(string.IsNullOrWhiteSpace((string)psData["ReleaseNotes"]!));
        // What changed, not only a link to the changelog.
        Assert.False(Uri.IsWellFormedUriString(((string)psData["ReleaseNotes"]!).Split(' ').Last(), UriKind.Absolute) && ((string)psData["ReleaseNotes"]!).Length < 120);
        Assert.True(Uri.IsWellFormedUriString(module.HelpInfoUri, UriKind.Absolute));
        Assert.Equal(module.ProjectUri, new Uri((string)psData["ProjectUri"]!));
        Assert.Equal(module.LicenseUri, new Uri((string)psData["LicenseUri"]!));
    }

    private static PSModuleInfo Manifest()
    {
        using var ps = PowerShellSession.Bare();
        var run = ps.Run("Test-ModuleManifest -Path $args[0]", ModuleFolder.ManifestPath);
        Assert.Empty(run.Errors);
        return (PSModuleInfo)Assert.Single(run.Output).BaseObject;
    }

    private static IDictionary PSData(PSModuleInfo module) =>
        (IDictionary)((IDictionary)module.PrivateData)["PSData"]!;
}
