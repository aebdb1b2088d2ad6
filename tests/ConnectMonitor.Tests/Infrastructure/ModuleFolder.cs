using System.Reflection;

namespace ConnectMonitor.Tests.Infrastructure;

/// <summary>
/// Finds the module folder that 'dotnet build' laid out for this test assembly's own configuration
/// (out/Release/ConnectMonitor for a Release test run, out/Debug/ConnectMonitor for Debug), as a user would import it.
/// Each configuration has its own folder, so a Debug test run never replaces the Release module.
/// </summary>
internal static class ModuleFolder
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The configuration this test assembly was built in (Debug or Release).</summary>
    public static string Configuration { get; } =
        typeof(ModuleFolder).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration
        ?? throw new InvalidOperationException("the test assembly carries no AssemblyConfigurationAttribute");

    /// <summary>out/&lt;Configuration&gt;/: the module folder and the package of this configuration.</summary>
    public static string OutputRoot { get; } = System.IO.Path.Combine(RepositoryRoot, "out", Configuration);

    public static string Path { get; } = System.IO.Path.Combine(OutputRoot, "ConnectMonitor");

    public static string ManifestPath { get; } = System.IO.Path.Combine(Path, "ConnectMonitor.psd1");

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ConnectMonitor.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ConnectMonitor.sln not found above " + AppContext.BaseDirectory);
    }
}
