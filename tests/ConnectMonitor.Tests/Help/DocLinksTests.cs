using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Help;

/// <summary>
/// The README keeps the user's summary and links to docs/ for the whole of each topic, so a link that leads nowhere
/// loses the reader the rest. Every relative link in README.md and in the pages beside it (docs/*.md) must name a file
/// or folder of the repository, and a #fragment must name a heading of the page it points to (GitHub's anchors).
/// </summary>
public sealed partial class DocLinksTests
{
    public static TheoryData<string> Pages()
    {
        var pages = new TheoryData<string> { "README.md" };
        foreach (var page in Directory.GetFiles(Path.Combine(ModuleFolder.RepositoryRoot, "docs"), "*.md").Order(StringComparer.Ordinal))
        {
            pages.Add("docs/" + Path.GetFileName(page));
        }

        return pages;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_relative_link_leads_to_a_file_and_heading_that_exist(string page)
    {
        var broken = BrokenLinks(Path.Combine(ModuleFolder.RepositoryRoot, page));

        Assert.True(broken.Count == 0, $"{page} links to what is not there:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void The_readme_links_to_the_reference_pages_it_moved_out()
    {
        var links = Links(File.ReadAllText(Path.Combine(ModuleFolder.RepositoryRoot, "README.md"))).Select(l => l.Split('#')[0]).ToHashSet();

        var missing = new[] { "docs/configuration.md", "docs/errors.md", "docs/bulk-use.md", "docs/local-endpoint.md",
            "docs/coexistence.md", "docs/development.md", "docs/performance.md", "docs/architecture.md" }.Where(p => !links.Contains(p)).ToList();

        Assert.True(missing.Count == 0, "README.md does not link to " + string.Join(", ", missing));
    }

    [Fact]
    public void The_shipped_readme_links_repository_files_on_the_project_site()
    {
        // The module folder and the package carry README.md alone: a link relative to the repository leads nowhere there.
        var shipped = File.ReadAllText(Path.Combine(ModuleFolder.Path, "README.md"));
        var manifest = File.ReadAllText(Path.Combine(ModuleFolder.RepositoryRoot, "ConnectMonitor.psd1"));
        var site = Regex.Match(manifest, @"ProjectUri\s*=\s*'([^']*)'").Groups[1].Value.TrimEnd('/') + "/blob/main/";

        var relative = Links(shipped).Where(l => !l.StartsWith('#')).ToList();
        var onSite = Prose(shipped).SelectMany(line => LinkTarget().Matches(InlineCode().Replace(line, "")).Select(m => m.Groups["target"].Value))
            .Where(l => l.StartsWith(site, StringComparison.Ordinal)).Select(l => l[site.Length..]).ToList();
        var leadNowhere = onSite.Where(l =>
        {
            var hash = l.IndexOf('#', StringComparison.Ordinal);
            var target = Path.Combine(ModuleFolder.RepositoryRoot, Uri.UnescapeDataString(hash < 0 ? l : l[..hash]));
            return !(File.Exists(target) || Directory.Exists(target))
                   || (hash >= 0 && target.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !Anchors(File.ReadAllText(target)).Contains(Uri.UnescapeDataString(l[(hash + 1)..])));
        }).ToList();

        Assert.True(relative.Count == 0, "the shipped README keeps relative links: " + string.Join(", ", relative));
        Assert.Contains("docs/errors.md", onSite);
        Assert.True(leadNowhere.Count == 0, "the shipped README links to what the repository does not hold: " + string.Join(", ", leadNowhere));
    }

    [Fact]
    public void A_broken_link_or_fragment_is_found()
    {
        var folder = Directory.CreateTempSubdirectory("doc-links-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "other.md"), "# Other page\n\n## The `-Wait` switch: polling (issue 7)\n");
            var page = Path.Combine(folder.FullName, "page.md");
            File.WriteAllText(page, string.Join("\n",
                "# Page", "",
                "[ok](other.md) [ok](other.md#the--wait-switch-polling-issue-7) [ok](#page) [web](https://example.com/x.md)",
                "[missing](missing.md) [no heading](other.md#nothing-here) [no heading here](#nothing)",
                "`[in code](missing-in-code.md)`", "```", "[in a block](missing-in-block.md)", "```"));

            Assert.Equal(new[] { "missing.md", "other.md#nothing-here", "#nothing" }, BrokenLinks(page));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static List<string> BrokenLinks(string page)
    {
        var folder = Path.GetDirectoryName(page)!;
        var broken = new List<string>();
        foreach (var link in Links(File.ReadAllText(page)))
        {
            var hash = link.IndexOf('#', StringComparison.Ordinal);
            var path = hash < 0 ? link : link[..hash];
            var fragment = hash < 0 ? null : Uri.UnescapeDataString(link[(hash + 1)..]);
            var target = path.Length == 0 ? page : Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(path)));
            if (!File.Exists(target) && !Directory.Exists(target))
            {
                broken.Add(link);
            }
            else if (fragment != null && target.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
                     && !Anchors(File.ReadAllText(target)).Contains(fragment))
            {
                broken.Add(link);
            }
        }

        return broken;
    }

    /// <summary>The targets of the page's links outside code (fenced blocks and inline code), web links left out.</summary>
    private static IEnumerable<string> Links(string markdown) =>
        Prose(markdown).SelectMany(line => LinkTarget().Matches(InlineCode().Replace(line, "")).Select(m => m.Groups["target"].Value))
            .Where(t => !Regex.IsMatch(t, "^[a-z][a-z0-9+.-]*:", RegexOptions.IgnoreCase));

    /// <summary>GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered.</summary>
    private static HashSet<string> Anchors(string markdown)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in Prose(markdown))
        {
            var heading = Heading().Match(line);
            if (!heading.Success)
            {
                continue;
            }

            var slug = new StringBuilder();
            foreach (var c in heading.Groups["text"].Value.Trim().ToLowerInvariant())
            {
                var category = char.GetUnicodeCategory(c);
                if (char.IsLetterOrDigit(c) || c == '-' || c == '_' || category == UnicodeCategory.NonSpacingMark)
                {
                    slug.Append(c);
                }
                else if (c == ' ')
                {
                    slug.Append('-');
                }
            }

            var anchor = slug.ToString();
            for (var n = 1; !anchors.Add(anchor); n++)
            {
                anchor = $"{slug}-{n}";
            }
        }

        return anchors;
    }

    private static IEnumerable<string> Prose(string markdown)
    {
        var inFence = false;
        foreach (var line in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (!inFence)
            {
                yield return line;
            }
        }
    }

    [GeneratedRegex(@"\[[^\]]*\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex LinkTarget();

    [GeneratedRegex("`[^`]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+?)\s*#*\s*$")]
    private static partial Regex Heading();
}
