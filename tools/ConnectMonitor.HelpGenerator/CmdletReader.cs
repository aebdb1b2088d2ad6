using System.Management.Automation;
using System.Reflection;
using System.Runtime.Loader;

namespace ConnectMonitor.HelpGenerator;

/// <summary>
/// Reads every cmdlet in the built assembly the way PowerShell does (CommandMetadata: parameter sets, positions,
/// mandatory, pipeline binding, aliases, validation) and joins it with the doc comments and the docs markdown.
/// </summary>
internal static class CmdletReader
{
    private static readonly string[] ShouldProcessParameters = ["WhatIf", "Confirm"];

    public static IReadOnlyList<CommandHelp> Read(string assemblyPath, XmlDocFile docs, string docsFolder)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(assemblyPath))!;
        // The cmdlet assembly's own references (the engine) load from beside it; SMA binds to this tool's engine.
        AssemblyLoadContext.Default.Resolving += (context, name) =>
            File.Exists(Path.Combine(folder, name.Name + ".dll")) ? context.LoadFromAssemblyPath(Path.Combine(folder, name.Name + ".dll")) : null;
        var assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(Path.GetFullPath(assemblyPath));

        return assembly.GetExportedTypes()
            .Where(t => !t.IsAbstract && typeof(Cmdlet).IsAssignableFrom(t) && t.GetCustomAttribute<CmdletAttribute>() != null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => ReadCommand(t, docs, CommandDocsFile.Load(docsFolder, CommandName(t))))
            .ToList();
    }

    private static string CommandName(Type type)
    {
        var cmdlet = type.GetCustomAttribute<CmdletAttribute>()!;
        return cmdlet.VerbName + "-" + cmdlet.NounName;
    }

    private static CommandHelp ReadCommand(Type type, XmlDocFile docs, CommandDocsFile markdown)
    {
        var cmdlet = type.GetCustomAttribute<CmdletAttribute>()!;
        var metadata = new CommandMetadata(type);
        var parameters = metadata.Parameters.Values
            .Where(p => !Hidden(type, p))
            .Select(p => ReadParameter(type, p, docs))
            .Concat(cmdlet.SupportsShouldProcess ? ShouldProcessParameters.Select(ShouldProcessParameter) : [])
            .ToList();

        var setNames = metadata.Parameters.Values.SelectMany(p => p.ParameterSets.Keys)
            .Where(n => n != ParameterAttribute.AllParameterSets).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToList();
        if (setNames.Count == 0)
        {
            setNames.Add(ParameterAttribute.AllParameterSets);
        }

        var syntax = setNames.Select(set => new SyntaxHelp(set, parameters
                .Where(p => ShouldProcessParameters.Contains(p.Name) || InSet(metadata.Parameters[p.Name], set))
                .Select(p => ShouldProcessParameters.Contains(p.Name) ? p : ForSet(metadata.Parameters[p.Name], set, p))
                .OrderBy(p => p.Position == "named" ? int.MaxValue : int.Parse(p.Position, System.Globalization.CultureInfo.InvariantCulture))
                .ThenBy(p => p.Required ? 0 : 1)
                .ToList()))
            .ToList();

        var synopsis = docs.ForType(type, "synopsis");
        return new CommandHelp(
            CommandName(type),
            cmdlet.VerbName,
            cmdlet.NounName,
            synopsis,
            docs.ForType(type, "description"),
            syntax,
            parameters,
            Inputs(parameters).Concat(markdown.Inputs).ToList(),
            Outputs(type, docs).Concat(markdown.Outputs).ToList(),
            markdown.Notes,
            markdown.Examples,
            // Get-Help -Online opens the first related link: the cmdlet's own help page (its HelpUri).
            string.IsNullOrEmpty(cmdlet.HelpUri) ? markdown.Links : [new LinkHelp("Online Version:", cmdlet.HelpUri), .. markdown.Links],
            cmdlet.HelpUri);
    }

    // [Parameter(DontShow = true)]: not in the syntax, the parameter list or tab completion.
    private static bool Hidden(Type type, ParameterMetadata parameter) =>
        type.GetProperty(parameter.Name, BindingFlags.Public | BindingFlags.Instance)?
            .GetCustomAttributes<ParameterAttribute>().Any(a => a.DontShow) == true;

    // An attribute may say what the parameter takes better than its .NET type does (a SecureString parameter that also
    // takes a string): a public HelpTypeName property.
    private static string? ShownTypeName(ParameterMetadata parameter) =>
        parameter.Attributes.Select(a => a.GetType().GetProperty("HelpTypeName")?.GetValue(a) as string).FirstOrDefault(n => !string.IsNullOrEmpty(n));

    // ValidateSet's values, or any attribute's public ValidValues (the capability transformation, for one).
    private static List<string> ValidValues(ParameterMetadata parameter) =>
        parameter.Attributes.SelectMany(a => a.GetType().GetProperty("ValidValues")?.GetValue(a) as IEnumerable<string> ?? []).Distinct().ToList();

    // [PSDefaultValue(Value = ...)] or [PSDefaultValue(Help = "...")], else the property's initial value when it is not the type's default.
    private static string DefaultValue(Type type, PropertyInfo property, ParameterMetadata parameter)
    {
        var declared = property.GetCustomAttribute<PSDefaultValueAttribute>();
        if (declared != null)
        {
            return declared.Help ?? Convert.ToString(declared.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "None";
        }

        if (parameter.SwitchParameter)
        {
            return "False";
        }

        return "None";
    }

    private static bool InSet(ParameterMetadata parameter, string set) =>
        parameter.ParameterSets.ContainsKey(set) || parameter.ParameterSets.ContainsKey(ParameterAttribute.AllParameterSets);

    private static ParameterHelp ForSet(ParameterMetadata parameter, string set, ParameterHelp overall)
    {
        var binding = parameter.ParameterSets.TryGetValue(set, out var own) ? own : parameter.ParameterSets[ParameterAttribute.AllParameterSets];
        return overall with { Required = binding.IsMandatory, Position = Position(binding), PipelineInput = PipelineInput([binding]) };
    }

    private static ParameterHelp ReadParameter(Type type, ParameterMetadata parameter, XmlDocFile docs)
    {
        var property = type.GetProperty(parameter.Name, BindingFlags.Public | BindingFlags.Instance)!;
        var bindings = parameter.ParameterSets.Values.ToList();
        var parameterType = parameter.ParameterType;
        var elementType = parameterType.IsArray ? parameterType.GetElementType()! : parameterType;
        var shown = ShownTypeName(parameter);
        return new ParameterHelp(
            parameter.Name,
            parameter.SwitchParameter ? "SwitchParameter" : shown ?? elementType.Name + (parameterType.IsArray ? "[]" : ""),
            parameterType.FullName ?? parameterType.Name,
            docs.ForProperty(property.DeclaringType!, property.Name, "description"),
            bindings.Any(b => b.IsMandatory),
            bindings.Select(Position).Distinct().Count() == 1 ? Position(bindings[0]) : "named",
            PipelineInput(bindings),
            parameter.Aliases.ToList(),
            ValidValues(parameter),
            parameter.SwitchParameter,
            parameterType.IsArray,
            DefaultValue(type, property, parameter));
    }

    private static string Position(ParameterSetMetadata binding) =>
        binding.Position == int.MinValue ? "named" : binding.Position.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string PipelineInput(IReadOnlyList<ParameterSetMetadata> bindings)
    {
        var ways = new List<string>();
        if (bindings.Any(b => b.ValueFromPipeline))
        {
            ways.Add("ByValue");
        }

        if (bindings.Any(b => b.ValueFromPipelineByPropertyName))
        {
            ways.Add("ByPropertyName");
        }

        return ways.Count == 0 ? "False" : $"True ({string.Join(", ", ways)})";
    }

    private static ParameterHelp ShouldProcessParameter(string name) => new(
        name,
        "SwitchParameter",
        typeof(SwitchParameter).FullName!,
        name == "WhatIf"
            ? ["Shows what would happen if the cmdlet runs. The cmdlet is not run and nothing is sent to the service."]
            : ["Prompts you for confirmation before running the cmdlet, once for each input."],
        false,
        "named",
        "False",
        [name == "WhatIf" ? "wi" : "cf"],
        [],
        true,
        false);

    // What can be piped in follows from the parameters: their types by value, any object by property name.
    private static IEnumerable<TypeHelp> Inputs(IReadOnlyList<ParameterHelp> parameters)
    {
        foreach (var byValue in parameters.Where(p => p.PipelineInput.Contains("ByValue", StringComparison.Ordinal)))
        {
            // An array parameter takes its elements one by one from the pipeline: String[] takes Strings.
            var element = byValue.VariableLength ? byValue.TypeFullName.TrimEnd(']').TrimEnd('[') : byValue.TypeFullName;
            var elementName = byValue.VariableLength ? byValue.TypeName.TrimEnd(']').TrimEnd('[') : byValue.TypeName;
            yield return new TypeHelp(element, [$"You can pipe {elementName} values to the -{byValue.Name} parameter."]);
        }

        var byName = parameters.Where(p => p.PipelineInput.Contains("ByPropertyName", StringComparison.Ordinal)).ToList();
        if (byName.Count > 0)
        {
            var names = byName.Select(p => p.Aliases.Count == 0 ? p.Name : $"{p.Name} (or {string.Join(", ", p.Aliases)})");
            yield return new TypeHelp("System.Management.Automation.PSObject",
                [$"You can pipe objects whose property names match these parameters or their aliases: {string.Join("; ", names)}."]);
        }
    }

    private static IEnumerable<TypeHelp> Outputs(Type type, XmlDocFile docs) =>
        type.GetCustomAttributes<OutputTypeAttribute>()
            .SelectMany(o => o.Type)
            .Where(t => t.Type != null)
            .Select(t => new TypeHelp(t.Type.FullName ?? t.Name, docs.ForType(t.Type, "description")));
}
