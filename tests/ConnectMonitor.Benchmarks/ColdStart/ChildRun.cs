using System.Diagnostics;

namespace ConnectMonitor.Benchmarks.ColdStart;

/// <summary>One whole child process, timed from just before it is started until it has exited; with its CPU time where the OS tells.</summary>
internal sealed record ChildRun(TimeSpan Elapsed, TimeSpan? CpuTime, long StartUtcTicks, long EndUtcTicks, int ExitCode, string Output, string Error)
{
    public static async Task<ChildRun> RunAsync(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment)
        {
            if (value == null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }

        var cpuBefore = ChildCpuTime.Now();
        var startTicks = DateTime.UtcNow.Ticks;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{fileName} did not start.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        clock.Stop();
        var endTicks = DateTime.UtcNow.Ticks;
        var cpu = ChildCpuTime.Now() - cpuBefore;
        return new ChildRun(clock.Elapsed, cpu, startTicks, endTicks, process.ExitCode, await output, await error);
    }
}
