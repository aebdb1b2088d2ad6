namespace ConnectMonitor.HelpGenerator;

/// <summary>What a cmdlet's help is missing; reported as build warnings (the ModuleHelp tests fail on them too).</summary>
internal static class HelpCompleteness
{
    public const int MinimumExamples = 6;

    public static IEnumerable<string> Problems(CommandHelp command)
    {
        if (command.Synopsis.Count == 0)
        {
            yield return $"{command.Name} has no synopsis (<para type=\"synopsis\"> in the cmdlet class's <summary>).";
        }

        if (command.Description.Count == 0)
        {
            yield return $"{command.Name} has no description (<para type=\"description\"> in the cmdlet class's <summary>).";
        }

        foreach (var parameter in command.Parameters.Where(p => p.Description.Count == 0))
        {
            yield return $"{command.Name} -{parameter.Name} has no description (<para type=\"description\"> in the property's <summary>).";
        }

        if (command.Examples.Count < MinimumExamples)
        {
            yield return $"{command.Name} has {command.Examples.Count} examples in docs/help/{command.Name}.md; at least {MinimumExamples} are expected.";
        }
    }
}
