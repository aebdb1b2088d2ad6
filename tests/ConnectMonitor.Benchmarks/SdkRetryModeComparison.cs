using System.Diagnostics;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using ConnectMonitor.ConnectDouble;

namespace ConnectMonitor.Benchmarks;

/// <summary>
/// Issue 21: our adaptive pacing next to the AWS SDK's own client-side rate limiter (AWS_RETRY_MODE=adaptive with our
/// pacing off, -MaxRequestsPerSecond 0), next to no client-side pacing at all (the SDK's standard mode, pacing off), and
/// next to both at once (our pacing with AWS_RETRY_MODE=adaptive, as a user with <c>retry_mode = adaptive</c> in a
/// profile gets), on the pacing benchmark's cases. Every run is bounded: a run still going after its limit is stopped
/// (the cmdlet's Stop) and printed as "did not finish in N s", with what the double saw until then. Which SDK
/// behaviour is measured is the process's: AWSSDK.Core reads AWS_NEW_RETRIES_2026 once. Prints figures; asserts nothing.
/// </summary>
internal static class SdkRetryModeComparison
{
    private const int Burst = QuotaServer.Burst;

    /// <summary>The modes compared: our pacing parameters and the SDK's retry mode.</summary>
    private static readonly (string Name, string? RetryMode, string Pacing)[] AllModes =
    [
        ("ours", null, ""),
        ("sdk-adaptive", "adaptive", "-MaxRequestsPerSecond 0"),
        ("sdk-standard", "standard", "-MaxRequestsPerSecond 0"),
        ("ours+sdk-adaptive", "adaptive", ""),
    ];

    /// <summary>The cases: the pacing benchmark's 20 rps and 2 rps quota cases and its 10% occasional-throttle case;
    /// the sixth, 40 contacts at 20 rps, only when asked for (cases=6): short enough to watch a slow mode to the end.</summary>
    private static readonly (double Rps, int Contacts, int ThrottleLimit, double ThrottledShare)[] AllCases =
    [
        (20, 200, 1, 0),
        (20, 200, 8, 0),
        (2, 40, 1, 0),
        (2, 40, 8, 0),
        (40, 300, 16, 0.10),
        (20, 40, 1, 0),
    ];

    /// <param name="args">the benchmark's arguments: <c>runs=N</c>, <c>limit=S</c> (seconds per run; default five times
    /// the quota's minimum time, at least 60 s), <c>modes=a,b</c> (names above), <c>cases=1,3</c> (1-based positions above)</param>
    public static async Task RunAsync(Runspace runspace, string[] args)
    {
        var runs = Int("runs=", args) ?? 1;
        var limitSeconds = Int("limit=", args);
        var modeNames = Text("modes=", args)?.Split(',');
        var caseNumbers = Text("cases=", args)?.Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToHashSet();
        var modes = AllModes.Where(m => modeNames == null || modeNames.Contains(m.Name)).ToArray();
        var cases = AllCases.Where((_, i) => caseNumbers == null ? i < 5 : caseNumbers.Contains(i + 1)).ToArray();

        Console.WriteLine("our adaptive pacing vs the SDK's client-side rate limiter (AWS_RETRY_MODE=adaptive, -MaxRequestsPerSecond 0)");
        Console.WriteLine($"  AWSSDK.Core {typeof(Amazon.Runtime.AmazonServiceClient).Assembly.GetName().Version} " +
                          $"(file {FileVersionInfo.GetVersionInfo(typeof(Amazon.Runtime.AmazonServiceClient).Assembly.Location).FileVersion}), " +
                          $"AWS_NEW_RETRIES_2026={Environment.GetEnvironmentVariable("AWS_NEW_RETRIES_2026") ?? "(unset)"}; {runs} run(s) per case and mode");
        await WarmUpAsync(runspace);

        var summary = new List<string>();
        foreach (var (rps, n, throttleLimit, share) in cases)
        {
            var minimum = TimeSpan.FromSeconds((n - Burst) / rps);
            var limit = TimeSpan.FromSeconds(limitSeconds ?? Math.Max(60, Math.Ceiling(5 * minimum.TotalSeconds)));
            var name = $"{rps} rps, {n} contacts, -ThrottleLimit {throttleLimit}" + (share > 0 ? $", {share:0%} throttled once" : "");
            Console.WriteLine($"  {name} (minimum {minimum.TotalSeconds:0.00} s, limit {limit.TotalSeconds:0} s):");
            foreach (var mode in modes)
            {
                Console.WriteLine($"    {mode.Name} (AWS_RETRY_MODE={mode.RetryMode ?? "(unset)"} {mode.Pacing}):");
                var results = new List<RunResult>();
                for (var i = 0; i < runs; i++)
                {
                    results.Add(await RunOneAsync(runspace, mode.RetryMode, mode.Pacing, rps, n, throttleLimit, share, minimum, limit));
                }

                summary.Add($"| {name} | {mode.Name} | {string.Join(", ", results.Select(r => r.Short))} | " +
                            $"{results.Sum(r => r.Errors)} | {results.Sum(r => r.Throttled)} of {results.Sum(r => r.Attempts)} |");
            }
        }

        Console.WriteLine();
        Console.WriteLine("| case | mode | runs (x the quota's minimum time) | errors (all runs) | throttled attempts (all runs) |");
        Console.WriteLine("|---|---|---|---|---|");
        summary.ForEach(Console.WriteLine);
    }

