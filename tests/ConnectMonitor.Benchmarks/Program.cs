using System.Diagnostics;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Reflection;
using System.Reflection.Emit;
using ConnectMonitor.Benchmarks;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Engine.Monitoring;
using ConnectMonitor.Engine.Sessions;

// Bulk-pipeline benchmark: prints figures and ratios against the targets; asserts nothing.
// Arguments pick measurements by number (e.g. "1 2"); none runs (1)-(4). "pacing" runs the adaptive-pacing cases
// (AdaptivePacingBenchmark.cs, about 4 min), "pacing-long" adds the 2,000-contact ones (about 40 min more);
// "rps=20" keeps only the quota cases of that rate (rps=40: the occasional-throttle case); "latency" runs only the 50 ms
// latency case; "runs=5" runs each pacing case five times and prints every run, the worst and the verdict against
// issue 20's targets. "sdk" runs the comparison with the SDK's own retry modes (SdkRetryModeComparison.cs: runs=,
// limit=, modes=, cases=). "cold" runs the cold-start benchmark instead (ColdStart/).
var pacing = args.Contains("pacing") || args.Contains("pacing-long");
bool Runs(int measurement) => args.Length == 0 || args.Contains(measurement.ToString(System.Globalization.CultureInfo.InvariantCulture));
var modulePath = BenchEnvironment.Prepare();
if (args.Contains("cold"))
{
    await ConnectMonitor.Benchmarks.ColdStart.ColdStartBenchmark.RunAsync(args, modulePath); // whole processes; see ColdStart/
    return;
}

Console.WriteLine($"machine: {Environment.ProcessorCount} logical cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, " +
                  $".NET {Environment.Version}, PowerShell engine {typeof(PowerShell).Assembly.GetName().Version}");
Console.WriteLine();

await using var server = await ConnectDoubleServer.StartAsync(new ConnectDoubleOptions { Lifetime = TimeSpan.FromMinutes(30), MaxRequests = 1_000_000 });
var endpoint = server.Endpoint.ToString();
string[] NewContacts(int n, string prefix)
{
    var ids = Enumerable.Range(0, n).Select(i => $"{prefix}-{i}-{Guid.NewGuid():N}").ToArray();
    server.World.AddContacts(TestCredentials.InstanceId, ids);
    return ids;
}

