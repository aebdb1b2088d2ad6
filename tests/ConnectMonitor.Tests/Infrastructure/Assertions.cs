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
}
