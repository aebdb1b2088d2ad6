using System.Management.Automation;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Bulk;

/// <summary>
/// "K in, K out" with one bad input anywhere in the stream, at every -ThrottleLimit, with the supervisor given as
/// -UserId or as -UserName (whose lookup is one more way an input can fail): the bad input gets exactly one error with
/// its id and the input as it came as its target, every other input its result, the pipeline is never stopped, and
/// every MonitorContact the double answered with 200 has its result. Every input carries its own EndpointUrl, so a bad
/// endpoint, profile or credential can be one input's own.
/// </summary>
public sealed class OneBadItemMatrixTests(ConnectDoubleFixture connect) : IClassFixture<ConnectDoubleFixture>
{
    private const int Inputs = 6;
    private const string ByUserId = "-UserId $user";
    private const string ByUserName = "-UserName jane.supervisor";

    // The bad input, and its error id with -UserId and with -UserName.
    private static readonly Dictionary<string, (string Literal, string WithUserId, string WithUserName)> BadKinds = new()
    {
        ["arn region not a host label"] = ($"[pscustomobject]@{{ ContactId = \"arn:aws:connect:us-east-1 :{TestCredentials.AccountId}:instance/$instance/contact/$bad\"; EndpointUrl = $endpoint }}", "InvalidContactArn", "InvalidContactArn"),
        ["aws arn in a China region"] = ($"[pscustomobject]@{{ ContactId = \"arn:aws:connect:cn-north-1:{TestCredentials.AccountId}:instance/$instance/contact/$bad\"; EndpointUrl = $endpoint }}", "InvalidContactArn", "InvalidContactArn"),
        ["ftp endpoint"] = ("[pscustomobject]@{ ContactId = $bad; EndpointUrl = 'ftp://127.0.0.1/' }", "InvalidEndpoint", "InvalidEndpoint"),
        ["access key without secret"] = ("[pscustomobject]@{ ContactId = $bad; EndpointUrl = $endpoint; AccessKey = 'AKIDONLY' }", "InvalidCredentials", "InvalidCredentials"),
        ["its own profile missing"] = ("[pscustomobject]@{ ContactId = $bad; EndpointUrl = $endpoint; ProfileName = 'nope' }", "ProfileNotFound", "ProfileNotFound"),
        ["its own key unknown to the service"] = ("[pscustomobject]@{ ContactId = $bad; EndpointUrl = $endpoint; AccessKey = 'AKIAUNKNOWN000000000'; SecretKey = 'not-a-known-secret' }", "UnrecognizedClientException", "UnrecognizedClientException"),
        ["its own supervisor name unknown"] = ("[pscustomobject]@{ ContactId = $bad; EndpointUrl = $endpoint; UserName = 'no.such.user' }", "NameNotFound", "PipelineValueConflict"),
        ["another supervisor's id"] = ($"[pscustomobject]@{{ ContactId = $bad; EndpointUrl = $endpoint; UserId = '{TestCredentials.OtherUserId}' }}", "PipelineValueConflict", "PipelineValueConflict"),
        ["object without a contact"] = ("[pscustomobject]@{ Contact = $bad; EndpointUrl = $endpoint }", "NoContactProperty", "NoContactProperty"),
        ["id with CRLF"] = ("[pscustomobject]@{ ContactId = \"$bad`r`n\"; EndpointUrl = $endpoint }", "ParameterArgumentValidationError", "ParameterArgumentValidationError"),
    };

    public static TheoryData<string, string, int, int> Matrix()
    {
        var data = new TheoryData<string, string, int, int>();
        foreach (var kind in BadKinds.Keys)
        {
            foreach (var supervisor in new[] { ByUserId, ByUserName })
            {
                foreach (var position in new[] { 0, Inputs / 2, Inputs - 1 })
                {
                    foreach (var throttle in new[] { 1, 8 })
                    {
                        data.Add(kind, supervisor, position, throttle);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void One_bad_input_gets_one_error_and_every_other_input_its_result(string kind, string supervisor, int position, int throttleLimit)
    {
        var contacts = connect.NewContacts(Inputs, "kin");
        var bad = contacts[position];
        var items = contacts.Select((c, i) => i == position ? BadKinds[kind].Literal : $"[pscustomobject]@{{ ContactId = '{c}'; EndpointUrl = $endpoint }}");
        using var ps = connect.NewSession().SetVariable("bad", bad).SetVariable("throttle", throttleLimit);
        ps.Run("$items = @(" + string.Join(", ", items) + ")");

        var run = ps.Run(
            $"$items | Start-ConnectContactMonitor -InstanceId $instance {supervisor} -Region $region -ThrottleLimit $throttle -MaxRequestsPerSecond 0");

        Assert.Null(run.Exception);
        Assert.Equal(Inputs, run.Output.Count + run.Errors.Count);
        var error = Assert.Single(run.Errors);
        Assert.Equal(supervisor == ByUserId ? BadKinds[kind].WithUserId : BadKinds[kind].WithUserName, error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Same(ps.Run("$items[$args[0]]", position).Output.Single(), error.TargetObject);
        var good = contacts.Where(c => c != bad).ToArray();
        Assert.Equal(good, run.Output.Select(o => (string)o.Properties["ContactId"].Value));
        Assert.All(run.Output, o => Assert.Equal(TestCredentials.UserId, o.Properties["UserId"].Value));
        // Every session the service started has its result; the bad input started none.
        var started = connect.RequestsFor(contacts).Where(r => r.ResponseStatus == 200).Select(r => r.ContactId!).ToList();
        Assert.Equal(good.OrderBy(c => c), started.OrderBy(c => c));
    }
}
