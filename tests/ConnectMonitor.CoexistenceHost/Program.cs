using System.Diagnostics;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Reflection;
using System.Runtime.Loader;

// Usage: ConnectMonitor.CoexistenceHost <other-first|connectmonitor-first|broken-config> <module.psd1> <endpoint> <instance> <user> <region> <contact1> <contact2>
//    or: ConnectMonitor.CoexistenceHost desktop-resolver <module.psd1> <endpoint> <instance> <user> <region> <contact>
// Prints "key=value" lines for the test to check; exit code 0 when every step ran (the test judges the values).
// broken-config: a fresh session whose first command meets a config file that does not parse (AWS_CONFIG_FILE names a
// file of its own), then the file is fixed and the same session calls again: the AWS SDK must not be broken for good.
if (args.Length == 7 && args[0] == "desktop-resolver")
{
    return DesktopResolverRun.Run(args[1], args[2], args[3], args[4], args[5], args[6]);
}

if (args.Length == 8 && args[0] == "broken-config")
{
    var config = Path.Combine(Path.GetTempPath(), "connectmonitor-broken-config-" + Environment.ProcessId);
    File.WriteAllText(config, "[default]\nregion = us-east-1\nthis line is not a setting\n");
    Environment.SetEnvironmentVariable("AWS_CONFIG_FILE", config);
    try
    {
        using var session = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
        session.Open();
        Report("import", Run(session, "Import-Module -Name $args[0] -ErrorAction Stop; 'ok'", args[1]));
        const string call = "(Start-ConnectContactMonitor $args[0] -InstanceId $args[1] -UserId $args[2] -Region $args[3] -EndpointUrl $args[4]).ContactId";
        Report("broken", Run(session, call, args[6], args[3], args[4], args[5], args[2]));
        File.WriteAllText(config, "[default]\nregion = us-east-1\n");
        Report("fixed", Run(session, call, args[7], args[3], args[4], args[5], args[2]));
    }
    finally
    {
        File.Delete(config);
    }

    return 0;
}

if (args.Length != 8)
{
    Console.Error.WriteLine("usage: <other-first|connectmonitor-first> <module.psd1> <endpoint> <instance> <user> <region> <contact1> <contact2>");
    return 2;
}

var (order, manifest, endpoint, instance, user, region) = (args[0], args[1], args[2], args[3], args[4], args[5]);
var otherModuleSdk = Path.Combine(AppContext.BaseDirectory, "OtherAwsModule", "AWSSDK.Core.dll");

if (order == "other-first")
{
    UseOtherAwsModule(otherModuleSdk);
}

var state = InitialSessionState.CreateDefault2();
using var runspace = RunspaceFactory.CreateRunspace(state);
runspace.Open();
Report("import", Run(runspace, "Import-Module -Name $args[0] -ErrorAction Stop; 'ok'", manifest));
Report("call1", Run(runspace, "(Start-ConnectContactMonitor $args[0] -InstanceId $args[1] -UserId $args[2] -Region $args[3] -EndpointUrl $args[4]).ContactId",
    args[6], instance, user, region, endpoint));

if (order == "connectmonitor-first")
{
    UseOtherAwsModule(otherModuleSdk);
}

Report("call2", Run(runspace, "(Start-ConnectContactMonitor $args[0] -InstanceId $args[1] -UserId $args[2] -Region $args[3] -EndpointUrl $args[4]).ContactId",
    args[7], instance, user, region, endpoint));

foreach (var context in AssemblyLoadContext.All)
{
    foreach (var assembly in context.Assemblies.Where(a => a.GetName().Name is "AWSSDK.Core" or "ConnectMonitor.Engine" or "ConnectMonitor"))
    {
        var version = FileVersionInfo.GetVersionInfo(assembly.Location).FileVersion;
        Report("loaded", $"{assembly.GetName().Name} {version} in {(context == AssemblyLoadContext.Default ? "Default" : context.GetType().FullName)}");
    }
}

return 0;

// What an older AWS module does on import: load its AWSSDK.Core into the default context, and use it.
static void UseOtherAwsModule(string path)
{
    try
    {
        var sdk = Assembly.LoadFrom(path);
        var credentials = Activator.CreateInstance(sdk.GetType("Amazon.Runtime.BasicAWSCredentials", throwOnError: true)!, "AKIDOTHERMODULE", "secret")!;
        var immutable = credentials.GetType().GetMethod("GetCredentials")!.Invoke(credentials, null)!;
        var accessKey = immutable.GetType().GetProperty("AccessKey")!.GetValue(immutable);
        Report("other", $"{FileVersionInfo.GetVersionInfo(sdk.Location).FileVersion} {accessKey} in {(AssemblyLoadContext.GetLoadContext(sdk) == AssemblyLoadContext.Default ? "Default" : "other")}");
    }
    catch (Exception ex)
    {
        Report("other", "FAILED " + ex.GetType().Name + ": " + (ex.InnerException ?? ex).Message);
    }
}

static string Run(Runspace runspace, string script, params object[] arguments)
{
    using var ps = PowerShell.Create();
    ps.Runspace = runspace;
    ps.AddScript(script);
    foreach (var argument in arguments)
    {
        ps.AddArgument(argument);
    }

    try
    {
        var output = ps.Invoke();
        return ps.Streams.Error.Count > 0
            ? "FAILED " + ps.Streams.Error[0].FullyQualifiedErrorId + ": " + ps.Streams.Error[0]
            : string.Join(",", output.Select(o => o?.ToString()));
    }
    catch (RuntimeException ex)
    {
        return "FAILED " + ex.ErrorRecord.FullyQualifiedErrorId + ": " + ex.Message;
    }
}

static void Report(string key, string value) => Console.WriteLine($"{key}={value.ReplaceLineEndings(" ")}");
