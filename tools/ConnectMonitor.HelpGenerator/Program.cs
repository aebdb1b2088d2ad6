using ConnectMonitor.HelpGenerator;
using ConnectMonitor.HelpGenerator.Facts;

// Usage: ConnectMonitor.HelpGenerator --assembly <ConnectMonitor.dll> --xmldoc <ConnectMonitor.xml> --docs <docs/help> --output <en-US/ConnectMonitor.dll-Help.xml>
//                                     [--about <docs/about_ConnectMonitor.help.txt> --about-output <en-US/about_ConnectMonitor.help.txt>]
//                                     [--readme <README.md> --readme-output <module folder/README.md> --project-uri <the manifest's ProjectUri>]
//        ConnectMonitor.HelpGenerator --sync-docs <repository root>     copy each fact from its source into README, docs/*.md, docs/help/*.md and the about topic
//        ConnectMonitor.HelpGenerator --check-docs <repository root>    exit 1 when a copy differs from its source
if (args.Length == 2 && args[0] is "--sync-docs" or "--check-docs")
{
    try
    {
        var write = args[0] == "--sync-docs";
        var changed = DocFacts.Sync(args[1], write);
        foreach (var file in changed)
        {
            Console.WriteLine(write ? $"updated {file}" : $"{file}: error CMHELP003: a fact differs from its source; run the generator with --sync-docs .");
        }

        return write || changed.Count == 0 ? 0 : 1;
    }
    catch (Exception ex) when (ex is IOException or InvalidDataException)
    {
        Console.Error.WriteLine($"error CMHELP003: {ex.Message}");
        return 1;
    }
}

var options = GeneratorOptions.Parse(args);
if (options == null)
{
    Console.Error.WriteLine("usage: ConnectMonitor.HelpGenerator --assembly <dll> --xmldoc <xml> --docs <folder> --output <file> [--about <txt> --about-output <file>] [--readme <md> --readme-output <file> --project-uri <uri>] | --sync-docs <root> | --check-docs <root>");
    return 2;
}

try
{
    var commands = CmdletReader.Read(options.AssemblyPath, XmlDocFile.Load(options.XmlDocPath), options.DocsFolder);
    foreach (var problem in commands.SelectMany(HelpCompleteness.Problems))
    {
        // MSBuild shows lines in this form as build warnings.
        Console.WriteLine($"{options.DocsFolder}: warning CMHELP001: {problem}");
    }

    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.OutputPath))!);
    MamlWriter.Write(commands, options.OutputPath);
    Console.WriteLine($"Help for {string.Join(", ", commands.Select(c => c.Name))} written to {options.OutputPath}");
    if (options.AboutPath != null && options.AboutOutputPath != null)
    {
        File.WriteAllText(options.AboutOutputPath, DocFacts.WithoutMarkers(File.ReadAllText(options.AboutPath)));
    }

    if (options.ReadmePath != null && options.ReadmeOutputPath != null && options.ProjectUri != null)
    {
        File.WriteAllText(options.ReadmeOutputPath, ShippedReadme.From(File.ReadAllText(options.ReadmePath), options.ProjectUri));
    }

    return 0;
}
catch (Exception ex) when (ex is IOException or InvalidDataException or System.Xml.XmlException or BadImageFormatException)
{
    Console.Error.WriteLine($"{options.AssemblyPath}: error CMHELP002: {ex.Message}");
    return 1;
}
