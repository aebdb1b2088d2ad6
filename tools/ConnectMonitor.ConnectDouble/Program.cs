using System.Runtime.InteropServices;

namespace ConnectMonitor.ConnectDouble;

/// <summary>
/// Runs the double as a local endpoint: <c>dotnet run --project tools/ConnectMonitor.ConnectDouble -- --port 4566</c>
/// (see <see cref="DoubleCommandLine.Usage"/>). Binds 127.0.0.1 only, prints <see cref="EndpointBanner"/>, logs one
/// line per request, stops on Ctrl+C or SIGTERM (or after <c>--lifetime-seconds</c>).
/// </summary>
public static class Program
{
    /// <summary>Entry point. Exit code 0 after a clean stop, 2 for bad arguments.</summary>
    public static async Task<int> Main(string[] args)
    {
        DoubleCommandLine line;
        try
        {
            line = DoubleCommandLine.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or IOException or System.Text.Json.JsonException)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(DoubleCommandLine.Usage);
            return 2;
        }

        if (line.ShowHelp)
        {
            Console.Out.WriteLine(DoubleCommandLine.Usage);
            return 0;
        }

        line.Options.Log = Console.Out.WriteLine;
        await using var server = await ConnectDoubleServer.StartAsync(line.Options).ConfigureAwait(false);
        line.ApplyTo(server.Faults);
        void Stop(PosixSignalContext c) { c.Cancel = true; server.RequestStop(); }
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        foreach (var text in EndpointBanner.Lines(server.Endpoint, server.World, line.Options.Region))
        {
            Console.Out.WriteLine(text);
        }

        if (line.PortFile is { } portFile)
        {
            // Written whole and then renamed, so a script polling for the file never reads half a URL.
            var partial = portFile + ".partial";
            await File.WriteAllTextAsync(partial, server.Endpoint.AbsoluteUri).ConfigureAwait(false);
            File.Move(partial, portFile, overwrite: true);
        }

        await server.Completion.ConfigureAwait(false);
        Console.Out.WriteLine("Connect double stopped.");
        return 0;
    }
}
