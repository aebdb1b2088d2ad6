using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace ConnectMonitor.HelpGenerator;

/// <summary>Writes cmdlet help in the MAML schema that Get-Help reads from &lt;Assembly&gt;.dll-Help.xml.</summary>
internal static class MamlWriter
{
    private static readonly XNamespace Msh = "http://msh";
    private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

    public static void Write(IReadOnlyList<CommandHelp> commands, string path)
    {
        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(Msh + "helpItems",
                new XAttribute("schema", "maml"),
                commands.Select(CommandElement)));

        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var writer = XmlWriter.Create(path, settings);
        document.Save(writer);
    }

    private static XElement CommandElement(CommandHelp command) =>
        new(Command + "command",
            new XAttribute(XNamespace.Xmlns + "maml", Maml),
            new XAttribute(XNamespace.Xmlns + "command", Command),
            new XAttribute(XNamespace.Xmlns + "dev", Dev),
            new XElement(Command + "details",
                new XElement(Command + "name", command.Name),
                new XElement(Command + "verb", command.Verb),
                new XElement(Command + "noun", command.Noun),
                Description(command.Synopsis)),
            Description(command.Description),
            new XElement(Command + "syntax",
                command.Syntax.Select(set => new XElement(Command + "syntaxItem",
                    new XElement(Maml + "name", command.Name),
                    set.Parameters.Select(p => Parameter(p, forSyntax: true))))),
            new XElement(Command + "parameters", command.Parameters.Select(p => Parameter(p, forSyntax: false))),
            new XElement(Command + "inputTypes", command.Inputs.Select(t => TypeElement(Command + "inputType", t))),
            new XElement(Command + "returnValues", command.Outputs.Select(t => TypeElement(Command + "returnValue", t))),
            new XElement(Maml + "alertSet", new XElement(Maml + "alert", Paras(command.Notes))),
            new XElement(Command + "examples", command.Examples.Select((e, i) => Example(e, i + 1))),
            new XElement(Command + "relatedLinks", command.Links.Select(Link)));

    private static XElement Parameter(ParameterHelp parameter, bool forSyntax)
    {
        var element = new XElement(Command + "parameter",
            new XAttribute("required", Bool(parameter.Required)),
            new XAttribute("variableLength", Bool(parameter.VariableLength)),
            new XAttribute("globbing", "false"),
            new XAttribute("pipelineInput", parameter.PipelineInput),
            new XAttribute("position", parameter.Position),
            new XAttribute("aliases", parameter.Aliases.Count == 0 ? "none" : string.Join(", ", parameter.Aliases)),
            new XElement(Maml + "name", parameter.Name),
            Description(parameter.Description));

        if (forSyntax && parameter.ValidValues.Count > 0)
        {
            element.Add(new XElement(Command + "parameterValueGroup",
                parameter.ValidValues.Select(v => new XElement(Command + "parameterValue",
                    new XAttribute("required", "false"), new XAttribute(Command + "variableLength", "false"), v))));
        }

        if (!parameter.IsSwitch)
        {
            element.Add(new XElement(Command + "parameterValue",
                new XAttribute("required", "true"), new XAttribute("variableLength", Bool(parameter.VariableLength)), parameter.TypeName));
        }

        if (!forSyntax)
        {
            element.Add(
                new XElement(Dev + "type", new XElement(Maml + "name", parameter.TypeFullName), new XElement(Maml + "uri")),
                new XElement(Dev + "defaultValue", parameter.DefaultValue));
        }

        return element;
    }

    private static XElement TypeElement(XName name, TypeHelp type) =>
        new(name,
            new XElement(Dev + "type", new XElement(Maml + "name", type.TypeName), new XElement(Maml + "uri")),
            Description(type.Description));

    private static XElement Example(ExampleHelp example, int number) =>
        new(Command + "example",
            new XElement(Maml + "title", $"-------------------------- Example {number}: {example.Title} --------------------------"),
            new XElement(Dev + "code", example.Code),
            // The empty para ends the remarks with a blank line, so examples do not run into each other.
            new XElement(Dev + "remarks", Paras(example.Remarks), new XElement(Maml + "para", "")));

    private static XElement Link(LinkHelp link) =>
        new(Maml + "navigationLink", new XElement(Maml + "linkText", link.Text), new XElement(Maml + "uri", link.Uri));

    private static XElement Description(IReadOnlyList<string> paragraphs) => new(Maml + "description", Paras(paragraphs));

    private static IEnumerable<XElement> Paras(IReadOnlyList<string> paragraphs) =>
        paragraphs.Select(p => new XElement(Maml + "para", p));

    private static string Bool(bool value) => value ? "true" : "false";
}
