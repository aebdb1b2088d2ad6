using System.Management.Automation;
using System.Management.Automation.Runspaces;
using ConnectMonitor.ConnectDouble;

namespace ConnectMonitor.Benchmarks;

/// <summary>
/// Adaptive pacing (no pacing parameters) against the double's rate limit, as ratios to the quota's minimum time
/// ((contacts - burst) / rate), and the 50 ms latency case without a quota. Each quota case gets a fresh server, so
/// its bucket starts full as an idle account's would. Prints figures; asserts nothing.
/// </summary>
internal static class AdaptivePacingBenchmark
{
    private const int Burst = 5;

    /// <summary>The short cases: every quota with 200 contacts, and the latency case.</summary>
    /// <param name="onlyRps">when given, only the quota cases of this rate (and no latency case)</param>
    public static async Task RunAsync(Runspace runspace, bool includeLong, double? onlyRps = null)
    {
        Console.WriteLine("(5) adaptive pacing: no pacing parameters, against the double's quota (burst 5); ratio to the quota's minimum time");
        // The first call in a process loads the engine and the SDK (about a second): not what is measured here.
        await using (var warm = await ConnectDoubleServer.StartAsync())
        {
            Bench.Time(runspace, "$args[0] | Start-ConnectContactMonitor -InstanceId $args[1] -UserId $args[2] -EndpointUrl $args[3] -ThrottleLimit 8 | Out-Null",
                NewContacts(warm, 20, "warm-up"), TestCredentials.InstanceId, TestCredentials.UserId, warm.Endpoint.ToString());
        }

        var cases = new List<(double Rps, int Contacts)> { (2, 200), (20, 200), (100, 200) };
        if (includeLong)
        {
            cases.AddRange([(2, 2000), (20, 2000), (100, 2000)]);
        }

        foreach (var (rps, contacts) in cases.Where(c => onlyRps == null || c.Rps == onlyRps))
        {
            foreach (var throttleLimit in new[] { 1, 8 })
            {
                await QuotaCaseAsync(runspace, rps, contacts, throttleLimit);
            }
        }

        if (!includeLong)
        {
            Console.WriteLine("    (2,000-contact cases skipped; run with 'pacing-long' to include them: about 40 min more)");
        }

        if (onlyRps == null)
        {
            await LatencyCaseAsync(runspace);
        }
    }

    private static async Task QuotaCaseAsync(Runspace runspace, double rps, int n, int throttleLimit)
    {
        await using var server = await ConnectDoubleServer.StartAsync(new ConnectDoubleOptions { Lifetime = TimeSpan.FromHours(1), MaxRequests = 1_000_000 });
        var contacts = NewContacts(server, n, $"adaptive-{rps}");
        server.Faults.SetRateLimit(rps, Burst);
        var minimum = TimeSpan.FromSeconds((n - Burst) / rps);

        var run = Bench.Time(runspace,
            "$args[0] | Start-ConnectContactMonitor -InstanceId $args[1] -UserId $args[2] -EndpointUrl $args[3] -ThrottleLimit $args[4] " +
            "-ErrorVariable failed -ErrorAction SilentlyContinue -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like 'Pacing of*' }; $failed",
            contacts, TestCredentials.InstanceId, TestCredentials.UserId, server.Endpoint.ToString(), throttleLimit);

        var errors = run.Output.Count(o => o.BaseObject is ErrorRecord);
        var settled = run.Output.Select(o => o.BaseObject).OfType<VerboseRecord>().Select(v => v.Message).FirstOrDefault() ?? "(no pacing line)";
        var attempts = server.Requests.Count;
        var throttled = server.Requests.Count(r => r.ResponseStatus == 429);
        Console.WriteLine($"    {rps,5} rps, {n,4} contacts, -ThrottleLimit {throttleLimit}: {run.Elapsed.TotalSeconds,7:0.00} s vs {minimum.TotalSeconds,7:0.00} s minimum = " +
                          $"{run.Elapsed / minimum:0.000}x; errors {errors}; throttled attempts {throttled} of {attempts} ({100.0 * throttled / Math.Max(1, attempts):0.0}%)");
        Console.WriteLine($"        {settled[(settled.IndexOf(": ", StringComparison.Ordinal) + 2)..]}");
        foreach (var error in run.Output.Select(o => o.BaseObject).OfType<ErrorRecord>().Take(3))
        {
            Console.WriteLine($"        error: {error.FullyQualifiedErrorId}: {error.Exception.Message}");
        }
    }

    private static async Task LatencyCaseAsync(Runspace runspace)
    {
        const int n = 80;
        await using var server = await ConnectDoubleServer.StartAsync(new ConnectDoubleOptions { Lifetime = TimeSpan.FromHours(1) });
        server.Faults.Latency = TimeSpan.FromMilliseconds(50);
        var script = "$args[0] | Start-ConnectContactMonitor -InstanceId $args[1] -UserId $args[2] -EndpointUrl $args[3] -ThrottleLimit $args[4] | Out-Null";
        TimeSpan Run(int throttleLimit) => Bench.Time(runspace, script,
            NewContacts(server, n, $"latency-{throttleLimit}"), TestCredentials.InstanceId, TestCredentials.UserId, server.Endpoint.ToString(), throttleLimit).Elapsed;

        Run(8); // the new server's connections and its client: not what is measured
        var sequential = Run(1);
        var parallel = Run(8);
        Console.WriteLine($"    {n} contacts, 50 ms service latency, no quota, no pacing parameters: -ThrottleLimit 1 {sequential.TotalMilliseconds:0} ms, " +
                          $"-ThrottleLimit 8 {parallel.TotalMilliseconds:0} ms = {sequential / parallel:0.00}x faster (target >= 6x)");
    }

    private static string[] NewContacts(ConnectDoubleServer server, int n, string prefix)
    {
        var ids = Enumerable.Range(0, n).Select(i => $"{prefix}-{i}-{Guid.NewGuid():N}").ToArray();
        server.World.AddContacts(TestCredentials.InstanceId, ids);
        return ids;
    }
}
