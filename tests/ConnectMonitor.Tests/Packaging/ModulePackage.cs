using System.IO.Compression;
using System.Xml.Linq;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Packaging;

/// <summary>The version in Directory.Build.props, and the .nupkg the build wrote for it in this test run's configuration.</summary>
internal static class ModulePackage
{
    public static string Version { get; } = XDocument.Load(System.IO.Path.Combine(ModuleFolder.RepositoryRoot, "Directory.Build.props"))
        .Descendants("ConnectMonitorVersion").Single().Value;

    public static string Path { get; } = System.IO.Path.Combine(ModuleFolder.OutputRoot, $"ConnectMonitor.{Version}.nupkg");

    public static ZipArchive Open() => ZipFile.OpenRead(Path);

    /// <summary>The package's .nuspec metadata element.</summary>
    public static XElement Metadata(ZipArchive package)
    {
        var entry = package.GetEntry("ConnectMonitor.nuspec") ?? throw new InvalidOperationException("no ConnectMonitor.nuspec at the package root");
        using var stream = entry.Open();
        var nuspec = XDocument.Load(stream);
        return nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    public static string Value(XElement metadata, string name) =>
        metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value ?? "";

    public static string Text(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }
}
