using System.Text.RegularExpressions;
using ConnectMonitor.HelpGenerator.Facts;

namespace ConnectMonitor.HelpGenerator;

/// <summary>
/// The README as the module folder and the package ship it: on its own, away from the repository, so every link to a
/// file of the repository (docs/…, demo/…, CHANGELOG.md) points at that file on the project site instead, and the
/// fact markers (docs/facts) are dropped. Links within the page (#…) and links that are already absolute stay.
/// </summary>
internal static partial class ShippedReadme
{
    /// <summary>The README text with relative links made absolute under <paramref name="projectUri"/>'s main branch.</summary>
    public static string From(string readme, string projectUri)
    {
        var root = projectUri.TrimEnd('/') + "/blob/main/";
        return RelativeLink().Replace(DocFacts.WithoutMarkers(readme), m => "](" + root + m.Groups["path"].Value + ")");
    }

    // ](path) or ](path#anchor) where path is not a scheme (http:, https:, mailto:) and not an in-page #anchor.
    [GeneratedRegex(@"\]\((?<path>(?![A-Za-z][A-Za-z0-9+.-]*:)(?!#)[^)\s]+)\)")]
    private static partial Regex RelativeLink();
}
