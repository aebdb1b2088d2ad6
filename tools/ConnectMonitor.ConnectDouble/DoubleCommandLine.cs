using System.Globalization;

namespace ConnectMonitor.ConnectDouble;

/// <summary>
/// The local endpoint's command line, parsed: server options plus the opt-in faults to apply once it listens.
/// <see cref="Parse"/> throws <see cref="ArgumentException"/> (or <see cref="FormatException"/>, <see cref="IOException"/>,
/// <see cref="System.Text.Json.JsonException"/> for a bad world file) with a message for the user.
/// </summary>
public sealed class DoubleCommandLine
{
    /// <summary>The port used when <c>--port</c> is not given (LocalStack's, so existing tooling finds it).</summary>
    public const int DefaultPort = 4566;

    /// <summary>One line of usage text.</summary>
    public const string Usage =
        "usage: ConnectMonitor.ConnectDouble [--port 4566 (0 = any free port)] [--port-file PATH] [--world file.json] " +
        "[--latency-ms N] [--rate-limit RPS [--burst N]] [--error-rate 0..1] [--fault CONTACT|OPERATION=ErrorCode|FaultName]... [--operation-rate-limit OPERATION=RPS/BURST]... " +
        "[--account-id ID] [--region REGION] [--answer monitoring-contact|echo] [--lifetime-seconds N]";

    private DoubleCommandLine() { }

    /// <summary>Server options: port, world, account, region, lifetime; logs one line per request to stdout.</summary>
    public ConnectDoubleOptions Options { get; } = new()
    {
        Port = DefaultPort,
        Lifetime = Timeout.InfiniteTimeSpan,
        MaxRequests = int.MaxValue,
    };

    /// <summary>When set, the endpoint URL is written to this file once the server listens (for scripts that start it
    /// with <c>--port 0</c>).</summary>
    public string? PortFile { get; private set; }

    /// <summary>Time added before every answer (<c>--latency-ms</c>).</summary>
    public TimeSpan Latency { get; private set; }

    /// <summary>Rate quota in requests per second (<c>--rate-limit</c>); null = no quota.</summary>
    public double? RequestsPerSecond { get; private set; }

    /// <summary>Burst of the rate quota (<c>--burst</c>, default 5 like Connect's published default).</summary>
    public int Burst { get; private set; } = 5;

    /// <summary>Fraction of requests answered 500 InternalServiceException at random (<c>--error-rate</c>).</summary>
    public double ServerErrorRate { get; private set; }

    /// <summary>
    /// Contact id or operation name (GetCurrentUserData, SearchUsers, SearchQueues, SearchRoutingProfiles,
    /// SearchUserHierarchyGroups) → the fault every request for it gets (<c>--fault</c>): a modelled error code, or one
    /// of <see cref="NamedFaults"/>.
    /// </summary>
    public IReadOnlyDictionary<string, string> ContactFaults => _contactFaults;

    /// <summary>The faults <c>--fault</c> knows by name besides the modelled error codes: what a proxy, a broken
    /// network or a lying server does, for any operation.</summary>
    public static readonly IReadOnlyDictionary<string, Func<Fault>> NamedFaults = new Dictionary<string, Func<Fault>>(StringComparer.Ordinal)
    {
        ["EmptyBody"] = () => Fault.Success200(""),
        ["CutBody"] = Fault.CutMidBody,
        ["OversizedBody"] = () => Fault.OversizedBody(),
        ["Redirect"] = () => Fault.Status(302),
        ["BadGateway"] = Fault.HtmlBadGateway,
        ["MalformedJson"] = Fault.MalformedJson,
        ["EndlessPages"] = Fault.EndlessPages,
        ["HostileText"] = () => Fault.HostileErrorText(),
        ["ConnectionReset"] = Fault.ConnectionReset,
        ["Hang"] = () => Fault.Delay(TimeSpan.FromMinutes(10)),
    };

    /// <summary>What a successful MonitorContact answer names (<c>--answer</c>): <c>monitoring-contact</c> (the default, a new
    /// contact id for the supervisor's monitoring session) or <c>echo</c> (the monitored contact itself).</summary>
    public MonitorAnswer Answer { get; private set; } = MonitorAnswer.MonitoringContact;

    /// <summary>True when <c>-h</c>/<c>--help</c> was given.</summary>
    public bool ShowHelp { get; private set; }

    private readonly Dictionary<string, string> _contactFaults = new(StringComparer.Ordinal);

