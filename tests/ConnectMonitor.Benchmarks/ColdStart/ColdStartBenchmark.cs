using System.Globalization;
using ConnectMonitor.ConnectDouble;

namespace ConnectMonitor.Benchmarks.ColdStart;

/// <summary>
/// Cold start, as a runbook sees it: whole processes, a fresh pwsh each run, interleaved (bare, import and import + one
/// call of the floor module and of this module, and the AWS CLI when one answers) so that the shared machine's load
/// hits every variant alike. Prints medians with their spread, the medians of same-round ratios against the floor
/// (tests/ConnectMonitor.FloorModule) with issue 24's targets, and the per-phase split of traced runs (separate runs,
/// so the tracing costs nothing in the figures above it). Asserts nothing.
/// Arguments: <c>cold [--runs N] [--traced N] [--pwsh PATH] [--module NAME=DIR]... [--import-module NAME=DIR]... [--traced-module DIR]</c>; each <c>--module</c> adds
/// "import" and "import + one call" variants for another build of the module (DIR holds a ConnectMonitor folder),
/// interleaved with the others: an A/B comparison under the same load (<c>--import-module</c>: the import only, for a
/// module named ConnectMonitor without the cmdlet, e.g. an empty one). <c>--traced-module</c> traces another build.

/// </summary>
internal static class ColdStartBenchmark
{
    // Issue 24's targets against the floor module (benchmark figures, not timed tests).
    private const double CallTargetRatio = 1.10;
    private const double ImportTargetRatio = 1.05;