using var runspace = Bench.NewRunspace(modulePath);
if (pacing)
{
    var onlyRps = args.Where(a => a.StartsWith("rps=", StringComparison.Ordinal))
        .Select(a => (double?)double.Parse(a[4..], System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();
    var runs = args.Where(a => a.StartsWith("runs=", StringComparison.Ordinal))
        .Select(a => int.Parse(a[5..], System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault(1);
    await AdaptivePacingBenchmark.RunAsync(runspace, includeLong: args.Contains("pacing-long"), onlyRps, runs, latencyOnly: args.Contains("latency"));
}

if (args.Contains("sdk"))
{
    await SdkRetryModeComparison.RunAsync(runspace, args);
}

// (1) per-item cost: 1000 items through the cmdlet vs 1000 direct engine calls.
if (Runs(1))
{
    const int n = 1000;
    using var service = new ConnectSession(new ConnectSessionSettings { Region = TestCredentials.Region, EndpointUrl = endpoint });
    async Task<TimeSpan> Direct(string[] contacts)
    {
        var clock = Stopwatch.StartNew();
        foreach (var contact in contacts)
        {
            await service.MonitorContactAsync(new MonitorContactInput(TestCredentials.InstanceId, contact, TestCredentials.UserId));
        }
        return clock.Elapsed;
    }
    TimeSpan Cmdlet(string[] contacts) => Bench.Time(runspace,
        "$args[0] | Start-ConnectContactMonitor -InstanceId $args[1] -UserId $args[2] -EndpointUrl $args[3] -MaxRequestsPerSecond 0 | Out-Null",
        contacts, TestCredentials.InstanceId, TestCredentials.UserId, endpoint).Elapsed;

    await Direct(NewContacts(200, "warm-direct"));
    Cmdlet(NewContacts(200, "warm-cmdlet"));
    var direct = new List<TimeSpan>();
    var cmdlet = new List<TimeSpan>();
    for (var round = 0; round < 3; round++)
    {
        direct.Add(await Direct(NewContacts(n, $"direct{round}")));
        cmdlet.Add(Cmdlet(NewContacts(n, $"cmdlet{round}")));
    }
    var d = Bench.Median(direct);
    var c = Bench.Median(cmdlet);
    Console.WriteLine($"(1) {n} items, sequential, no latency (median of 3):");
    Console.WriteLine($"    direct engine calls {d.TotalMilliseconds,8:0} ms ({d.TotalMicroseconds / n:0} us/item)");
    Console.WriteLine($"    through the cmdlet  {c.TotalMilliseconds,8:0} ms ({c.TotalMicroseconds / n:0} us/item)");
    Console.WriteLine($"    ratio {c / d:0.00} (target <= 1.15)");
    Console.WriteLine();
}

// (2) cold Import-Module: ConnectMonitor vs an empty binary module, each in a fresh runspace.
if (Runs(2))
{
    var empty = Bench.CreateEmptyBinaryModule();
    var iterations = 10;
    var firstConnect = Bench.ImportTime(modulePath);
    var firstEmpty = Bench.ImportTime(empty);
    var connect = Bench.MedianOf(iterations, () => Bench.ImportTime(modulePath));
    var emptyTime = Bench.MedianOf(iterations, () => Bench.ImportTime(empty));
    // Context, not the target: PowerShell rebuilds the runspace's whole format database for any module with
    // FormatsToProcess, whatever the file holds; this module differs from the empty one by a one-view format file only.
    var emptyWithFormat = Bench.CreateEmptyBinaryModule(withFormatFile: true);
    Bench.ImportTime(emptyWithFormat);
    var emptyWithFormatTime = Bench.MedianOf(iterations, () => Bench.ImportTime(emptyWithFormat));
    Console.WriteLine("(2) Import-Module in a fresh runspace (the first in this process, then the median of 10 more):");
    Console.WriteLine($"    ConnectMonitor        first {firstConnect.TotalMilliseconds,6:0.0} ms, then {connect.TotalMilliseconds,6:0.0} ms");
    Console.WriteLine($"    empty binary module   first {firstEmpty.TotalMilliseconds,6:0.0} ms, then {emptyTime.TotalMilliseconds,6:0.0} ms");
    Console.WriteLine($"    ratio (fresh runspace, median) {connect / emptyTime:0.00} (target <= 1.3)");
    Console.WriteLine($"    for context: empty binary module with a one-view format file {emptyWithFormatTime.TotalMilliseconds:0.0} ms " +
                      $"(ConnectMonitor / that = {connect / emptyWithFormatTime:0.00})");
    Console.WriteLine();
}

// (3) 50 ms service latency: -ThrottleLimit 8 vs sequential.
if (Runs(3))
{
    const int n = 80;
    server.Faults.Latency = TimeSpan.FromMilliseconds(50);
    var script = "$args[0] | Start-ConnectContactMonitor -InstanceId $args[1] -UserId $args[2] -EndpointUrl $args[3] -MaxRequestsPerSecond 0 -ThrottleLimit $args[4] | Out-Null";
    var sequential = Bench.Time(runspace, script, NewContacts(n, "seq"), TestCredentials.InstanceId, TestCredentials.UserId, endpoint, 1).Elapsed;
    var parallel = Bench.Time(runspace, script, NewContacts(n, "par"), TestCredentials.InstanceId, TestCredentials.UserId, endpoint, 8).Elapsed;
    server.Faults.Latency = TimeSpan.Zero;
    Console.WriteLine($"(3) {n} items with 50 ms service latency:");
    Console.WriteLine($"    sequential       {sequential.TotalMilliseconds,7:0} ms ({n / sequential.TotalSeconds:0.0} items/s)");
    Console.WriteLine($"    -ThrottleLimit 8 {parallel.TotalMilliseconds,7:0} ms ({n / parallel.TotalSeconds:0.0} items/s)");
    Console.WriteLine($"    speed-up {sequential / parallel:0.00}x (target >= 6x)");
    Console.WriteLine();
}

// (4) 200 items against a double enforcing 20 rps / burst 5.
if (Runs(4))
{
    const int n = 200;
    const double rps = 20;
    const int burst = 5;
    var minimum = TimeSpan.FromSeconds((n - burst) / rps);
    Console.WriteLine($"(4) {n} items against a quota of {rps} rps, burst {burst} (minimum {minimum.TotalSeconds:0.00} s):");
    foreach (var throttleLimit in new[] { 1, 8 })
    {
        await using var quota = await ConnectDoubleServer.StartAsync(new ConnectDoubleOptions { Lifetime = TimeSpan.FromMinutes(10) });
        var contacts = Enumerable.Range(0, n).Select(i => $"quota-{i}-{Guid.NewGuid():N}").ToArray();
        quota.World.AddContacts(TestCredentials.InstanceId, contacts);
        quota.Faults.SetRateLimit(rps, burst);
        var run = Bench.Time(runspace,
            "$args[0] | Start-ConnectContactMonitor -InstanceId $args[1] -UserId $args[2] -EndpointUrl $args[3] -MaxRequestsPerSecond $args[4] -Burst $args[5] -ThrottleLimit $args[6] -ErrorVariable +failed -ErrorAction SilentlyContinue | Out-Null; $failed",
            contacts, TestCredentials.InstanceId, TestCredentials.UserId, quota.Endpoint.ToString(), rps, burst, throttleLimit);
        var userThrottles = run.Output.Count(o => o.BaseObject is ErrorRecord e && e.FullyQualifiedErrorId.StartsWith("ThrottlingException", StringComparison.Ordinal));
        var userErrors = run.Output.Count(o => o.BaseObject is ErrorRecord);
        var serverThrottles = quota.Requests.Count(r => r.ResponseStatus == 429);
        Console.WriteLine($"    -ThrottleLimit {throttleLimit}: {run.Elapsed.TotalSeconds,6:0.00} s = {run.Elapsed / minimum:0.000}x the minimum (target <= 1.1x); " +
                          $"throttling errors seen by the user {userThrottles} (target 0), other errors {userErrors - userThrottles}; 429s retried {serverThrottles}");
    }
}

namespace ConnectMonitor.Benchmarks
{
    internal static class BenchEnvironment
    {
        /// <summary>Credentials and region for the double through environment variables only; no home-folder files, no ambient AWS_* settings.</summary>
        public static string Prepare()
        {
            var empty = Path.Combine(Path.GetTempPath(), "connectmonitor-bench-" + Environment.ProcessId);
            Directory.CreateDirectory(empty);
            AmbientAwsVariables.Clear();
            Environment.SetEnvironmentVariable("AWS_CONFIG_FILE", Path.Combine(empty, "config"));
            Environment.SetEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE", Path.Combine(empty, "credentials"));
            Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
            Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", TestCredentials.AccessKeyId);
            Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", TestCredentials.SecretAccessKey);
            Environment.SetEnvironmentVariable("AWS_REGION", TestCredentials.Region);
            Environment.SetEnvironmentVariable("POWERSHELL_TELEMETRY_OPTOUT", "1");

            // A/B of another build of the module (e.g. one built with -p:ConnectMonitorReadyToRun=false into another
            // ModuleOutputRoot): CONNECTMONITOR_BENCH_MODULE names its manifest. The direct-call baseline stays this build's engine.
            var other = Environment.GetEnvironmentVariable("CONNECTMONITOR_BENCH_MODULE");
            if (!string.IsNullOrEmpty(other))
            {
                return File.Exists(other) ? Path.GetFullPath(other)
                    : throw new InvalidOperationException($"CONNECTMONITOR_BENCH_MODULE: {other} not found (it names a module manifest, ConnectMonitor.psd1).");
            }

            // The module folder of the benchmark's own configuration (out/Release/ConnectMonitor for -c Release), so the
            // cmdlet runs import the same build of the engine the direct-call baseline references.
            var configuration = typeof(BenchEnvironment).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                var manifest = Path.Combine(dir.FullName, "out", configuration, "ConnectMonitor", "ConnectMonitor.psd1");
                if (File.Exists(Path.Combine(dir.FullName, "ConnectMonitor.sln")) && File.Exists(manifest))
                {
                    return manifest;
                }
            }

            throw new InvalidOperationException($"Build the module first: dotnet build -c {configuration} (out/{configuration}/ConnectMonitor not found).");
        }
    }

    internal static class Bench
    {
        public static Runspace NewRunspace(string? importModule)
        {
            var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
            runspace.Open();
            if (importModule != null)
            {
                using var ps = PowerShell.Create();
                ps.Runspace = runspace;
                ps.AddCommand("Import-Module").AddParameter("Name", importModule).AddParameter("ErrorAction", "Stop").Invoke();
            }
            return runspace;
        }

        public static (TimeSpan Elapsed, IReadOnlyList<PSObject> Output) Time(Runspace runspace, string script, params object[] args)
        {
            using var ps = PowerShell.Create();
            ps.Runspace = runspace;
            ps.AddScript(script);
            foreach (var arg in args)
            {
                ps.AddArgument(arg);
            }
            var clock = Stopwatch.StartNew();
            var output = ps.Invoke();
            clock.Stop();
            if (ps.Streams.Error.Count > 0 && !script.Contains("-ErrorVariable", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("benchmark run failed: " + ps.Streams.Error[0]);
            }
            return (clock.Elapsed, output.ToList());
        }

        /// <summary>Opens a fresh runspace (not timed), then times Import-Module alone.</summary>
        public static TimeSpan ImportTime(string module)
        {
            using var runspace = NewRunspace(null);
            using var ps = PowerShell.Create();
            ps.Runspace = runspace;
            ps.AddCommand("Import-Module").AddParameter("Name", module).AddParameter("ErrorAction", "Stop");
            var clock = Stopwatch.StartNew();
            ps.Invoke();
            return clock.Elapsed;
        }

        public static TimeSpan Median(IList<TimeSpan> values)
        {
            var sorted = values.Order().ToArray();
            return sorted[sorted.Length / 2];
        }

        /// <summary>The median of <paramref name="times"/> measurements.</summary>
        public static TimeSpan MedianOf(int times, Func<TimeSpan> measure) =>
            Median(Enumerable.Range(0, times).Select(_ => measure()).ToList());

        /// <summary>
        /// A binary module with nothing in it: an assembly emitted on the fly (no types) and a manifest naming it as
        /// RootModule, laid out like ConnectMonitor's folder.
        /// </summary>
        public static string CreateEmptyBinaryModule(bool withFormatFile = false)
        {
            var name = withFormatFile ? "EmptyModuleWithFormat" : "EmptyModule";
            var folder = Path.Combine(Path.GetTempPath(), "connectmonitor-bench-" + Environment.ProcessId, name);
            Directory.CreateDirectory(folder);
            var builder = new PersistedAssemblyBuilder(new AssemblyName(name), typeof(object).Assembly);
            builder.DefineDynamicModule(name);
            builder.Save(Path.Combine(folder, name + ".dll"));
            var manifest = Path.Combine(folder, name + ".psd1");
            File.WriteAllText(manifest, $$"""
                @{
                    RootModule = '{{name}}.dll'
                    ModuleVersion = '1.0.0'
                    GUID = 'a0a0a0a0-0000-4000-8000-00000000000{{(withFormatFile ? 2 : 1)}}'
                    CmdletsToExport = @()
                    FunctionsToExport = @()
                    AliasesToExport = @()
                    VariablesToExport = @()
                }
                """);
            if (withFormatFile)
            {
                File.WriteAllText(Path.Combine(folder, "EmptyModule.format.ps1xml"), """
                    <?xml version="1.0" encoding="utf-8"?>
                    <Configuration><ViewDefinitions><View>
                      <Name>EmptyModule.Item</Name>
                      <ViewSelectedBy><TypeName>EmptyModule.Item</TypeName></ViewSelectedBy>
                      <TableControl>
                        <TableHeaders><TableColumnHeader><Label>Name</Label></TableColumnHeader></TableHeaders>
                        <TableRowEntries><TableRowEntry><TableColumnItems>
                          <TableColumnItem><PropertyName>Name</PropertyName></TableColumnItem>
                        </TableColumnItems></TableRowEntry></TableRowEntries>
                      </TableControl>
                    </View></ViewDefinitions></Configuration>
                    """);
                File.WriteAllText(manifest, File.ReadAllText(manifest).Replace($"RootModule = '{name}.dll'",
                    $"RootModule = '{name}.dll'\n    FormatsToProcess = @('EmptyModule.format.ps1xml')"));
            }

            return manifest;
        }
    }
}
