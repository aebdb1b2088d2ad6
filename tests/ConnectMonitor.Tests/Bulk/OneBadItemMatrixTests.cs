using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Bulk;

/// <summary>
/// "K in, K out" with one bad input anywhere in the stream, at every -ThrottleLimit: the bad input gets exactly one
/// error with its id, every other input its result, the pipeline is never stopped, and the double received exactly
/// one request for each good contact and none for the bad one. Every input carries its own EndpointUrl, so a bad
/// endpoint can be one input's own.
/// </summary>
public sealed class OneBadItemMatrixTests(ConnectDoubleFixture connect) : IClassFixture<ConnectDoubleFixture>
{
    private const int Inputs = 6;

    private static readonly Dictionary<string, (string Literal, string ErrorId)> BadKinds = new()
    {
        ["arn region not a host label"] = ($"[pscustomobject]@{{ ContactId = \"arn:aws:connect:us-east-1 :{TestCredentials.AccountId}:instance/$instance/contact/$bad\"; EndpointUrl = $endpoint }}", "InvalidContactArn"),
        ["aws arn in a China region"] = ($"[pscustomobject]@{{ ContactId = \"arn:aws:connect:cn-north-1:{TestCredentials.AccountId}:instance/$instance/contact/$bad\"; EndpointUrl = $endpoint }}", "InvalidContactArn"),
        ["ftp endpoint"] = ("[pscustomobject]@{ ContactId = $bad; EndpointUrl = 'ftp://127.0.0.1/' }", "InvalidEndpoint"),
        ["access key without secret"] = ("[pscustomobject]@{ ContactId = $bad; EndpointUrl = $endpoint; AccessKey = 'AKIDONLY' }", "InvalidCredentials"),
        ["object without a contact"] = ("[pscustomobject]@{ Contact = $bad; EndpointUrl = $endpoint }", "NoContactProperty"),
        ["id with CRLF"] = ("[pscustomobject]@{ ContactId = \"$bad`r`n\"; EndpointUrl = $endpoint }", "ParameterArgumentValidationError"),
    };

    public static TheoryData<string, int, int> Matrix()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var kind in BadKinds.Keys)
        {
            foreach (var position in new[] { 0, Inputs / 2, Inputs - 1 })
            {
                foreach (var throttle in new[] { 1, 2, 8 })
                {
                    data.Add(kind, position, throttle);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void One_bad_input_gets_one_error_and_every_other_input_its_result(string kind, int position, int throttleLimit)
    {
        var contacts = connect.NewContacts(Inputs, "kin");
        var bad = contacts[position];
        var items = contacts.Select((c, i) => i == position ? BadKinds[kind].Literal : $"[pscustomobject]@{{ ContactId = '{c}'; EndpointUrl = $endpoint }}");
        using var ps = connect.NewSession().SetVariable("bad", bad).SetVariable("throttle", throttleLimit);

        var run = ps.Run(
            "@(" + string.Join(", ", items) + ") | Start-ConnectContactMonitor -InstanceId $instance -UserId $user -Region $region " +
            "-ThrottleLimit $throttle -MaxRequestsPerSecond 0");

        Assert.Null(run.Exception);
        Assert.Equal(Inputs, run.Output.Count + run.Errors.Count);
        var error = Assert.Single(run.Errors);
        Assert.Equal(BadKinds[kind].ErrorId, error.FullyQualifiedErrorId.Split(',')[0]);
        var good = contacts.Where(c => c != bad).ToArray();
        Assert.Equal(good, run.Output.Select(o => (string)o.Properties["ContactId"].Value));
        var requests = connect.RequestsFor(contacts);
        Assert.Equal(good.OrderBy(c => c), requests.Select(r => r.ContactId!).OrderBy(c => c));
        Assert.All(requests, r => Assert.Equal(200, r.ResponseStatus));
    }
}
