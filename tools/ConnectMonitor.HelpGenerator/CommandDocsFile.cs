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

    // The first fenced block is the command; any further block (```output) is sample output, shown under the command
    // after a blank line. Everything outside the blocks is the remarks.
    private static ExampleHelp? ReadExample((string Title, List<string> Body) example)
    {
        var blocks = new List<string>();
        var outside = new List<string>();
        List<string>? block = null;
        foreach (var line in example.Body)
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                if (block == null)
                {
                    block = [];
                }
                else
                {
                    blocks.Add(string.Join("\n", block).TrimEnd());
                    block = null;
                }

                continue;
            }

            (block ?? outside).Add(line);
        }

        if (block != null)
        {
            blocks.Add(string.Join("\n", block).TrimEnd());
        }

        return blocks.Count == 0 ? null : new ExampleHelp(example.Title, string.Join("\n\n", blocks), Paragraphs(outside));
    }

    // Paragraphs are separated by blank lines; the lines of one paragraph are joined with spaces, except list items
    // ("- ", "1. ") and indented lines, which keep their own line. A markdown table becomes one paragraph of aligned
    // columns. HTML comments (the fact markers) are left out.
    private static List<string> Paragraphs(IEnumerable<string> lines)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        var table = new List<string[]>();
        foreach (var raw in lines.Append(""))
        {
            var line = raw.TrimEnd();
            if (line.TrimStart().StartsWith("<!--", StringComparison.Ordinal))
            {
                continue;
            }

            if (line.StartsWith('|'))
            {
                Flush(paragraphs, current);
                var cells = line.Trim('|').Split('|').Select(c => Unmarkdown(c.Trim())).ToArray();
                if (!cells.All(c => c.Length > 0 && c.All(ch => ch is '-' or ':')))
                {
                    table.Add(cells);
                }

                continue;
            }

            if (table.Count > 0)
            {
                paragraphs.Add(Aligned(table));
                table.Clear();
            }

            if (line.Length == 0 || line.StartsWith("- ", StringComparison.Ordinal) || NumberedItem().IsMatch(line) || line.StartsWith("  ", StringComparison.Ordinal))
            {
                Flush(paragraphs, current);
            }

            if (line.Length > 0)
            {
                current.Append(current.Length > 0 ? " " : "").Append(line.Trim());
            }
        }

        return paragraphs;
    }

    private static void Flush(List<string> paragraphs, StringBuilder current)
    {
        if (current.Length > 0)
        {
            paragraphs.Add(Unmarkdown(current.ToString()));
            current.Clear();
        }
    }

    // Columns aligned; when that is wider than a help page, the last column (the longest text) goes on its own,
    // indented line under the others.
    private static string Aligned(List<string[]> rows)
    {
        var columns = rows.Max(r => r.Length);
        var widths = Enumerable.Range(0, columns).Select(i => rows.Max(r => i < r.Length ? r[i].Length : 0)).ToArray();
        string Line(IEnumerable<string> cells) => string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd();
        if (widths.Sum() + 2 * (columns - 1) <= 110 || columns < 2)
        {
            return string.Join("\n", rows.Select(r => Line(r)));
        }

        return string.Join("\n", rows.Select(r => Line(r.Take(columns - 1)) + (r.Length == columns && r[^1].Length > 0 ? "\n    " + r[^1] : "")));
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

    [GeneratedRegex(@"^\d+\.\s")]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"\[([^\]]+)\]\(([^)]+)\)")]
    private static partial Regex MarkdownLink();
}
