using System.Reflection;

namespace ConnectMonitor.Demo;

/// <summary>
/// Finds the module folder that <c>dotnet build</c> laid out for the demo's own configuration
/// (out/Debug/ConnectMonitor for <c>dotnet run</c>, out/Release/ConnectMonitor for <c>dotnet run -c Release</c>).
/// </summary>
public static class ModuleLocation
{
    /// <summary>out/&lt;Configuration&gt;/ConnectMonitor/ConnectMonitor.psd1 in the first folder above
    /// <see cref="AppContext.BaseDirectory"/> that holds ConnectMonitor.sln; null when there is none.</summary>
    public static string? FindManifest()
    {
        var configuration = typeof(ModuleLocation).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ConnectMonitor.sln")))
            {
                return Path.Combine(dir.FullName, "out", configuration, "ConnectMonitor", "ConnectMonitor.psd1");
            }
        }

        return null;
    }
}
