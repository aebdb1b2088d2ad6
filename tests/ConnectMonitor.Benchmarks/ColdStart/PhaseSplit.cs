namespace ConnectMonitor.Benchmarks.ColdStart;

/// <summary>
/// Where the time of an import + first call goes: traced runs (the script's own marks plus the engine's, see
/// StartupMark), each step from one mark to the next as the median over the runs, with the JIT time, methods compiled
/// and assemblies loaded during the step.
/// </summary>
internal static class PhaseSplit
{
    // What happens between the previous mark and this one.
    private static readonly Dictionary<string, string> Steps = new(StringComparer.Ordinal)
    {
        ["script-start"] = "pwsh start: runtime, PowerShell engine, host (to the script's first line)",
        ["import-start"] = "script compile, marker setup (tracing only)",
        ["import-end"] = "Import-Module ConnectMonitor",
        ["call-start"] = "(between)",
        ["engine-loaded"] = "command lookup, parameter binding, cmdlet JIT, engine + AWSSDK.Core assembly loads",
        ["credentials-start"] = "service constructor, hand-off to the thread pool",
        ["sdk-config-reset"] = "SDK configuration: shared files checked, process-wide fallback settings re-read",
        ["credentials-end"] = "credential resolution",
        ["region-start"] = "(between)",
        ["region-end"] = "region resolution",
        ["config-start"] = "(between)",
        ["client-start"] = "SDK configuration: AmazonConnectConfig (defaults mode, region, endpoint URL)",
        ["endpoint-start"] = "client construction (AmazonServiceClient, pipeline)",
        ["endpoint-end"] = "endpoint resolution (rule set)",
        ["send-start"] = "request object, pacing",
        ["net:RequestStart"] = "SDK pipeline before the wire: marshal, credentials, sign",
        ["net:ConnectStart"] = "HTTP handler set-up, connection pool",
        ["net:ConnectStop"] = "TCP connect",
        ["net:ConnectionEstablished"] = "HTTP connection set-up",
        ["net:RequestLeftQueue"] = "(HTTP queue)",
        ["net:RequestHeadersStart"] = "HTTP: first request on the connection",
        ["net:RequestHeadersStop"] = "HTTP: request headers",
        ["net:RequestContentStart"] = "HTTP: (content)",
        ["net:RequestContentStop"] = "HTTP: request body",
        ["net:ResponseHeadersStart"] = "double answers",
        ["net:ResponseHeadersStop"] = "HTTP: response headers",
        ["net:ResponseContentStart"] = "HTTP: (content)",
        ["net:ResponseContentStop"] = "HTTP: response body",
        ["net:RequestStop"] = "HTTP: request done",
        ["send-end"] = "SDK pipeline after the wire: unmarshal, retry bookkeeping",
        ["call-end"] = "cmdlet: result object, pipeline end",
        ["output-end"] = "PowerShell formats the result for the host (first Out-Default)",
        ["exit"] = "pwsh exit",
    };

    // The coarse steps both the module and the floor have (the floor has only the script's marks).
    private static readonly (string Name, string From, string To)[] CoarseSteps =
    [
        ("pwsh start (to the script's first line)", "spawn", "script-start"),
        ("Import-Module", "import-start", "import-end"),
        ("first call (binding to result object)", "call-start", "call-end"),
        ("PowerShell formats the result for the host", "call-end", "output-end"),
        ("pwsh exit", "output-end", "exit"),
        ("whole process", "spawn", "exit"),
    ];

