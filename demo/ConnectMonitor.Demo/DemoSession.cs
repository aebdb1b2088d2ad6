using System.Collections;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Demo.Hosting;

namespace ConnectMonitor.Demo;

/// <summary>
/// The demo end to end, in this process: starts the local Amazon Connect endpoint (the Connect double, built-in world),
/// opens a <see cref="HostedShell"/> on a console, and runs <c>demo-session.ps1</c>, which imports the module by path
/// and sets the AWS environment only while it runs.
/// </summary>
public static class DemoSession
{
    /// <summary>The session script, copied next to the demo's assembly.</summary>
    public static string ScriptPath { get; } = Path.Combine(AppContext.BaseDirectory, "demo-session.ps1");

    /// <summary>Runs the demo on <paramref name="console"/> (<paramref name="width"/> columns, colours unless
    /// <paramref name="plainText"/>) with the module manifest at <paramref name="modulePath"/>; 0 when the session ran
    /// to its end, 1 when it could not.</summary>
    public static async Task<int> RunAsync(TextWriter console, string modulePath, int width = 200, bool plainText = true)
    {
        if (!File.Exists(modulePath))
        {
            await console.WriteLineAsync($"The module is not built: {modulePath} does not exist. Run 'dotnet build -c Release' first.");
            return 1;
        }

        await using var endpoint = await ConnectDoubleServer.StartAsync(new ConnectDoubleOptions { Lifetime = TimeSpan.FromMinutes(10) });
        await console.WriteLineAsync($"Local Amazon Connect endpoint listening on {endpoint.Endpoint} (in this process; 127.0.0.1 only).");
        await console.WriteLineAsync($"Module: {modulePath}");
        using var shell = new HostedShell(console, width, plainText);
        var failure = shell.RenderFile(ScriptPath, new Hashtable
        {
            ["EndpointUrl"] = endpoint.Endpoint.AbsoluteUri,
            ["ModulePath"] = modulePath,
        });
        await console.WriteLineAsync();
        // The endpoint records a request just after answering it: wait until every request that arrived is recorded.
        await endpoint.WaitForRequestsAsync(endpoint.ArrivedCount);
        await console.WriteLineAsync(failure is null
            ? $"Done: the local endpoint answered {MonitorContactRequests(endpoint)} MonitorContact requests and {endpoint.RequestCount - MonitorContactRequests(endpoint)} lookups and reads, and started {endpoint.World.Sessions.Count} monitoring sessions."
            : "The demo stopped early: " + failure.Message);
        return failure is null ? 0 : 1;
    }

    private static int MonitorContactRequests(ConnectDoubleServer endpoint) =>
        endpoint.Requests.Count(r => r.Path == "/contact/monitor");
}
