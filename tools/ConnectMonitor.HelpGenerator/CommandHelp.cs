namespace ConnectMonitor.HelpGenerator;

/// <summary>Everything the MAML for one cmdlet says.</summary>
internal sealed record CommandHelp(
    string Name,
    string Verb,
    string Noun,
    IReadOnlyList<string> Synopsis,
    IReadOnlyList<string> Description,
    IReadOnlyList<SyntaxHelp> Syntax,
    IReadOnlyList<ParameterHelp> Parameters,
    IReadOnlyList<TypeHelp> Inputs,
    IReadOnlyList<TypeHelp> Outputs,
    IReadOnlyList<string> Notes,
    IReadOnlyList<ExampleHelp> Examples,
    IReadOnlyList<LinkHelp> Links,
    string? HelpUri = null);

/// <summary>One parameter set: its name and the parameters in it, in display order.</summary>
internal sealed record SyntaxHelp(string SetName, IReadOnlyList<ParameterHelp> Parameters);

/// <summary>One parameter as Get-Help shows it.</summary>
internal sealed record ParameterHelp(
    string Name,
    string TypeName,
    string TypeFullName,
    IReadOnlyList<string> Description,
    bool Required,
    string Position,
    string PipelineInput,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> ValidValues,
    bool IsSwitch,
    bool VariableLength,
    string DefaultValue = "None");

/// <summary>An input or output type with what it means.</summary>
internal sealed record TypeHelp(string TypeName, IReadOnlyList<string> Description);

/// <summary>One example: a title, the code a user would type, and what it does.</summary>
internal sealed record ExampleHelp(string Title, string Code, IReadOnlyList<string> Remarks);

/// <summary>A related link: text and an optional URI.</summary>
internal sealed record LinkHelp(string Text, string Uri);
