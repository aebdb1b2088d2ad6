using System.Diagnostics;
using System.Reflection;

namespace ConnectMonitor.Tests.Coexistence;

/// <summary>
/// Runs tests/ConnectMonitor.CoexistenceHost: a process of its own standing in for a pwsh session that also uses an
/// older AWS module, so AWSSDK.Core 3.7 never enters this test process's default load context.
/// </summary>
internal static class CoexistenceHostProcess
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static string HostPath { get; } = Path.GetFullPath(typeof(CoexistenceHostProcess).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "CoexistenceHost").Value!);

    /// <summary>Runs the host and returns its "key=value" report lines (a key may repeat).</summary>
    public static ILookup<string, string> Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetHost()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(HostPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["POWERSHELL_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the coexistence host did not finish within {Limit}");
        }

        var output = stdout.GetAwaiter().GetResult();
        Assert.True(process.ExitCode == 0, $"host exited with {process.ExitCode}: {output} {stderr.GetAwaiter().GetResult()}");
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.Contains('='))
            .ToLookup(l => l[..l.IndexOf('=')], l => l[(l.IndexOf('=') + 1)..]);
    }

    // The test host runs under the dotnet muxer; use the same one.
    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path).Equals("dotnet", StringComparison.OrdinalIgnoreCase)
            ? path
            : "dotnet";
}
