using System.Collections;
using System.Management.Automation;

namespace ConnectMonitor.Tests.Help;

/// <summary>Reading the objects Get-Help returns (MAML help nodes) from C#.</summary>
internal static class HelpNodes
{
    /// <summary>The objects under help.a.b (one or many).</summary>
    internal static List<PSObject> Items(PSObject owner, params string[] path)
    {
        object? current = owner;
        foreach (var name in path)
        {
            current = current is PSObject o ? o.Properties[name]?.Value : null;
        }

        return current switch
        {
            null => [],
            PSObject single when single.BaseObject is not IEnumerable || single.BaseObject is string => [single],
            PSObject many => ((IEnumerable)many.BaseObject).Cast<object>().Select(PSObject.AsPSObject).ToList(),
            IEnumerable many when current is not string => many.Cast<object>().Select(PSObject.AsPSObject).ToList(),
            _ => [PSObject.AsPSObject(current)],
        };
    }

    /// <summary>All the text in a help node (a string, a para, a list of paras with Text properties).</summary>
    internal static string Text(object? node) => node switch
    {
        null => "",
        string s => s,
        PSObject { BaseObject: string s } => s,
        PSObject o when o.Properties["Text"] != null => Text(o.Properties["Text"].Value),
        PSObject { BaseObject: IEnumerable many } => string.Join("\n", many.Cast<object>().Select(Text)),
        IEnumerable many => string.Join("\n", many.Cast<object>().Select(Text)),
        PSObject o => string.Join("\n", o.Properties.Select(p => Text(p.Value))),
        _ => node.ToString() ?? "",
    };
}
