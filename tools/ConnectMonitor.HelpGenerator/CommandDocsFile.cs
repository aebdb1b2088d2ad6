using System.Text;
using System.Text.RegularExpressions;

namespace ConnectMonitor.HelpGenerator;

/// <summary>
/// docs/help/&lt;Cmdlet-Name&gt;.md: the parts of a cmdlet's help that do not belong in code comments.
/// Sections (level-2 headings): "Examples" (each "### title", one fenced code block, then remarks),
/// "Notes" (paragraphs), "Inputs" and "Outputs" ("### TypeName" then paragraphs; they add to what is derived
/// from the cmdlet), and "Related Links" (list items: "[text](uri)" or plain text such as about_ConnectMonitor).
/// </summary>
internal sealed partial class CommandDocsFile
{
    public IReadOnlyList<ExampleHelp> Examples { get; private init; } = [];

    public IReadOnlyList<string> Notes { get; private init; } = [];

    public IReadOnlyList<TypeHelp> Inputs { get; private init; } = [];

    public IReadOnlyList<TypeHelp> Outputs { get; private init; } = [];

    public IReadOnlyList<LinkHelp> Links { get; private init; } = [];

    public static CommandDocsFile Load(string folder, string commandName)
    {
        var path = Path.Combine(folder, commandName + ".md");
        if (!File.Exists(path))
        {
            return new CommandDocsFile();
        }

        var sections = Sections(File.ReadAllLines(path), "## ");
        return new CommandDocsFile
        {
            Examples = Section(sections, "Examples").Select(ReadExample).OfType<ExampleHelp>().ToList(),
            Notes = Paragraphs(SectionBody(sections, "Notes")),
            Inputs = Section(sections, "Inputs").Select(s => new TypeHelp(s.Title, Paragraphs(s.Body))).ToList(),
            Outputs = Section(sections, "Outputs").Select(s => new TypeHelp(s.Title, Paragraphs(s.Body))).ToList(),
            Links = SectionBody(sections, "Related Links").Select(ReadLink).OfType<LinkHelp>().ToList(),
        };
    }

    private static Dictionary<string, List<string>> Sections(IEnumerable<string> lines, string prefix)
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        List<string>? current = null;
        var inFence = false;
        foreach (var line in lines)
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }

            if (!inFence && line.StartsWith(prefix, StringComparison.Ordinal))
            {
                current = sections[line[prefix.Length..].Trim()] = [];
                continue;
            }

            current?.Add(line);
        }

        return sections;
    }

    private static List<string> SectionBody(Dictionary<string, List<string>> sections, string name) =>
        sections.TryGetValue(name, out var body) ? body : [];

    private static IEnumerable<(string Title, List<string> Body)> Section(Dictionary<string, List<string>> sections, string name) =>
        Sections(SectionBody(sections, name), "### ").Select(kv => (kv.Key, kv.Value));

    private static ExampleHelp? ReadExample((string Title, List<string> Body) example)
    {
        var open = example.Body.FindIndex(l => l.TrimStart().StartsWith("```", StringComparison.Ordinal));
        if (open < 0)
        {
            return null;
        }

        var close = example.Body.FindIndex(open + 1, l => l.TrimStart().StartsWith("```", StringComparison.Ordinal));
        if (close < 0)
        {
            close = example.Body.Count;
        }

        var code = string.Join("\n", example.Body.Skip(open + 1).Take(close - open - 1)).TrimEnd();
        var remarks = Paragraphs(example.Body.Take(open).Concat(example.Body.Skip(close + 1)));
        return new ExampleHelp(example.Title, code, remarks);
    }

    // Paragraphs are separated by blank lines; the lines of one paragraph are joined with spaces,
    // except list items ("- ") and indented lines, which keep their own line.
    private static List<string> Paragraphs(IEnumerable<string> lines)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        foreach (var raw in lines.Append(""))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0 || line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("  ", StringComparison.Ordinal))
            {
                if (current.Length > 0)
                {
                    paragraphs.Add(Unmarkdown(current.ToString()));
                    current.Clear();
                }
            }

            if (line.Length > 0)
            {
                current.Append(current.Length > 0 ? " " : "").Append(line.Trim());
            }
        }

        return paragraphs;
    }

    private static LinkHelp? ReadLink(string line)
    {
        var item = line.Trim();
        if (!item.StartsWith("- ", StringComparison.Ordinal))
        {
            return null;
        }

        item = item[2..].Trim();
        var match = MarkdownLink().Match(item);
        return match.Success ? new LinkHelp(match.Groups[1].Value, match.Groups[2].Value) : new LinkHelp(Unmarkdown(item), "");
    }

    // Help is plain text: keep the words, drop the markdown around them.
    private static string Unmarkdown(string text) => MarkdownLink().Replace(text, "$1 ($2)").Replace("`", "").Replace("**", "");

    [GeneratedRegex(@"\[([^\]]+)\]\(([^)]+)\)")]
    private static partial Regex MarkdownLink();
}
