using System.Text;
using System.Text.RegularExpressions;

namespace ConnectMonitor.HelpGenerator.Facts;

/// <summary>
/// One source per fact (docs/facts/README.md): the credential order, the region order and why MonitorContact fails
/// (docs/facts/*.md) and the
/// error table (src/ConnectMonitor/Errors/ErrorIds.cs), copied into README.md, docs/*.md, docs/help/*.md and
/// docs/about_ConnectMonitor.help.txt between <c>&lt;!-- fact:NAME --&gt;</c> and <c>&lt;!-- /fact:NAME --&gt;</c> lines.
/// </summary>
public static partial class DocFacts
{
    public const string AboutTopic = "docs/about_ConnectMonitor.help.txt";

    /// <summary>
    /// Brings every copy in line with its source. Returns the files that differed (written when
    /// <paramref name="write"/> is true); an unknown fact name or an unclosed block is an InvalidDataException.
    /// </summary>
    public static IReadOnlyList<string> Sync(string repositoryRoot, bool write)
    {
        var facts = Load(repositoryRoot);
        var changed = new List<string>();
        foreach (var file in Targets(repositoryRoot))
        {
            var original = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
            var updated = Fill(original, file, facts, markdown: !file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase));
            if (updated != original)
            {
                changed.Add(Path.GetRelativePath(repositoryRoot, file));
                if (write)
                {
                    File.WriteAllText(file, updated, new UTF8Encoding(false));
                }
            }
        }

        return changed;
    }

    /// <summary>The about topic as it ships: the marker lines left out.</summary>
    public static string WithoutMarkers(string text) =>
        string.Join("\n", text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Where(l => !Marker().IsMatch(l.Trim())));

    /// <summary>
    /// Every file that may hold a copy: README.md, the about topic, the reference pages beside it (docs/*.md, such as
    /// docs/errors.md and docs/configuration.md, where the README links to the whole of a topic) and docs/help/*.md.
    /// docs/facts/ holds the sources, not copies.
    /// </summary>
    private static IReadOnlyList<string> Targets(string root) =>
        new[] { Path.Combine(root, "README.md"), Path.Combine(root, AboutTopic) }
            .Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Order(StringComparer.Ordinal))
            .Concat(Directory.GetFiles(Path.Combine(root, "docs", "help"), "*.md").Order(StringComparer.Ordinal))
            .Where(File.Exists)
            .ToList();

    private static Dictionary<string, (string Markdown, Func<string, string> Text)> Load(string root)
    {
        var credentials = File.ReadAllText(Path.Combine(root, "docs", "facts", "credentials.md")).Replace("\r\n", "\n", StringComparison.Ordinal).Trim() + "\n";
        var region = File.ReadAllText(Path.Combine(root, "docs", "facts", "region.md")).Replace("\r\n", "\n", StringComparison.Ordinal).Trim() + "\n";
        var troubleshooting = File.ReadAllText(Path.Combine(root, "docs", "facts", "troubleshooting.md")).Replace("\r\n", "\n", StringComparison.Ordinal).Trim() + "\n";
        var errors = ErrorIdsSource.Read(Path.Combine(root, "src", "ConnectMonitor", "Errors", "ErrorIds.cs"));
        return new Dictionary<string, (string, Func<string, string>)>(StringComparer.Ordinal)
        {
            ["credentials"] = (credentials, indent => FactRendering.ListText(credentials, indent)),
            ["region"] = (region, indent => FactRendering.ListText(region, indent)),
            ["errors"] = (FactRendering.ErrorsMarkdown(errors), indent => FactRendering.ErrorsText(errors, indent)),
            ["troubleshooting"] = (troubleshooting, indent => FactRendering.TableText(troubleshooting, indent)),
        };
    }

    private static string Fill(string text, string file, Dictionary<string, (string Markdown, Func<string, string> Text)> facts, bool markdown)
    {
        var lines = text.Split('\n');
        var output = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var open = Marker().Match(lines[i].Trim());
            if (!open.Success || open.Groups["close"].Success)
            {
                output.Add(lines[i]);
                continue;
            }

            var name = open.Groups["name"].Value;
            if (!facts.TryGetValue(name, out var fact))
            {
                throw new InvalidDataException($"{file}:{i + 1}: unknown fact '{name}' (known: {string.Join(", ", facts.Keys)}).");
            }

            var close = Array.FindIndex(lines, i + 1, l => l.Trim() == $"<!-- /fact:{name} -->");
            if (close < 0)
            {
                throw new InvalidDataException($"{file}:{i + 1}: <!-- fact:{name} --> has no <!-- /fact:{name} --> line.");
            }

            var indent = lines[i][..(lines[i].Length - lines[i].TrimStart().Length)];
            output.Add(lines[i]);
            output.AddRange((markdown ? fact.Markdown : fact.Text(indent)).TrimEnd('\n').Split('\n'));
            output.Add(lines[close]);
            i = close;
        }

        return string.Join("\n", output);
    }

    [GeneratedRegex(@"^<!-- (?<close>/)?fact:(?<name>[\w-]+) -->$")]
    private static partial Regex Marker();
}
