using System.Management.Automation;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Inputs;

/// <summary>
/// The supervisor a row names is the supervisor who monitors: whichever way the command line names the supervisor
/// (-UserId, -UserName, or $PSDefaultParameterValues for either) and whichever way a piped row does (its UserId, its
/// UserName, or both), a row naming another user is a PipelineValueConflict for that row with nothing sent, and a row
/// naming the same user (by id, by name, or by a name that finds the same user) is started for that user. Names and ids
/// are compared by the user they find; login names that differ only by case can be two users.
/// </summary>
public sealed class SupervisorOverrideTableTests(ConnectDoubleFixture connect) : IClassFixture<ConnectDoubleFixture>
{
    private const string Jane = SupervisorWorld.SupervisorName;
    private const string Sam = SupervisorWorld.OtherSupervisorName;
    private const string JaneId = TestCredentials.UserId;
    private const string SamId = TestCredentials.OtherUserId;

    // (how the command line names the supervisor, the row's supervisor properties, the user started for or null for a conflict)
    public static TheoryData<string, string, string?> Pairs() => new()
    {
        { $"-UserId {JaneId}", $"UserId = '{SamId}'", null },
        { $"-UserId {JaneId}", $"UserId = '{JaneId}'", JaneId },
        { $"-UserId {JaneId}", $"UserId = ' {JaneId.ToUpperInvariant()} '", JaneId },
        { $"-UserId {JaneId}", $"UserName = '{Sam}'", null },
        { $"-UserId {JaneId}", $"UserName = '{Jane}'", JaneId },
        { $"-UserId {JaneId}", $"UserName = ''", JaneId },
        { $"-UserId {JaneId}", $"UserId = '{JaneId}'; UserName = '{Sam}'", null },
        { $"-UserName {Jane}", $"UserId = '{SamId}'", null },
        { $"-UserName {Jane}", $"UserId = '{JaneId}'", JaneId },
        { $"-UserName {Jane}", $"UserId = 'arn:aws:connect:us-east-1:{TestCredentials.AccountId}:instance/{TestCredentials.InstanceId}/agent/{SamId}'", null },
        { $"-UserName {Jane}", $"UserId = ''", JaneId },
        { $"-UserName {Jane}", $"UserName = '{Sam}'", null },
        { $"-UserName {Jane}", $"UserName = '{Jane}'", JaneId },
        { $"-UserName {Jane}", $"UserName = '{Jane.ToUpperInvariant()}'", JaneId },
        { $"-UserName {Jane}", $"UserName = '{Jane}'; UserId = '{SamId}'", null },
        { "-UserName kim", "UserName = 'Kim'", null },
        { $"defaults:UserName={Jane}", $"UserId = '{SamId}'", null },
        { $"defaults:UserName={Jane}", $"UserId = '{JaneId}'", JaneId },
        { $"defaults:UserId={JaneId}", $"UserName = '{Sam}'", null },
        { $"defaults:UserId={JaneId}", $"UserId = '{SamId}'", null },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void A_row_naming_another_supervisor_is_a_conflict_and_the_same_one_is_started(string commandLine, string rowSupervisor, string? startedFor)
    {
        var contact = connect.NewContacts(1, "sup")[0];
        using var ps = connect.NewSession().SetVariable("contact", contact);
        var supervisor = commandLine;
        if (commandLine.StartsWith("defaults:", StringComparison.Ordinal))
        {
            var (name, value) = (commandLine[9..].Split('=')[0], commandLine.Split('=')[1]);
            ps.Run($"$PSDefaultParameterValues['Start-ConnectContactMonitor:{name}'] = '{value}'");
            supervisor = "";
        }

        var row = $"[pscustomobject]@{{ ContactId = $contact; {rowSupervisor} }}";
        var run = ps.Run($"$row = {row}; $row | Start-ConnectContactMonitor -InstanceId $instance {supervisor} -EndpointUrl $endpoint -Region $region; $row");

        Assert.Null(run.Exception);
        var row0 = run.Output[^1];
        var requests = connect.RequestsFor(contact);
        if (startedFor == null)
        {
            var error = Assert.Single(run.Errors);
            Assert.StartsWith("PipelineValueConflict,", error.FullyQualifiedErrorId);
            Assert.Same(row0, error.TargetObject);
            dynamic exception = error.Exception;
            Assert.Equal(contact, (string)exception.ContactId);
            Assert.Equal(TestCredentials.InstanceId, (string)exception.InstanceId);
            Assert.Empty(requests);
            Assert.Single(run.Output);
        }
        else
        {
            Assert.Empty(run.Errors);
            Assert.Equal(startedFor, run.Output[0].Properties["UserId"].Value);
            Assert.Equal(startedFor, Assert.Single(requests).UserId);
        }
    }
}
