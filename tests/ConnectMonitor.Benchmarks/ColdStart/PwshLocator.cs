using System.Text.Json;

namespace ConnectMonitor.Benchmarks.ColdStart;

/// <summary>How to start a fresh PowerShell: a file to run and the arguments that come before pwsh's own.</summary>
internal sealed record PwshCommand(string FileName, IReadOnlyList<string> PrefixArguments, string Description);

/// <summary>
/// Finds the pwsh to measure, in this order: <c>--pwsh PATH</c>, the CONNECTMONITOR_BENCH_PWSH variable, the PowerShell
/// tool pinned in the repository's local tool manifest (.config/dotnet-tools.json, once restored: it runs through the
/// dotnet host, as <c>dotnet pwsh</c> would, without the tool runner's own start-up), pwsh on PATH, /opt/pwsh/pwsh.
/// </summary>
internal static class PwshLocator
{
    public const string VariableName = "CONNECTMONITOR_BENCH_PWSH";

    public static PwshCommand Find(string? option, string repoRoot)
    {
        var chosen = option ?? Environment.GetEnvironmentVariable(VariableName);
        if (!string.IsNullOrEmpty(chosen))
        {
            return FromPath(chosen, option != null ? "--pwsh" : VariableName);
        }

        var tool = FromToolManifest(repoRoot);
        if (tool != null)
        {
            return tool;
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, OperatingSystem.IsWindows() ? "pwsh.exe" : "pwsh"))
            .FirstOrDefault(File.Exists);
        if (onPath != null)
        {
            return new PwshCommand(onPath, [], $"{onPath} (PATH)");
        }

        if (File.Exists("/opt/pwsh/pwsh"))
        {
            return new PwshCommand("/opt/pwsh/pwsh", [], "/opt/pwsh/pwsh");
        }

        throw new InvalidOperationException($"No pwsh found: pass --pwsh PATH or set {VariableName}.");
    }

    private static PwshCommand FromPath(string path, string source) =>
        path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? new PwshCommand(DotnetHost(), ["exec", path], $"dotnet exec {path} ({source})")
            : new PwshCommand(path, [], $"{path} ({source})");

    // The manifest pins "powershell" at a version; `dotnet tool restore` puts the package in the NuGet cache, where
    // tools/<tfm>/any/pwsh.dll is what `dotnet pwsh` runs.
    private static PwshCommand? FromToolManifest(string repoRoot)
    {
        var manifest = Path.Combine(repoRoot, ".config", "dotnet-tools.json");
        if (!File.Exists(manifest))
        {
            return null;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(manifest));
        if (!document.RootElement.TryGetProperty("tools", out var tools) || !tools.TryGetProperty("powershell", out var powershell)
            || !powershell.TryGetProperty("version", out var versionElement))
        {
            return null;
        }

        var version = versionElement.GetString() ?? "";
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var toolsFolder = Path.Combine(packages, "powershell", version.ToLowerInvariant(), "tools");
        // The package holds tools/<tfm>/any/unix/pwsh.dll and .../win/pwsh.dll (its shim picks one): take this OS's.
        var osFolder = OperatingSystem.IsWindows() ? "win" : "unix";
        var dll = Directory.Exists(toolsFolder)
            ? Directory.EnumerateFiles(toolsFolder, "pwsh.dll", SearchOption.AllDirectories)
                .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == osFolder).OrderDescending().FirstOrDefault()
            : null;
        return dll == null ? null : new PwshCommand(DotnetHost(), ["exec", dll], $"dotnet exec {dll} (local tool manifest, PowerShell {version})");
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
}
