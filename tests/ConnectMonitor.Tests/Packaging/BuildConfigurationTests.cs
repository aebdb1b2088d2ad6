using System.Diagnostics;
using System.Text.Json;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Packaging;

/// <summary>
/// Each configuration lays out its own module folder and package (out/Debug/, out/Release/): a Debug build or test run
/// never replaces the Release module or .nupkg, and a test run tests the build of its own configuration.
/// </summary>
public sealed class BuildConfigurationTests
{
    [Fact]
    public void The_module_folder_and_package_under_test_are_builds_of_the_test_runs_own_configuration()
    {
        Assert.Equal(Path.Combine(ModuleFolder.RepositoryRoot, "out", ModuleFolder.Configuration, "ConnectMonitor"), ModuleFolder.Path);
        foreach (var assembly in new[] { "ConnectMonitor.dll", Path.Combine("Dependencies", "ConnectMonitor.Engine.dll") })
        {
            Assert.Equal(ModuleFolder.Configuration, AssemblyFile.Configuration(Path.Combine(ModuleFolder.Path, assembly)));
        }

        using var package = ModulePackage.Open();
        foreach (var entryName in new[] { "ConnectMonitor.dll", "Dependencies/ConnectMonitor.Engine.dll" })
        {
            using var entry = package.GetEntry(entryName)!.Open();
            using var copy = new MemoryStream();
            entry.CopyTo(copy);
            copy.Position = 0;
            Assert.Equal(ModuleFolder.Configuration, AssemblyFile.Configuration(copy));
        }
    }

    [Fact]
    public async Task Debug_and_Release_write_their_module_folders_and_packages_to_separate_places()
    {
        var debug = await OutputPathsAsync("Debug");
        var release = await OutputPathsAsync("Release");

        foreach (var (d, r) in new[] { (debug.ModuleFolder, release.ModuleFolder), (debug.PackageFolder, release.PackageFolder) })
        {
            Assert.False(IsWithin(d, r) || IsWithin(r, d), $"Debug writes {d}, Release writes {r}: one would overwrite the other");
        }

        Assert.False(IsWithin(debug.PackageFolder, release.ModuleFolder) || IsWithin(release.PackageFolder, debug.ModuleFolder));
        Assert.Equal(Path.Combine(ModuleFolder.RepositoryRoot, "out", "Release", "ConnectMonitor"), release.ModuleFolder);
    }

    /// <summary>Where the package project (which builds the module project first) puts both, as MSBuild evaluates it.</summary>
    private static async Task<(string ModuleFolder, string PackageFolder)> OutputPathsAsync(string configuration)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = ModuleFolder.RepositoryRoot,
        };
        foreach (var arg in new[]
                 {
                     "msbuild", Path.Combine("src", "ConnectMonitor.Package", "ConnectMonitor.Package.csproj"), "-nologo",
                     $"-p:Configuration={configuration}", "-getProperty:ModuleOutputDir", "-getProperty:PackageOutputPath",
                 })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(process.ExitCode == 0, await output + await errors);

        var properties = JsonDocument.Parse(await output).RootElement.GetProperty("Properties");
        return (Normalize(properties.GetProperty("ModuleOutputDir").GetString()!), Normalize(properties.GetProperty("PackageOutputPath").GetString()!));
    }

    private static string Normalize(string folder) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));

    private static bool IsWithin(string folder, string other) =>
        (folder + Path.DirectorySeparatorChar).StartsWith(other + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