    public static async Task RunAsync(int runs, PwshCommand pwsh, Dictionary<string, string?> environment, IReadOnlyDictionary<string, string?> floor,
        string scratch, Func<string> newContact, Func<string, string> callCommand)
    {
        var traces = new List<IReadOnlyList<StartupMark>>();
        var floorTraces = new List<IReadOnlyList<StartupMark>>();
        var bareTraces = new List<IReadOnlyList<StartupMark>>();
        var floorEnvironment = new Dictionary<string, string?>(environment);
        foreach (var (name, value) in floor)
        {
            floorEnvironment[name] = value;
        }

        string Script(string contact) =>
            StartupMark.ScriptMarker + "; M script-start; M import-start; Import-Module ConnectMonitor; M import-end; M call-start; " +
            $"$r = {callCommand(contact)}; M call-end; $r | Out-Default; M output-end; exit 0";
        for (var i = 0; i < runs; i++)
        {
            // A bare pwsh traced the same way, interleaved: its start and exit are the reference for the steps below.
            bareTraces.Add(await TraceAsync(pwsh, environment, Path.Combine(scratch, $"trace-bare-{i}.tsv"), StartupMark.ScriptMarker + "; M script-start; exit 0"));
            floorTraces.Add(await TraceAsync(pwsh, floorEnvironment, Path.Combine(scratch, $"trace-floor-{i}.tsv"), Script(newContact())));
            traces.Add(await TraceAsync(pwsh, environment, Path.Combine(scratch, $"trace-{i}.tsv"), Script(newContact())));
        }

        Console.WriteLine($"The module's extra time over the floor, step by step (medians of {runs} traced runs each, interleaved; JIT in the child only):");
        Console.WriteLine("| step | floor ms | module ms | extra ms (median of pairs) | floor JIT ms / methods | module JIT ms / methods |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var (name, from, to) in CoarseSteps)
        {
            var f = floorTraces.Select(t => Ms(t, from, to)).ToList();
            var m = traces.Select(t => Ms(t, from, to)).ToList();
            var inChild = from != "spawn" && to != "exit";
            var jit = inChild
                ? $"| {Spread.Of(floorTraces.Select(t => Jit(t, from, to)).ToList()).Median:0} / {Spread.Of(floorTraces.Select(t => (double)Methods(t, from, to)).ToList()).Median:0} " +
                  $"| {Spread.Of(traces.Select(t => Jit(t, from, to)).ToList()).Median:0} / {Spread.Of(traces.Select(t => (double)Methods(t, from, to)).ToList()).Median:0} |"
                : "| - | - |";
            Console.WriteLine($"| {name} | {Spread.Of(f).Median:0.0} | {Spread.Of(m).Median:0.0} | {Spread.Of(m.Zip(f, (x, y) => x - y).ToList()).Median:+0.0;-0.0} {jit}");
        }

        Console.WriteLine();

        // Steps in the order of the first run; a step missing from a run (an event not raised) is left out of its median.
        var order = traces[0].Select(m => m.Name).Distinct().ToList();
        Console.WriteLine($"Per-phase split, import + one call (median of {runs} traced runs; tracing adds a little to each step):");
        Console.WriteLine("| step (to mark) | what | ms | JIT ms | methods JIT-compiled | assemblies loaded |");
        Console.WriteLine("|---|---|---|---|---|---|");
        for (var i = 1; i < order.Count; i++)
        {
            var deltas = traces.Select(t => Delta(t, order[i])).Where(d => d != null).Select(d => d!.Value).ToList();
            if (deltas.Count == 0)
            {
                continue;
            }

            var ms = Spread.Of(deltas.Select(d => d.Ms).ToList()).Median;
            var jit = Spread.Of(deltas.Select(d => d.Jit).ToList()).Median;
            var methods = Spread.Of(deltas.Select(d => (double)d.Methods).ToList()).Median;
            var assemblies = Spread.Of(deltas.Select(d => (double)d.Assemblies).ToList()).Median;
            var what = Steps.TryGetValue(order[i], out var text) ? text : "";
            Console.WriteLine($"| {order[i]} | {what} | {ms:0.0} | {jit:0.0} | {methods:0} | {assemblies:0} |");
        }

        var totals = traces.Select(t => (
            Host: Ms(t, "spawn", "script-start"),
            Import: Ms(t, "import-start", "import-end"),
            Call: Ms(t, "call-start", "call-end"),
            Jit: Jit(t, "call-start", "call-end"))).ToList();
        Console.WriteLine();
        Console.WriteLine($"totals (medians): pwsh start {Spread.Of(totals.Select(t => t.Host).ToList()).Median:0} ms, " +
                          $"Import-Module {Spread.Of(totals.Select(t => t.Import).ToList()).Median:0} ms, " +
                          $"first call {Spread.Of(totals.Select(t => t.Call).ToList()).Median:0} ms of which JIT {Spread.Of(totals.Select(t => t.Jit).ToList()).Median:0} ms");
        Console.WriteLine($"bare pwsh traced the same way (reference): start {Spread.Of(bareTraces.Select(t => Ms(t, "spawn", "script-start")).ToList()).Median:0} ms, " +
                          $"exit {Spread.Of(bareTraces.Select(t => Ms(t, "script-start", "exit")).ToList()).Median:0} ms");
    }

    private static async Task<IReadOnlyList<StartupMark>> TraceAsync(PwshCommand pwsh, Dictionary<string, string?> environment, string file, string script)
    {
        File.Delete(file);
        var traced = new Dictionary<string, string?>(environment) { [StartupMark.VariableName] = file };
        var (fileName, arguments) = ColdStartBenchmark.Pwsh(pwsh, script);
        var run = await ChildRun.RunAsync(fileName, arguments, traced);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"traced run failed (exit {run.ExitCode}):\n{run.Output}\n{run.Error}");
        }

        var marks = StartupMark.Read(file).ToList();
        marks.Insert(0, new StartupMark("spawn", run.StartUtcTicks, 0, 0, 0));
        marks.Add(new StartupMark("exit", run.EndUtcTicks, marks[^1].JitMilliseconds, marks[^1].JittedMethods, marks[^1].Assemblies));
        return marks;
    }

    private static (double Ms, double Jit, long Methods, int Assemblies)? Delta(IReadOnlyList<StartupMark> trace, string name)
    {
        var index = trace.ToList().FindIndex(m => m.Name == name);
        if (index <= 0)
        {
            return null;
        }

        var (from, to) = (trace[index - 1], trace[index]);
        // The spawn and exit marks come from the benchmark, not the child: no JIT or assembly figures for them.
        var inChild = from.Name != "spawn" && to.Name != "exit";
        return ((to.UtcTicks - from.UtcTicks) / (double)TimeSpan.TicksPerMillisecond,
            inChild ? to.JitMilliseconds - from.JitMilliseconds : (to.Name == "exit" ? 0 : to.JitMilliseconds),
            inChild ? to.JittedMethods - from.JittedMethods : (to.Name == "exit" ? 0 : to.JittedMethods),
            inChild ? to.Assemblies - from.Assemblies : (to.Name == "exit" ? 0 : to.Assemblies));
    }

    private static double Ms(IReadOnlyList<StartupMark> trace, string from, string to) =>
        (trace.First(m => m.Name == to).UtcTicks - trace.First(m => m.Name == from).UtcTicks) / (double)TimeSpan.TicksPerMillisecond;

    private static double Jit(IReadOnlyList<StartupMark> trace, string from, string to) =>
        trace.First(m => m.Name == to).JitMilliseconds - trace.First(m => m.Name == from).JitMilliseconds;

    private static long Methods(IReadOnlyList<StartupMark> trace, string from, string to) =>
        trace.First(m => m.Name == to).JittedMethods - trace.First(m => m.Name == from).JittedMethods;
}
