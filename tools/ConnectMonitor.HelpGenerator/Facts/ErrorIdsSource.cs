using System.Management.Automation;
using System.Text.RegularExpressions;

namespace ConnectMonitor.HelpGenerator.Facts;

/// <summary>One error id as src/ConnectMonitor/Errors/ErrorIds.cs documents it.</summary>
public sealed record ErrorIdDoc(string Id, string Category, string When, string Meaning);

/// <summary>
/// Reads the error table's one source, src/ConnectMonitor/Errors/ErrorIds.cs: every <c>public const string</c> with the
/// doc comment above it. The category is the <c>ErrorCategory.Name</c> the comment names (in its remarks, or anywhere in
/// it; also as a cref); the rest of the remarks (after a semicolon) says when, the summary what it means.
/// </summary>
public static partial class ErrorIdsSource
{
    public static IReadOnlyList<ErrorIdDoc> Read(string path)
    {
        var entries = new List<ErrorIdDoc>();
        var doc = new List<string>();
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.StartsWith("///", StringComparison.Ordinal))
            {
                doc.Add(line[3..].Trim());
                continue;
            }

            var constant = Constant().Match(line);
            if (constant.Success)
            {
                entries.Add(Entry(path, constant.Groups["value"].Value, string.Join(" ", doc)));
            }

            if (!line.StartsWith('[')) // attributes may sit between a doc comment and its constant
            {
                doc.Clear();
            }
        }

        return entries;
    }

    private static ErrorIdDoc Entry(string path, string id, string comment)
    {
        // ErrorCategory.Name (also inside a cref), else "Category: Name" / "category Name".
        var category = CategoryName().Matches(comment).Concat(LooseCategoryName().Matches(comment)).Select(m => m.Groups["name"].Value)
            .FirstOrDefault(name => Enum.TryParse<ErrorCategory>(name, ignoreCase: false, out _));
        if (category == null)
        {
            throw new InvalidDataException(
                $"{path}: the doc comment of error id '{id}' names no ErrorCategory; add <remarks>ErrorCategory.Name; when it happens.</remarks>.");
        }

        var summary = Plain(Tag(comment, "summary"));
        var remarks = Plain(Tag(comment, "remarks"));
        return new ErrorIdDoc(id, category, WithoutCategory(remarks, capitalize: false).TrimEnd('.'), WithoutCategory(summary, capitalize: true));
    }

    private static string Tag(string comment, string tag)
    {
        var match = Regex.Match(comment, $"<{tag}>(.*?)</{tag}>", RegexOptions.Singleline);
        return match.Success ? match.Groups[1].Value : "";
    }

    // The words of a doc comment: crefs and code as their names, no tags.
    private static string Plain(string text)
    {
        text = Regex.Replace(text, "<see\\s+cref=\"(?:[A-Z]:)?(?:[\\w.]*\\.)?(ErrorCategory\\.\\w+)\"\\s*/>", "$1");
        text = Regex.Replace(text, "<see\\s+cref=\"(?:[A-Z]:)?(?:[\\w.]*\\.)?(\\w+)\"\\s*/>", "$1");
        text = Regex.Replace(text, "<(?:paramref|typeparamref)\\s+name=\"(\\w+)\"\\s*/>", "$1");
        text = Regex.Replace(text, "<[^>]+>", "");
        return Regex.Replace(text, "\\s+", " ").Trim();
    }

    private static string WithoutCategory(string text, bool capitalize)
    {
        var stripped = Regex.Replace(text, @"[;,]?\s*\(?\s*(?:[Cc]ategory:?\s+)?(?:System\.Management\.Automation\.)?ErrorCategory\.\w+\s*\)?\s*[;.,]?", "");
        stripped = Regex.Replace(stripped, @"\(?\s*\b[Cc]ategory\b:?\s+[A-Z]\w+\s*\)?\s*[;.,]?", "").Trim();
        stripped = stripped.TrimEnd(',', ';', ' ');
        return stripped.Length > 0 && capitalize ? char.ToUpperInvariant(stripped[0]) + stripped[1..] : stripped;
    }

    [GeneratedRegex("public\\s+const\\s+string\\s+\\w+\\s*=\\s*\"(?<value>[^\"]+)\"\\s*;")]
    private static partial Regex Constant();

    [GeneratedRegex(@"ErrorCategory\.(?<name>\w+)")]
    private static partial Regex CategoryName();

    [GeneratedRegex(@"\b[Cc]ategory\b\W{0,3}(?<name>[A-Z]\w+)")]
    private static partial Regex LooseCategoryName();
}
