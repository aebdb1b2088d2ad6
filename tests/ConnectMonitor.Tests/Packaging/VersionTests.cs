using System.Diagnostics;
using System.Reflection;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Packaging;

/// <summary>One version, from Directory.Build.props, in the manifest, every ConnectMonitor assembly and the package.</summary>
public sealed class VersionTests
{
    [Fact]
    public void Manifest_assemblies_and_package_share_the_version_from_Directory_Build_props()
    {
        var expected = new Version(ModulePackage.Version);

        using var ps = PowerShellSession.Bare();
        var manifest = ps.Run("(Test-ModuleManifest -Path $args[0]).Version", ModuleFolder.ManifestPath);
        Assert.Equal(expected, Assert.Single(manifest.Output).BaseObject);

        foreach (var assembly in new[] { "ConnectMonitor.dll", Path.Combine("Dependencies", "ConnectMonitor.Engine.dll") })
        {
            var path = Path.Combine(ModuleFolder.Path, assembly);
            Assert.Equal(expected, Trim(AssemblyName.GetAssemblyName(path).Version!));
            Assert.Equal(ModulePackage.Version, FileVersionInfo.GetVersionInfo(path).ProductVersion);
        }

        using var package = ModulePackage.Open();
        Assert.Equal(ModulePackage.Version, ModulePackage.Value(ModulePackage.Metadata(package), "version"));
    }

    [Fact]
    public void Changelog_has_a_section_for_the_version()
    {
        var changelog = File.ReadAllText(Path.Combine(ModuleFolder.RepositoryRoot, "CHANGELOG.md"));

        Assert.Contains($"## [{ModulePackage.Version}]", changelog);
    }

    [Fact]
    public void The_root_manifest_says_it_is_a_template_and_holds_no_version_that_could_drift()
    {
        var template = File.ReadAllLines(Path.Combine(ModuleFolder.RepositoryRoot, "ConnectMonitor.psd1"));

        Assert.StartsWith("# THE TEMPLATE OF THE MODULE MANIFEST, NOT AN IMPORTABLE MODULE", template[0], StringComparison.Ordinal);
        Assert.Single(template, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\s*ModuleVersion\s*=\s*'0\.0\.0'\s*$"));
        var built = File.ReadAllText(ModuleFolder.ManifestPath);
        Assert.DoesNotContain("NOT AN IMPORTABLE MODULE", built, StringComparison.Ordinal);
        Assert.Contains($"ModuleVersion = '{ModulePackage.Version}'", built, StringComparison.Ordinal);
    }

    [Fact]
    public void The_help_info_update_help_reads_online_has_the_version_the_module_ships()
    {
        const string name = "ConnectMonitor_5f0c7d3e-2b8a-4d61-9c4e-7a1f3e9b2c05_HelpInfo.xml";
        var expected = $"<UICultureVersion>{ModulePackage.Version}.0</UICultureVersion>";

        Assert.Contains(expected, File.ReadAllText(Path.Combine(ModuleFolder.RepositoryRoot, "docs", "help", name)), StringComparison.Ordinal);
        Assert.Contains(expected, File.ReadAllText(Path.Combine(ModuleFolder.Path, name)), StringComparison.Ordinal);
    }

    private static Version Trim(Version version) => new(version.Major, version.Minor, Math.Max(version.Build, 0));
}
