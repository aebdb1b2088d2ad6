using System.Management.Automation;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Bulk;

/// <summary>
/// A bulk run through every kind of failure the service, the network or a proxy can produce: exactly one result or
/// one error per input, in input order; retried successes carry one ClientToken across their attempts; every error
/// has its id, category and the input as its target. Sequential and with eight calls in flight.
/// </summary>
public sealed class FaultMatrixTests(ConnectDoubleFixture connect) : IClassFixture<ConnectDoubleFixture>
{
    // Outlasts the five attempts a bulk run makes (a reset connection also gets the SDK's uncounted stale-connection retries).
    private const int Always = 6;

    private sealed record Case(string Name, Fault[] Faults, string? ErrorId = null, ErrorCategory Category = default)
    {
        public bool Succeeds => ErrorId == null;
    }

    private static Fault[] Times(int n, Func<Fault> fault) => Enumerable.Range(0, n).Select(_ => fault()).ToArray();

    private static readonly Case[] Cases =
    [
        new("plain", []),
        new("throttled twice", Times(2, () => Fault.Throttle())),
        new("server error twice", Times(2, () => Fault.InternalError())),
        new("connection reset once", [Fault.ConnectionReset()]),
        new("slower than the timeout once", [Fault.Delay(TimeSpan.FromSeconds(30))]),
        new("plain again", []),
        new("malformed json", Times(Always, Fault.MalformedJson), "InvalidResponse", ErrorCategory.InvalidResult),
        new("html 502", Times(Always, Fault.HtmlBadGateway), "ServiceUnavailable", ErrorCategory.ResourceUnavailable),
        new("unknown code", [Fault.UnknownError("SomeFutureException")], "SomeFutureException", ErrorCategory.NotSpecified),
        new("connection reset always", Times(4 * Always, Fault.ConnectionReset), "ConnectionFailure", ErrorCategory.ConnectionError),
        new("invalid request", [Fault.InvalidRequest()], "InvalidRequestException", ErrorCategory.InvalidArgument),
        new("access denied", [Fault.AccessDenied()], "AccessDeniedException", ErrorCategory.PermissionDenied),
        new("not found", [Fault.ResourceNotFound()], "ResourceNotFoundException", ErrorCategory.ObjectNotFound),
        new("idempotency", [Fault.Idempotency()], "IdempotencyException", ErrorCategory.ResourceExists),
        new("quota", [Fault.ServiceQuotaExceeded()], "ServiceQuotaExceededException", ErrorCategory.QuotaExceeded),
        new("throttled always", Times(Always, () => Fault.Throttle()), "ThrottlingException", ErrorCategory.LimitsExceeded),
        new("server error always", Times(Always, () => Fault.InternalError()), "InternalServiceException", ErrorCategory.ResourceUnavailable),
        new("plain last", []),
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    public void Every_input_ends_in_exactly_one_result_or_one_precise_error(int throttleLimit)
    {
        var contacts = connect.NewContacts(Cases.Length, "matrix");
        for (var i = 0; i < Cases.Length; i++)
        {
            connect.Server.Faults.ForContact(contacts[i], Cases[i].Faults);
        }
        using var ps = connect.NewSession().SetVariable("throttle", throttleLimit);

        var run = ps.Run(
            "$args | Start-ConnectContactMonitor -InstanceId $instance -UserId $user -EndpointUrl $endpoint " +
            "-ThrottleLimit $throttle -MaxRequestsPerSecond 200 -Burst 10 -TimeoutSec 2",
            contacts.Cast<object?>().ToArray());

        Assert.Null(run.Exception);
        // Case by case first, so a failure names the case.
        var outcomes = contacts.Select((contact, i) =>
            Cases[i].Name + ": " + (run.Output.Any(o => (string)o.Properties["ContactId"].Value == contact)
                ? "ok"
                : string.Join(";", run.Errors.Where(e => Equals(e.TargetObject, contact)).Select(e => $"{e.FullyQualifiedErrorId.Split(',')[0]}/{e.CategoryInfo.Category}"))));
        Assert.Equal(Cases.Select(c => c.Name + ": " + (c.Succeeds ? "ok" : $"{c.ErrorId}/{c.Category}")), outcomes);
        Assert.Equal(Cases.Length, run.Output.Count + run.Errors.Count);

        var expectedSuccesses = contacts.Where((_, i) => Cases[i].Succeeds).ToArray();
        Assert.Equal(expectedSuccesses, run.Output.Select(o => (string)o.Properties["ContactId"].Value));
        foreach (var output in run.Output)
        {
            var contact = (string)output.Properties["ContactId"].Value;
            var requests = connect.RequestsFor(contact);
            // Exactly one attempt succeeded. (Not necessarily the last one recorded: an attempt the client timed out is
            // recorded when the server notices the abort, which can be after the retry's answer.)
            Assert.Single(requests, r => r.ResponseStatus == 200);
            Assert.Equal((string)output.Properties["ClientToken"].Value, Assert.Single(requests.Select(r => r.ClientToken).Distinct()));
        }

        var expectedErrors = Cases.Select((c, i) => (c, contact: contacts[i])).Where(x => !x.c.Succeeds).ToArray();
        Assert.Equal(expectedErrors.Select(x => x.contact), run.Errors.Select(e => (string)e.TargetObject));
        for (var i = 0; i < expectedErrors.Length; i++)
        {
            ErrorAssert.Is(run.Errors[i], expectedErrors[i].c.ErrorId!, expectedErrors[i].c.Category, expectedErrors[i].contact);
        }
    }
}
