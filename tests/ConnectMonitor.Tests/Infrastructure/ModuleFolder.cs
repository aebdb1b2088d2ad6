namespace ConnectMonitor.Tests.Infrastructure;

/// <summary>Finds the module folder that 'dotnet build' laid out (out/ConnectMonitor), as a user would import it.</summary>
internal static class ModuleFolder
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Path { get; } = System.IO.Path.Combine(RepositoryRoot, "out", "ConnectMonitor");

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
