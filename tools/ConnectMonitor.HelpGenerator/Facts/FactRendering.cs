using System.Text;
using System.Text.RegularExpressions;

namespace ConnectMonitor.HelpGenerator.Facts;

/// <summary>How a fact reads in markdown (README, docs/help) and in a plain-text about topic.</summary>
public static partial class FactRendering
{
    /// <summary>The error table as markdown.</summary>
    public static string ErrorsMarkdown(IReadOnlyList<ErrorIdDoc> errors)
    {
        var text = new StringBuilder();
        text.Append("| error id | category | when | meaning |\n|---|---|---|---|\n");
        foreach (var e in errors)
        {
            text.Append($"| `{e.Id}` | {e.Category} | {e.When} | {e.Meaning} |\n");
        }

        return text.ToString();
    }

    /// <summary>The error table as about-topic text: id and category aligned, then when and what it means.</summary>
    public static string ErrorsText(IReadOnlyList<ErrorIdDoc> errors, string indent)
    {
        var width = errors.Max(e => e.Id.Length) + 2;
        var text = new StringBuilder();
        foreach (var e in errors)
        {
            text.Append(indent).Append(e.Id.PadRight(width)).Append(e.Category);
            text.Append(e.When.Length > 0 ? " (" + e.When + ")" : "").Append('\n');
            foreach (var line in Wrap(e.Meaning, 110 - indent.Length - 4))
            {
                text.Append(indent).Append("    ").Append(line).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>A two-column markdown table as about-topic text: each row's first cell, then its second wrapped and indented.</summary>
    public static string TableText(string markdown, string indent)
    {
        var text = new StringBuilder();
        foreach (var row in markdown.Split('\n').Skip(2).Select(l => l.Trim().Trim('|').Split('|')).Where(c => c.Length == 2))
        {
            text.Append(indent).Append(Unmarkdown(row[0].Trim())).Append('\n');
            foreach (var line in Wrap(Unmarkdown(row[1].Trim()), 110 - indent.Length - 4))
            {
                text.Append(indent).Append("    ").Append(line).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>A numbered-list fact as about-topic text: no markdown, wrapped, hanging indent.</summary>
    public static string ListText(string markdown, string indent)
    {
        var text = new StringBuilder();
        foreach (var item in markdown.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0))
        {
            var match = ListItem().Match(item);
            var number = match.Success ? match.Groups[1].Value + ". " : "";
            var body = Unmarkdown(match.Success ? match.Groups[2].Value : item);
            var first = true;
            foreach (var line in Wrap(body, 110 - indent.Length - number.Length))
            {
                text.Append(indent).Append(first ? number : new string(' ', number.Length)).Append(line).Append('\n');
                first = false;
            }
        }

        return text.ToString();
    }

    public static string Unmarkdown(string text) => text.Replace("`", "", StringComparison.Ordinal).Replace("**", "", StringComparison.Ordinal);

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    [GeneratedRegex(@"^(\d+)\.\s+(.*)$")]
    private static partial Regex ListItem();
}