    /// <summary>Parses the arguments after <c>--</c> of <c>dotnet run</c>.</summary>
    public static DoubleCommandLine Parse(IReadOnlyList<string> args)
    {
        var line = new DoubleCommandLine();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            double Number() => double.TryParse(Next(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n)
                ? n : throw new ArgumentException($"{name} needs a number, not '{args[i]}'.");
            int Whole(int min) => int.TryParse(Next(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min
                ? n : throw new ArgumentException($"{name} needs a whole number of at least {min}, not '{args[i]}'.");

            switch (name)
            {
                case "--port":
                    line.Options.Port = Whole(0);
                    if (line.Options.Port > 65535) throw new ArgumentException($"--port must be 0..65535, not {line.Options.Port}.");
                    break;
                case "--port-file": line.PortFile = Next(); break;
                case "--world": line.Options.World = ConnectWorld.LoadJson(Next()); break;
                case "--latency-ms": line.Latency = TimeSpan.FromMilliseconds(NonNegative(Number(), name)); break;
                case "--rate-limit":
                    line.RequestsPerSecond = Number();
                    if (line.RequestsPerSecond <= 0) throw new ArgumentException("--rate-limit must be greater than 0.");
                    break;
                case "--burst": line.Burst = Whole(1); break;
                case "--error-rate":
                    line.ServerErrorRate = Number();
                    if (line.ServerErrorRate is < 0 or > 1) throw new ArgumentException("--error-rate must be within 0..1.");
                    break;
                case "--fault": line.AddFault(Next()); break;
                case "--operation-rate-limit": line.AddOperationQuota(name, Next()); break;
                case "--account-id": line.Options.AccountId = Next(); break;
                case "--region": line.Options.Region = Next(); break;
                case "--answer":
                    line.Answer = Next() switch
                    {
                        "monitoring-contact" => MonitorAnswer.MonitoringContact,
                        "echo" => MonitorAnswer.Echo,
                        var other => throw new ArgumentException($"--answer must be monitoring-contact or echo, not '{other}'."),
                    };
                    break;
                case "--lifetime-seconds": line.Options.Lifetime = TimeSpan.FromSeconds(Whole(1)); break;
                case "-h" or "--help" or "-?": line.ShowHelp = true; break;
                default: throw new ArgumentException($"Unknown argument '{name}'.");
            }
        }

        line.Options.World.Answer = line.Answer; // after the loop: --world may come after --answer
        return line;
    }

    /// <summary>Applies latency, the rate quota, the random error rate and the per-contact faults to a running server.</summary>
    public void ApplyTo(FaultPlan faults)
    {
        faults.Latency = Latency;
        faults.ServerErrorRate = ServerErrorRate;
        if (RequestsPerSecond is { } rps) faults.SetRateLimit(rps, Burst);
        foreach (var (contact, code) in _contactFaults)
            faults.Always(contact, NamedFaults.TryGetValue(code, out var named)
                ? named()
                : Fault.ServiceError(code, ConnectError.ModelledErrors[code], $"Injected by --fault {contact}={code}."));
    }

    /// <summary><c>--operation-rate-limit OPERATION=RPS/BURST</c>, e.g. <c>SearchUsers=2/5</c>: a quota of that operation alone.</summary>
    private void AddOperationQuota(string name, string value)
    {
        var equals = value.IndexOf('=');
        var slash = value.IndexOf('/', Math.Max(equals, 0));
        if (equals > 0 && slash > equals
            && double.TryParse(value[(equals + 1)..slash], NumberStyles.Float, CultureInfo.InvariantCulture, out var rps) && double.IsFinite(rps) && rps > 0
            && int.TryParse(value[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var burst) && burst >= 1)
        {
            Options.OperationQuotas.Set(value[..equals], rps, burst);
            return;
        }

        throw new ArgumentException($"{name} needs OPERATION=RPS/BURST (e.g. SearchUsers=2/5), not '{value}'.");
    }

    private void AddFault(string value)
    {
        var equals = value.LastIndexOf('=');
        var contact = equals > 0 ? value[..equals] : "";
        var code = equals > 0 ? value[(equals + 1)..] : "";
        if (contact.Length == 0 || !(ConnectError.ModelledErrors.ContainsKey(code) || NamedFaults.ContainsKey(code)))
        {
            throw new ArgumentException(
                $"--fault needs CONTACT=Fault or OPERATION=Fault with one of {string.Join(", ", ConnectError.ModelledErrors.Keys.Concat(NamedFaults.Keys))}; got '{value}'.");
        }

        _contactFaults[contact] = code;
    }

    private static double NonNegative(double value, string name) =>
        value >= 0 ? value : throw new ArgumentException($"{name} must not be negative.");
}
