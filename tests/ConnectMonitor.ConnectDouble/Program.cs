using System.Globalization;
using System.Runtime.InteropServices;

namespace ConnectMonitor.ConnectDouble;

/// <summary>
/// Runs the double as a local endpoint:
/// <c>dotnet run --project tests/ConnectMonitor.ConnectDouble -- [--port 4566] [--world file.json] [--latency-ms N]
/// [--rate-limit RPS --burst N] [--error-rate X] [--account-id ID]</c>. Binds 127.0.0.1 only, logs one line per
/// request, stops on Ctrl+C.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static async Task<int> Main(string[] args)
    {
        var options = new ConnectDoubleOptions { Port = 4566, Lifetime = Timeout.InfiniteTimeSpan, MaxRequests = int.MaxValue, Log = Console.Out.WriteLine };
        TimeSpan latency = TimeSpan.Zero;
        double? rps = null;
        var burst = 5;
        double errorRate = 0;
        try
        {
            for (var i = 0; i < args.Length; i++)
            {
                string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
                double Number() => double.Parse(Next(), NumberStyles.Float, CultureInfo.InvariantCulture);
                switch (args[i])
                {
                    case "--port": options.Port = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--world": options.World = ConnectWorld.LoadJson(Next()); break;
                    case "--latency-ms": latency = TimeSpan.FromMilliseconds(Number()); break;
                    case "--rate-limit": rps = Number(); break;
                    case "--burst": burst = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--error-rate": errorRate = Number(); break;
                    case "--account-id": options.AccountId = Next(); break;
                    case "-h" or "--help": Console.Out.WriteLine(Usage); return 0;
                    default: throw new ArgumentException($"Unknown argument '{args[i]}'.");
                }
            }
        }
        catch (Exception e) when (e is ArgumentException or FormatException or IOException or System.Text.Json.JsonException)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        await using var server = await ConnectDoubleServer.StartAsync(options).ConfigureAwait(false);
        server.Faults.Latency = latency;
        server.Faults.ServerErrorRate = errorRate;
        if (rps is { } r) server.Faults.SetRateLimit(r, burst);
        void Stop(PosixSignalContext c) { c.Cancel = true; server.RequestStop(); }
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        Console.Out.WriteLine($"Connect double listening on {server.Endpoint} (access key {TestCredentials.AccessKeyId}, region any, instance {TestCredentials.InstanceId}). Ctrl+C stops.");
        await server.Completion.ConfigureAwait(false);
        Console.Out.WriteLine("Connect double stopped.");
        return 0;
    }

    private const string Usage =
        "usage: ConnectMonitor.ConnectDouble [--port 4566] [--world file.json] [--latency-ms N] [--rate-limit RPS --burst N] [--error-rate 0..1] [--account-id ID]";
}
