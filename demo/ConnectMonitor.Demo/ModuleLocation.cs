namespace ConnectMonitor.Demo;

/// <summary>Finds the module folder that <c>dotnet build</c> laid out (out/ConnectMonitor) above the demo's assembly.</summary>
public static class ModuleLocation
{
    /// <summary>out/ConnectMonitor/ConnectMonitor.psd1 in the first folder above <see cref="AppContext.BaseDirectory"/>
    /// that holds ConnectMonitor.sln; null when there is none.</summary>
    public static string? FindManifest()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ConnectMonitor.sln")))
            {
                return Path.Combine(dir.FullName, "out", "ConnectMonitor", "ConnectMonitor.psd1");
            }
        }

        return null;
    }
}
