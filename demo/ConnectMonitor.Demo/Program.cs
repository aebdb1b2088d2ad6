namespace ConnectMonitor.Demo;

/// <summary>
/// <c>dotnet run --project demo/ConnectMonitor.Demo [-- --module path/to/ConnectMonitor.psd1]</c>: builds the module (a
/// project reference), then runs <see cref="DemoSession"/> on this console.
/// </summary>
public static class Program
{
    /// <summary>Entry point: 0 when the session ran to its end, 1 when it could not, 2 for bad arguments.</summary>
    public static async Task<int> Main(string[] args)
    {
        string? modulePath = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--module" && i + 1 < args.Length)
            {
                modulePath = Path.GetFullPath(args[++i]);
            }
            else
            {
                await Console.Error.WriteLineAsync("usage: ConnectMonitor.Demo [--module path/to/ConnectMonitor.psd1]");
                return 2;
            }
        }

        modulePath ??= ModuleLocation.FindManifest();
        if (modulePath is null)
        {
            await Console.Error.WriteLineAsync("ConnectMonitor.sln not found above the demo; pass --module path/to/ConnectMonitor.psd1.");
            return 1;
        }

        // The engine writes a telemetry id under the home folder unless told not to.
        Environment.SetEnvironmentVariable("POWERSHELL_TELEMETRY_OPTOUT", "1");
        var width = Console.IsOutputRedirected ? 200 : Math.Max(Console.WindowWidth, 80);
        return await DemoSession.RunAsync(Console.Out, modulePath, width, plainText: Console.IsOutputRedirected);
    }
}
