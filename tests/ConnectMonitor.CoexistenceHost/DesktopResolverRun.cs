using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Reflection;
using System.Runtime.Loader;

/// <summary>
/// The Windows PowerShell 5.1 load path, as far as .NET allows: .NET Framework has no load contexts, so on 5.1 the
/// module's DesktopDependencyResolver (AppDomain.AssemblyResolve) serves the engine and the AWS SDK from Dependencies/.
/// Here the cmdlet assembly is loaded without importing the module (so the PowerShell 7 resolver is never installed),
/// the desktop resolver is installed by hand, and the cmdlet runs a real call. Prints "key=value" lines.
/// </summary>
internal static class DesktopResolverRun
{
    public static int Run(string manifest, string endpoint, string instance, string user, string region, string contact)
    {
        var moduleFolder = Path.GetDirectoryName(Path.GetFullPath(manifest))!;
        var cmdlets = Assembly.LoadFrom(Path.Combine(moduleFolder, "ConnectMonitor.dll"));
        cmdlets.GetType("ConnectMonitor.Loading.DesktopDependencyResolver", throwOnError: true)!
            .GetMethod("Install", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null);

        Report("unknown", Outcome(() => Assembly.Load("ConnectMonitor.NoSuchAssembly")));
        Report("engine", Outcome(() => Assembly.Load("ConnectMonitor.Engine")));

        var state = InitialSessionState.CreateDefault2();
        state.Commands.Add(new SessionStateCmdletEntry("Start-ConnectContactMonitor",
            cmdlets.GetType("ConnectMonitor.Commands.StartConnectContactMonitorCommand", throwOnError: true), null));
        using var runspace = RunspaceFactory.CreateRunspace(state);
        runspace.Open();
        using (var ps = PowerShell.Create())
        {
            ps.Runspace = runspace;
            ps.AddScript("(Start-ConnectContactMonitor $args[0] -InstanceId $args[1] -UserId $args[2] -Region $args[3] -EndpointUrl $args[4]).ContactId")
                .AddArgument(contact).AddArgument(instance).AddArgument(user).AddArgument(region).AddArgument(endpoint);
            try
            {
                var output = ps.Invoke();
                Report("call", ps.Streams.Error.Count > 0 ? "FAILED " + ps.Streams.Error[0] : string.Join(",", output));
            }
            catch (RuntimeException ex)
            {
                Report("call", "FAILED " + ex.Message);
            }
        }

        foreach (var context in AssemblyLoadContext.All)
        {
            foreach (var assembly in context.Assemblies.Where(a => a.GetName().Name is "AWSSDK.Core" or "ConnectMonitor.Engine" or "ConnectMonitor"))
            {
                Report("loaded", $"{assembly.GetName().Name} from {Path.GetRelativePath(moduleFolder, assembly.Location).Replace('\\', '/')} in {(context == AssemblyLoadContext.Default ? "Default" : context.GetType().FullName)}");
            }
        }

        return 0;
    }

    private static string Outcome(Func<Assembly> load)
    {
        try
        {
            return "loaded " + load().GetName().Name;
        }
        catch (Exception ex)
        {
            return "not found (" + ex.GetType().Name + ")";
        }
    }

    private static void Report(string key, string value) => Console.WriteLine($"{key}={value.ReplaceLineEndings(" ")}");
}