    private sealed record RunResult(string Short, int Errors, int Throttled, int Attempts);

    /// <summary>The first call in a process loads the engine and the SDK (about a second): not what is measured.</summary>
    private static async Task WarmUpAsync(Runspace runspace)
    {
        await using var warm = await ConnectDoubleServer.StartAsync();
        var contacts = QuotaServer.NewContacts(warm, 20, "warm-up");
        var run = Invoke(runspace, "$args[0] | Start-ConnectContactMonitor -InstanceId $args[1] -UserId $args[2] -EndpointUrl $args[3] -ThrottleLimit 8 | Out-Null",
            TimeSpan.FromSeconds(60), contacts, TestCredentials.InstanceId, TestCredentials.UserId, warm.Endpoint.ToString());
        if (!run.Finished || run.Errors.Count > 0)
        {
            throw new InvalidOperationException("warm-up run failed: " + (run.Errors.FirstOrDefault()?.ToString() ?? "did not finish"));
        }
    }

    private static async Task<RunResult> RunOneAsync(Runspace runspace, string? retryMode, string pacing, double rps, int n, int throttleLimit,
        double throttledShare, TimeSpan minimum, TimeSpan limit)
    {
        var (server, contacts) = await QuotaServer.StartAsync(rps, n, $"sdk-{rps}", throttledShare);
        await using var _ = server;

        var before = Environment.GetEnvironmentVariable("AWS_RETRY_MODE");
        Environment.SetEnvironmentVariable("AWS_RETRY_MODE", retryMode);
        var load = AdaptivePacingBenchmark.Load();
        Outcome run;
        try
        {
            // Errors go to the error stream (not SilentlyContinue), so a run stopped at its limit still shows them.
            run = Invoke(runspace,
                "$args[0] | Start-ConnectContactMonitor -InstanceId $args[1] -UserId $args[2] -EndpointUrl $args[3] -ThrottleLimit $args[4] " + pacing +
                " -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like 'Pacing of*' }",
                limit, contacts, TestCredentials.InstanceId, TestCredentials.UserId, server.Endpoint.ToString(), throttleLimit);
        }
        finally
        {
            Environment.SetEnvironmentVariable("AWS_RETRY_MODE", before);
        }

        var requests = server.Requests;
        var throttled = requests.Count(r => r.ResponseStatus == 429);
        var succeeded = requests.Count(r => r.ResponseStatus == 200);
        var ratio = run.Elapsed / minimum;
        var time = run.Finished ? $"{run.Elapsed.TotalSeconds,7:0.00} s = {ratio:0.000}x" : $"did not finish in {limit.TotalSeconds:0} s";
        Console.WriteLine($"      {time} ({load} before, {AdaptivePacingBenchmark.Load()} after); contacts done {succeeded} of {n}; errors {run.Errors.Count}; " +
                          $"throttled attempts {throttled} of {requests.Count} ({100.0 * throttled / Math.Max(1, requests.Count):0.0}%)");
        Console.WriteLine($"        {Timeline(requests)}");
        var settled = run.Output.Select(o => o.BaseObject).OfType<VerboseRecord>().Select(v => v.Message).FirstOrDefault();
        if (settled != null)
        {
            Console.WriteLine($"        {settled[(settled.IndexOf(": ", StringComparison.Ordinal) + 2)..]}");
        }

        foreach (var group in run.Errors.GroupBy(e => e.FullyQualifiedErrorId.Split(',')[0] + ": " + e.Exception.Message).Take(3))
        {
            Console.WriteLine($"        {group.Count()} x error {group.Key}");
        }

        var brief = run.Finished ? ratio.ToString("0.00", CultureInfo.InvariantCulture) + "x" : $"> {limit.TotalSeconds:0} s ({succeeded} done)";
        if (run.Errors.Count > 0)
        {
            brief += $" ({run.Errors.Count} errors)";
        }

        return new RunResult(brief, run.Errors.Count, throttled, requests.Count);
    }

