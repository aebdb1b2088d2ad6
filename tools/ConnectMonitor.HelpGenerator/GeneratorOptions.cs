namespace ConnectMonitor.HelpGenerator;

/// <summary>The generator's command line.</summary>
internal sealed record GeneratorOptions(string AssemblyPath, string XmlDocPath, string DocsFolder, string OutputPath, string? AboutPath, string? AboutOutputPath,
    string? ReadmePath = null, string? ReadmeOutputPath = null, string? ProjectUri = null)
{
    public static GeneratorOptions? Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        return values.TryGetValue("assembly", out var assembly)
               && values.TryGetValue("xmldoc", out var xmlDoc)
               && values.TryGetValue("docs", out var docs)
               && values.TryGetValue("output", out var output)
            ? new GeneratorOptions(assembly, xmlDoc, docs, output, values.GetValueOrDefault("about"), values.GetValueOrDefault("about-output"),
                values.GetValueOrDefault("readme"), values.GetValueOrDefault("readme-output"), values.GetValueOrDefault("project-uri"))
            : null;
    }
}
