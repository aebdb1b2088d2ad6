using System.Management.Automation;

namespace ConnectMonitor.Tests.Infrastructure;

internal static class ErrorAssert
{
    public const string CmdletClass = "ConnectMonitor.Commands.StartConnectContactMonitorCommand";

    /// <summary>Asserts an ErrorRecord's id, category and target as a script would match them.</summary>
    public static void Is(ErrorRecord error, string errorId, ErrorCategory category, object? target)
    {
        Assert.Equal($"{errorId},{CmdletClass}", error.FullyQualifiedErrorId);
        Assert.Equal(category, error.CategoryInfo.Category);
        Assert.Equal(target, error.TargetObject);
    }

    /// <summary>The error targets a piped object as it came (not a string made of it) whose <paramref name="property"/> is <paramref name="value"/>.</summary>
    public static void IsForRow(ErrorRecord error, string errorId, ErrorCategory category, string property, object value)
    {
        Assert.Equal($"{errorId},{CmdletClass}", error.FullyQualifiedErrorId);
        Assert.Equal(category, error.CategoryInfo.Category);
        var row = Assert.IsType<PSObject>(error.TargetObject);
        Assert.Equal(value, row.Properties[property]?.Value);
    }
}
