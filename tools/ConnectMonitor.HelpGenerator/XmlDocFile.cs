using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ConnectMonitor.HelpGenerator;

/// <summary>
/// The compiler's XML documentation file. Help text is read from a member's &lt;summary&gt;:
/// <c>&lt;para type="synopsis"&gt;</c> and <c>&lt;para type="description"&gt;</c> (the XmlDoc2CmdletDoc convention);
/// a summary without typed paragraphs is all description.
/// </summary>
internal sealed partial class XmlDocFile
{
    private readonly Dictionary<string, XElement> _members;

    private XmlDocFile(Dictionary<string, XElement> members) => _members = members;

    public static XmlDocFile Load(string path)
    {
        var members = XDocument.Load(path).Root?.Element("members")?.Elements("member")
            .Where(m => m.Attribute("name") != null)
            .GroupBy(m => (string)m.Attribute("name")!)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal)
            ?? new Dictionary<string, XElement>();
        return new XmlDocFile(members);
    }

    /// <summary>The paragraphs of <paramref name="kind"/> ("synopsis", "description") for a type.</summary>
    public IReadOnlyList<string> ForType(Type type, string kind) => Paragraphs("T:" + DocName(type), kind);

    /// <summary>The paragraphs of <paramref name="kind"/> for a property, looked up on the type that declares it.</summary>
    public IReadOnlyList<string> ForProperty(Type declaringType, string property, string kind) =>
        Paragraphs("P:" + DocName(declaringType) + "." + property, kind);

    private IReadOnlyList<string> Paragraphs(string member, string kind)
    {
        if (!_members.TryGetValue(member, out var element) || element.Element("summary") is not { } summary)
        {
            return [];
        }

        var paras = summary.Elements("para").ToList();
        var typed = paras.Where(p => p.Attribute("type") != null).ToList();
        if (typed.Count > 0)
        {
            return typed.Where(p => string.Equals((string?)p.Attribute("type"), kind, StringComparison.OrdinalIgnoreCase))
                .Select(Text).Where(t => t.Length > 0).ToList();
        }

        if (kind != "description")
        {
            return [];
        }

        return paras.Count > 0 ? paras.Select(Text).Where(t => t.Length > 0).ToList() : [Text(summary)];
    }

    private static string DocName(Type type) => (type.FullName ?? type.Name).Replace('+', '.');

    // Flattens <c>, <see cref/>, <paramref/> and line breaks into one line of plain text.
    private static string Text(XElement element)
    {
        var parts = element.Nodes().Select(node => node switch
        {
            XText text => text.Value,
            XElement { Name.LocalName: "see" or "seealso" } see =>
                (string?)see.Attribute("langword") ?? ShortName((string?)see.Attribute("cref") ?? see.Value),
            XElement { Name.LocalName: "paramref" or "typeparamref" } reference => (string?)reference.Attribute("name") ?? "",
            XElement inner => Text(inner),
            _ => "",
        });
        return Whitespace().Replace(string.Concat(parts), " ").Trim();
    }

    private static string ShortName(string cref) => cref.Contains(':') ? cref[(cref.LastIndexOf('.') + 1)..] : cref;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
