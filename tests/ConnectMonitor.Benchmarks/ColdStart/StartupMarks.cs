using System.Globalization;

namespace ConnectMonitor.Benchmarks.ColdStart;

/// <summary>One line of a startup trace file: written by the traced pwsh script and by the engine's StartupTrace.</summary>
internal sealed record StartupMark(string Name, long UtcTicks, double JitMilliseconds, long JittedMethods, int Assemblies)
{
    /// <summary>The environment variable the engine reads (ConnectMonitor.Engine.Diagnostics.StartupTrace.VariableName).</summary>
    public const string VariableName = "CONNECTMONITOR_STARTUP_TRACE";

    /// <summary>The PowerShell lines that define the script's own marker, M NAME, in the same format.</summary>
    public const string ScriptMarker =
        "function M($n) { [IO.File]::AppendAllText($env:" + VariableName + ", \"$n`t$([DateTime]::UtcNow.Ticks)`t" +
        "$([Runtime.JitInfo]::GetCompilationTime($false).TotalMilliseconds)`t$([Runtime.JitInfo]::GetCompiledMethodCount($false))`t" +
        "$([AppDomain]::CurrentDomain.GetAssemblies().Length)`n\") }";

    public static IReadOnlyList<StartupMark> Read(string file) =>
        File.ReadAllLines(file)
            .Select(line => line.Split('\t'))
            .Where(parts => parts.Length == 5)
            .Select(parts => new StartupMark(
                parts[0],
                long.Parse(parts[1], CultureInfo.InvariantCulture),
                double.Parse(parts[2], CultureInfo.InvariantCulture),
                long.Parse(parts[3], CultureInfo.InvariantCulture),
                int.Parse(parts[4], CultureInfo.InvariantCulture)))
            .ToList();
}