    public static async Task RunAsync(string[] args, string modulePath)
    {
        var runs = IntOption(args, "--runs", 15);
        var tracedRuns = IntOption(args, "--traced", 7);
        var repoRoot = RepositoryRoot(modulePath);
        var pwsh = PwshLocator.Find(StringOption(args, "--pwsh"), repoRoot);
        var scratch = Path.Combine(Path.GetTempPath(), "connectmonitor-coldstart-" + Environment.ProcessId);
        Directory.CreateDirectory(scratch);

        await using var server = await ConnectDoubleServer.StartAsync(new ConnectDoubleOptions { Lifetime = TimeSpan.FromMinutes(30), MaxRequests = 100_000 });
        var endpoint = server.Endpoint.ToString();
        var environment = ChildEnvironment(scratch, Path.GetDirectoryName(Path.GetDirectoryName(modulePath))!);
        // As a runbook calls the real service: a region, no -EndpointUrl; the SDK's configured-endpoint variable sends
        // the request to the double, so region validation, the region's endpoint data and the endpoint rules all run.
        environment["AWS_ENDPOINT_URL_CONNECT"] = endpoint;
        var contactNumber = 0;
        string NewContact()
        {
            var id = $"c{Interlocked.Increment(ref contactNumber)}-{Guid.NewGuid().ToString("N")[..8]}";
            server.World.AddContacts(TestCredentials.InstanceId, [id]);
            return id;
        }

        string CallCommand(string contact) =>
            $"Start-ConnectContactMonitor -InstanceId {TestCredentials.InstanceId} -ContactId {contact} -UserId {TestCredentials.UserId} -Region {TestCredentials.Region}";
        // The floor (tests/ConnectMonitor.FloorModule): a module of the same name and command line, found on its own
        // PSModulePath, so both sides run the very same script.
        var floor = new Dictionary<string, string?> { ["PSModulePath"] = FloorModuleParent(modulePath) };
        var variants = new List<Variant>
        {
            new("bare pwsh", _ => Pwsh(pwsh, "exit 0"), null),
            new("import [floor]", _ => Pwsh(pwsh, "Import-Module ConnectMonitor; exit 0"), null, floor),
            new("import", _ => Pwsh(pwsh, "Import-Module ConnectMonitor; exit 0"), null),
            // No 'exit' after the call: it would end the process before PowerShell writes the buffered result table.
            new("import + one call [floor]", contact => Pwsh(pwsh, $"Import-Module ConnectMonitor; {CallCommand(contact)}"), contact => contact, floor),
            new("import + one call", contact => Pwsh(pwsh, $"Import-Module ConnectMonitor; {CallCommand(contact)}"), contact => contact),
        };
        foreach (var (option, name, folder) in ModuleOptions(args))
        {
            var other = new Dictionary<string, string?> { ["PSModulePath"] = Path.GetFullPath(folder) };
            variants.Add(new($"import [{name}]", _ => Pwsh(pwsh, "Import-Module ConnectMonitor; exit 0"), null, other));
            if (option == "--module")
            {
                variants.Add(new($"import + one call [{name}]", contact => Pwsh(pwsh, $"Import-Module ConnectMonitor; {CallCommand(contact)}"), contact => contact, other));
            }
        }

        var aws = await AwsCli.DetectAsync(environment);
        if (aws != null)
        {
            // The CLI prints the answer, which names the monitoring contact, not the one asked for.
            variants.Add(new($"AWS CLI {aws.Version}", contact => aws.MonitorContact(contact, endpoint), _ => "\"ContactArn\""));
        }

        var loadBefore = LoadAverage();
        Console.WriteLine($"cold start: {Environment.ProcessorCount} logical cores, load average {loadBefore}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
        Console.WriteLine($"pwsh: {pwsh.Description}");
        Console.WriteLine($"floor: {FloorModuleParent(modulePath)}/ConnectMonitor (tests/ConnectMonitor.FloorModule)");
        Console.WriteLine(aws == null ? "AWS CLI: not found (or it did not answer); skipped" : $"AWS CLI: {aws.Description} (context only)");
        Console.WriteLine($"{runs} interleaved rounds after one warm-up round (file cache), one fresh process per run, every other round in reverse order");
        Console.WriteLine();

        foreach (var variant in variants)
        {
            await variant.RunOnceAsync(NewContact(), environment); // warm-up: disk cache, not measured
            variant.Times.Clear();
            variant.CpuTimes.Clear();
        }
        for (var round = 0; round < runs; round++)
        {
            // Reversed every other round, so that neither side of a pair always runs right after the other.
            foreach (var variant in round % 2 == 0 ? variants : Enumerable.Reverse(variants))
            {
                await variant.RunOnceAsync(NewContact(), environment);
            }
        }

        var withCpu = variants.All(v => v.CpuTimes.Count == v.Times.Count);
        Console.WriteLine(withCpu ? "| command | wall median | wall quartiles | wall min-max | CPU median | CPU quartiles |" : "| command | wall median | wall quartiles | wall min-max |");
        Console.WriteLine(withCpu ? "|---|---|---|---|---|---|" : "|---|---|---|---|");
        foreach (var variant in variants)
        {
            var s = Spread.Of(variant.Times);
            var c = withCpu ? Spread.Of(variant.CpuTimes) : null;
            Console.WriteLine($"| {variant.Name} | {s.Median:0} ms | {s.Lower:0}-{s.Upper:0} ms | {s.Min:0}-{s.Max:0} ms |" +
                              (c == null ? "" : $" {c.Median:0} ms | {c.Lower:0}-{c.Upper:0} ms |"));
        }

        Console.WriteLine();
        Console.WriteLine($"Against the floor, medians of {runs} pairwise (same-round) ratios:");
        PrintPair("import", variants[2], variants[1], ImportTargetRatio, withCpu);
        PrintPair("import + one call", variants[4], variants[3], CallTargetRatio, withCpu);
        Console.WriteLine("Against a bare pwsh start (context):");
        foreach (var variant in variants.Skip(1))
        {
            PrintPair(variant.Name, variant, variants[0], null, withCpu);
        }

        Console.WriteLine($"load average: {loadBefore} at the start, {LoadAverage()} at the end");

        if (tracedRuns > 0)
        {
            Console.WriteLine();
            var tracedEnvironment = new Dictionary<string, string?>(environment);
            if (StringOption(args, "--traced-module") is { } tracedModule)
            {
                tracedEnvironment["PSModulePath"] = Path.GetFullPath(tracedModule);
            }

            await PhaseSplit.RunAsync(tracedRuns, pwsh, tracedEnvironment, floor, scratch, NewContact, CallCommand);
        }
    }

    /// <summary>One line per pair: the median of the same-round wall ratios (quartiles), the median same-round difference, the CPU ratio.</summary>
    private static void PrintPair(string name, Variant a, Variant b, double? target, bool withCpu)
    {
        var wall = Spread.Of(a.Times.Zip(b.Times, (x, y) => x / y).ToList());
        var extra = Spread.Of(a.Times.Zip(b.Times, (x, y) => x - y).ToList());
        var cpu = withCpu ? Spread.Of(a.CpuTimes.Zip(b.CpuTimes, (x, y) => x / y).ToList()) : null;
        var verdict = target is { } t ? $"; target <= {t:0.00}: {(wall.Median <= t ? "met" : "missed")}" : "";
        Console.WriteLine($"  {name} / {b.Name}: wall {wall.Median:0.00} ({wall.Lower:0.00}-{wall.Upper:0.00}), {extra.Median:+0;-0} ms" +
                          (cpu == null ? "" : $", CPU {cpu.Median:0.00} ({cpu.Lower:0.00}-{cpu.Upper:0.00})") + verdict);
    }

    /// <summary>The folder holding the floor module's ConnectMonitor folder: out/&lt;Configuration&gt;/floor beside the module's.</summary>
    private static string FloorModuleParent(string modulePath)
    {
        var folder = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(modulePath))!, "floor");
        return File.Exists(Path.Combine(folder, "ConnectMonitor", "ConnectMonitor.psd1"))
            ? folder
            : throw new InvalidOperationException($"No floor module in {folder}: build tests/ConnectMonitor.FloorModule (dotnet build -c Release builds it).");
    }

    internal static (string File, IEnumerable<string> Arguments) Pwsh(PwshCommand pwsh, string script) =>
        (pwsh.FileName, pwsh.PrefixArguments.Concat(["-NoProfile", "-NonInteractive", "-Command", script]));

    /// <summary>
    /// What every child gets: credentials and region through environment variables only, empty AWS config files,
    /// no instance metadata, the built module found by name (out/ first on PSModulePath), no telemetry or update check.
    /// </summary>
    private static Dictionary<string, string?> ChildEnvironment(string scratch, string moduleParent)
    {
        var environment = AmbientAwsVariables.Names.ToDictionary(name => name, _ => (string?)null);
        File.WriteAllText(Path.Combine(scratch, "config"), "");
        File.WriteAllText(Path.Combine(scratch, "credentials"), "");
        environment["AWS_CONFIG_FILE"] = Path.Combine(scratch, "config");
        environment["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(scratch, "credentials");
        environment["AWS_EC2_METADATA_DISABLED"] = "true";
        environment["AWS_ACCESS_KEY_ID"] = TestCredentials.AccessKeyId;
        environment["AWS_SECRET_ACCESS_KEY"] = TestCredentials.SecretAccessKey;
        environment["POWERSHELL_TELEMETRY_OPTOUT"] = "1";
        environment["POWERSHELL_UPDATECHECK"] = "Off";
        environment["PSModulePath"] = moduleParent;
        environment[StartupMark.VariableName] = null;
        return environment;
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static string RepositoryRoot(string modulePath)
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(modulePath)!); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ConnectMonitor.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ConnectMonitor.sln not found above " + modulePath);
    }

    private static IEnumerable<(string Option, string Name, string Folder)> ModuleOptions(string[] args)
    {
        for (var i = 0; i + 1 < args.Length; i++)
        {
            if (args[i] is "--module" or "--import-module")
            {
                var parts = args[i + 1].Split('=', 2);
                yield return parts.Length == 2 ? (args[i], parts[0], parts[1]) : (args[i], Path.GetFileName(parts[0].TrimEnd('/')), parts[0]);
            }
        }
    }

    private static int IntOption(string[] args, string name, int fallback) =>
        StringOption(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    private static string? StringOption(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    /// <summary>One command line measured as a whole process; <c>expect</c> says what its output must contain.</summary>
    private sealed class Variant(string name, Func<string, (string File, IEnumerable<string> Arguments)> command, Func<string, string>? expect,
        IReadOnlyDictionary<string, string?>? environmentOverride = null)
    {
        public string Name { get; } = name;

        public List<double> Times { get; } = [];

        public List<double> CpuTimes { get; } = [];

        public async Task RunOnceAsync(string contact, IReadOnlyDictionary<string, string?> environment)
        {
            var (file, arguments) = command(contact);
            if (environmentOverride != null)
            {
                environment = environment.Concat(environmentOverride).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value);
            }

            var run = await ChildRun.RunAsync(file, arguments, environment);
            // The module's table may cut the ContactId column to ten characters: its first ten prove the call answered.
            var expected = expect?.Invoke(contact);
            if (run.ExitCode != 0 || (expected != null && !run.Output.Contains(expected[..Math.Min(10, expected.Length)], StringComparison.Ordinal)))
            {
                throw new InvalidOperationException($"{Name} failed (exit {run.ExitCode}):\n{run.Output}\n{run.Error}");
            }

            Times.Add(run.Elapsed.TotalMilliseconds);
            if (run.CpuTime is { } cpu)
            {
                CpuTimes.Add(cpu.TotalMilliseconds);
            }
        }
    }
}

/// <summary>Median, quartiles and range of a set of figures.</summary>
internal sealed record Spread(double Median, double Lower, double Upper, double Min, double Max)
{
    public static Spread Of(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToArray();
        double At(double q) => sorted[(int)Math.Round(q * (sorted.Length - 1))];
        return new Spread(At(0.5), At(0.25), At(0.75), sorted[0], sorted[^1]);
    }
}
