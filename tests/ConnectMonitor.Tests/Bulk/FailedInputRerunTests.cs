using System.Management.Automation;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Bulk;

/// <summary>
/// <c>$failed.TargetObject | Start-ConnectContactMonitor</c> (same parameters) re-runs exactly the failed inputs, for
/// input, lookup, configuration and service errors alike: each error targets the input object as it came, so the re-run
/// gets the same inputs (their own columns included) and sends nothing for the inputs that started. Each error's
/// exception names the contact as given, its instance and (once known) its supervisor's user id.
/// </summary>
public sealed class FailedInputRerunTests(ConnectDoubleFixture connect) : IClassFixture<ConnectDoubleFixture>
{
    private const string ByUserId = "-UserId $user";
    private const string ByUserName = "-UserName jane.supervisor";

    // The failing row (its contact is $bad), its error id, and whether its exception knows the user id with -UserName
    // (errors found before the name's lookup do not).
    private static readonly Dictionary<string, (string Row, string ErrorId, bool UserKnownByName)> Kinds = new()
    {
        ["unknown capability"] = ("[pscustomobject]@{ ContactId = $bad; AllowedMonitorCapabilities = 'EAVESDROP' }", "InvalidMonitorCapability", false),
        ["another supervisor's id"] = ($"[pscustomobject]@{{ ContactId = $bad; UserId = '{TestCredentials.OtherUserId}' }}", "PipelineValueConflict", true),
        ["another supervisor's name"] = ("[pscustomobject]@{ ContactId = $bad; UserName = 'sam.supervisor' }", "PipelineValueConflict", false),
        ["its own profile missing"] = ("[pscustomobject]@{ ContactId = $bad; ProfileName = 'nope' }", "ProfileNotFound", false),
        ["a contact the service does not know"] = ("[pscustomobject]@{ ContactId = $missing }", "ResourceNotFoundException", true),
        ["refused once by the service"] = ($"[pscustomobject]@{{ ContactId = $bad; AllowedMonitorCapabilities = 'BARGE' }}", "AccessDeniedException", true),
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in Kinds.Keys)
        {
            data.Add(kind, ByUserId);
            data.Add(kind, ByUserName);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Piping_the_errors_targets_back_re_runs_exactly_the_failed_inputs(string kind, string supervisor)
    {
        var contacts = connect.NewContacts(3, "rerun");
        var missing = $"missing-{Guid.NewGuid():N}";
        var bad = kind.Contains("does not know", StringComparison.Ordinal) ? missing : contacts[1];
        if (kind.StartsWith("refused once", StringComparison.Ordinal))
        {
            connect.Server.Faults.ForContact(bad, Fault.ServiceError("AccessDeniedException", 403, "User is not authorized"));
        }

        using var ps = connect.NewSession().SetVariable("bad", bad).SetVariable("missing", missing);
        ps.Run($"$items = @([pscustomobject]@{{ ContactId = '{contacts[0]}' }}, {Kinds[kind].Row}, [pscustomobject]@{{ ContactId = '{contacts[2]}' }})");
        var command = $"Start-ConnectContactMonitor -InstanceId $instance {supervisor} -EndpointUrl $endpoint -Region $region -ErrorVariable failed";

        var first = ps.Run($"$items | {command}");
        var sentFirst = connect.RequestsFor([.. contacts, missing]).Count;
        var again = ps.Run($"$first = $failed; $first.TargetObject | {command}");

        Assert.Equal(2, first.Output.Count);
        var error = Assert.Single(first.Errors);
        Assert.StartsWith(Kinds[kind].ErrorId + ",", error.FullyQualifiedErrorId);
        Assert.Same(ps.Run("$items[1]").Output.Single(), error.TargetObject);
        dynamic exception = error.Exception;
        Assert.Equal(bad, (string)exception.ContactId);
        Assert.Equal(TestCredentials.InstanceId, (string)exception.InstanceId);
        Assert.Equal(supervisor == ByUserId || Kinds[kind].UserKnownByName ? TestCredentials.UserId : null, (string?)exception.UserId);

        // The re-run: the same failed input (started this time when its failure was transient), nothing for the others.
        Assert.Equal(1, again.Output.Count + again.Errors.Count);
        if (again.Errors.Count == 1)
        {
            Assert.Equal(error.FullyQualifiedErrorId, again.Errors[0].FullyQualifiedErrorId);
            Assert.Same(error.TargetObject, again.Errors[0].TargetObject);
        }
        else
        {
            Assert.Equal(bad, again.Output[0].Properties["ContactId"].Value);
        }

        var sentAgain = connect.RequestsFor([.. contacts, missing]).Skip(sentFirst).ToList();
        Assert.All(sentAgain, r => Assert.Equal(bad, r.ContactId));
    }
}
