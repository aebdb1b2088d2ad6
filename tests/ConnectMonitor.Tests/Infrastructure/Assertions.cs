using System.Management.Automation;
using ConnectMonitor.ConnectDouble;

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

internal static class ResultAssert
{
    /// <summary>
    /// Asserts that <paramref name="result"/> (a ContactMonitorResult) reports the session the double started on
    /// <paramref name="contact"/>, whichever way the double answered: ContactId and ContactArn name the monitored contact,
    /// MonitorContactId and MonitorContactArn the monitoring contact the answer named (null when it echoed the contact).
    /// </summary>
    public static void Monitors(ConnectDoubleFixture connect, PSObject result, string contact)
    {
        Assert.Equal("ConnectMonitor.ContactMonitorResult", result.BaseObject.GetType().FullName);
        Assert.Equal(contact, result.Properties["ContactId"].Value);
        Assert.Equal(ConnectDoubleFixture.ContactArnOf(contact), result.Properties["ContactArn"].Value);
        var monitoring = connect.AnsweredMonitorContact(contact);
        Assert.Equal(monitoring, result.Properties["MonitorContactId"].Value);
        Assert.Equal(monitoring == null ? null : ConnectDoubleFixture.ContactArnOf(monitoring), result.Properties["MonitorContactArn"].Value);
    }
}