    /// <summary>What the double's request log says about the pace: the rate over the run's last half (what the client
    /// settled at), the longest pause between two requests, and the number of pauses over a second.</summary>
    private static string Timeline(IReadOnlyList<RecordedRequest> requests)
    {
        if (requests.Count < 2)
        {
            return "request log: fewer than 2 requests";
        }

        var first = requests[0].ReceivedAt;
        var last = requests[^1].ReceivedAt;
        var middle = first + (last - first) / 2;
        var secondHalf = requests.Count(r => r.ReceivedAt >= middle);
        var gaps = requests.Zip(requests.Skip(1), (a, b) => b.ReceivedAt - a.ReceivedAt).ToList();
        var longest = gaps.Max();
        return $"request log: {requests.Count} requests over {(last - first).TotalSeconds:0.0} s; last half {secondHalf / Math.Max(0.001, (last - middle).TotalSeconds):0.00} requests/s; " +
               $"longest pause {longest.TotalSeconds:0.00} s; pauses over 1 s: {gaps.Count(g => g > TimeSpan.FromSeconds(1))}";
    }

    private sealed record Outcome(TimeSpan Elapsed, IReadOnlyList<PSObject> Output, IReadOnlyList<ErrorRecord> Errors, bool Finished);

    /// <summary>Runs <paramref name="script"/> for at most <paramref name="limit"/>, then stops it as Ctrl+C would.</summary>
    private static Outcome Invoke(Runspace runspace, string script, TimeSpan limit, params object[] args)
    {
        using var ps = PowerShell.Create();
        ps.Runspace = runspace;
        ps.AddScript(script);
        foreach (var arg in args)
        {
            ps.AddArgument(arg);
        }

        var output = new PSDataCollection<PSObject>();
        var clock = Stopwatch.StartNew();
        var pending = ps.BeginInvoke<PSObject, PSObject>(null, output);
        var finished = pending.AsyncWaitHandle.WaitOne(limit);
        if (!finished)
        {
            var stopping = ps.BeginStop(null, null);
            if (!stopping.AsyncWaitHandle.WaitOne(TimeSpan.FromSeconds(60)))
            {
                throw new InvalidOperationException($"a run did not stop within 60 s of its {limit.TotalSeconds:0} s limit");
            }
        }

        try
        {
            ps.EndInvoke(pending);
        }
        catch (PipelineStoppedException) when (!finished)
        {
            // stopped at the limit: what it wrote until then is in output and the error stream
        }

        clock.Stop();
        return new Outcome(clock.Elapsed, output.ToList(), ps.Streams.Error.ToList(), finished);
    }

    private static string? Text(string prefix, string[] args) =>
        args.Where(a => a.StartsWith(prefix, StringComparison.Ordinal)).Select(a => a[prefix.Length..]).FirstOrDefault();

    private static int? Int(string prefix, string[] args) =>
        Text(prefix, args) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : null;
}
