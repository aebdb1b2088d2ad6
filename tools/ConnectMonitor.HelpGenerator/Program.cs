using ConnectMonitor.HelpGenerator;

// Usage: ConnectMonitor.HelpGenerator --assembly <ConnectMonitor.dll> --xmldoc <ConnectMonitor.xml> --docs <docs/help> --output <en-US/ConnectMonitor.dll-Help.xml>
var options = GeneratorOptions.Parse(args);
if (options == null)
{
    Console.Error.WriteLine("usage: ConnectMonitor.HelpGenerator --assembly <dll> --xmldoc <xml> --docs <folder> --output <file>");
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
    return 0;
}
catch (Exception ex) when (ex is IOException or InvalidDataException or System.Xml.XmlException or BadImageFormatException)
{
    Console.Error.WriteLine($"{options.AssemblyPath}: error CMHELP002: {ex.Message}");
    return 1;
}
