using System.Management.Automation;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Tests.Credentials;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Hardening;

/// <summary>
/// Answers are not trusted further than they deserve: a 200 that names no contact, or another one, is an error; a huge
/// body is not read whole; a connection cut in mid-body is a transport failure; a connection that always resets gets
/// no more requests than the documented attempts; hostile text in an error message reaches the user cleaned.
/// </summary>
public sealed class ResponseTrustTests(ConnectDoubleFixture connect) : IClassFixture<ConnectDoubleFixture>
{
    private RunResult Monitor(string contact, string extra = "")
    {
        using var ps = connect.NewSession().SetVariable("contact", contact);
        return ps.Run("Start-ConnectContactMonitor $contact -InstanceId $instance -UserId $user -Region $region -EndpointUrl $endpoint -MaxRequestsPerSecond 0 -Verbose " + extra);
    }

    public static TheoryData<string, string> WrongSuccessBodies => new()
    {
        { "", "InvalidResponse" },
        { "{}", "InvalidResponse" },
        { "{\"ContactId\":\"only-an-id\"}", "InvalidResponse" },
        { "{\"ContactArn\":null}", "InvalidResponse" },
    };

    [Theory]
    [MemberData(nameof(WrongSuccessBodies))]
    public void A_200_without_a_ContactArn_is_an_InvalidResponse_error_not_a_result(string body, string errorId)
    {
        var contact = connect.NewContacts(1)[0];
        connect.Server.Faults.Always(contact, Fault.Success200(body));

        var run = Monitor(contact);

        Assert.Empty(run.Output);
        ErrorAssert.Is(Assert.Single(run.Errors), errorId, ErrorCategory.InvalidResult, contact);
    }

    [Fact]
    public void A_200_for_another_contact_is_an_error_and_never_replaces_the_input_contact()
    {
        var contact = connect.NewContacts(1)[0];
        connect.Server.Faults.Always(contact, Fault.SuccessForOtherContact());

        var run = Monitor(contact);

        Assert.Empty(run.Output);
        var error = Assert.Single(run.Errors);
        ErrorAssert.Is(error, "ResponseContactMismatch", ErrorCategory.InvalidResult, contact);
        Assert.Contains("different contact", error.Exception.Message);
    }

    [Fact]
    public void A_50_MiB_body_is_not_read_whole()
    {
        var contact = connect.NewContacts(1)[0];
        var oversized = Fault.OversizedBody();
        connect.Server.Faults.Always(contact, oversized);

        var run = Monitor(contact);

        Assert.Empty(run.Output);
        var error = Assert.Single(run.Errors);
        ErrorAssert.Is(error, "InvalidResponse", ErrorCategory.InvalidResult, contact);
        Assert.Contains("larger than", error.Exception.Message);
        // The client stopped reading: what the double got to write is the cap plus socket buffers, not 50 MiB.
        Assert.True(oversized.BytesWritten < 16L * 1024 * 1024, $"{oversized.BytesWritten} bytes were taken");
    }

    [Fact]
    public void A_connection_cut_in_mid_body_is_a_connection_failure()
    {
        var contact = connect.NewContacts(1)[0];
        connect.Server.Faults.Always(contact, Fault.CutMidBody());

        var run = Monitor(contact);

        Assert.Empty(run.Output);
        var error = Assert.Single(run.Errors);
        ErrorAssert.Is(error, "ConnectionFailure", ErrorCategory.ConnectionError, contact);
        Assert.DoesNotContain("did not answer like Amazon Connect", error.Exception.Message);
    }

    [Fact]
    public void After_a_cut_in_mid_body_sending_again_with_the_same_token_is_a_replay_not_a_second_session()
    {
        var contact = connect.NewContacts(1)[0];
        connect.Server.Faults.ForContact(contact, Fault.CutMidBody());

        var first = Monitor(contact, "-ClientToken cut-then-retry");
        var again = Monitor(contact, "-ClientToken cut-then-retry");

        // The cut answer is a failure (or, if the SDK retried it, already a replay); the second run is a replay.
        Assert.True(first.Output.Count + first.Errors.Count == 1);
        Assert.All(first.Errors, e => Assert.StartsWith("ConnectionFailure,", e.FullyQualifiedErrorId));
        again.AssertNoErrors();
        var requests = connect.RequestsFor(contact);
        Assert.Equal("cut mid-body", requests[0].Fault);
        Assert.True(requests[^1].IdempotentReplay, "the repeated call must be answered as a replay of the first");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void An_endpoint_that_always_resets_gets_at_most_the_documented_attempts(int throttleLimit)
    {
        var contacts = connect.NewContacts(2);
        foreach (var contact in contacts)
        {
            connect.Server.Faults.Always(contact, Fault.ConnectionReset());
        }

        using var ps = connect.NewSession().SetVariable("c", contacts);
        var run = ps.Run($"$c | Start-ConnectContactMonitor -InstanceId $instance -UserId $user -Region $region -EndpointUrl $endpoint -MaxRequestsPerSecond 0 -ThrottleLimit {throttleLimit}");

        Assert.Equal(2, run.Errors.Count);
        Assert.All(run.Errors, e => Assert.StartsWith("ConnectionFailure,", e.FullyQualifiedErrorId));
        foreach (var contact in contacts)
        {
            var sent = connect.RequestsFor(contact).Count;
            Assert.True(sent <= 5, $"{sent} requests for one contact; the documented attempt count is 5");
        }
    }

    [Fact]
    public void Hostile_error_text_reaches_no_stream_with_an_escape_or_control_character()
    {
        var contact = connect.NewContacts(1)[0];
        connect.Server.Faults.Always(contact, Fault.HostileErrorText());

        var run = Monitor(contact);

        var error = Assert.Single(run.Errors);
        ErrorAssert.Is(error, "AccessDeniedException", ErrorCategory.PermissionDenied, contact);
        Assert.Contains("fake prompt", error.Exception.Message); // the text is kept, only made harmless
        var texts = new[] { error.ToString(), error.Exception.ToString(), error.ErrorDetails?.Message ?? "", PSSerializer.Serialize(error, 4) }
            .Concat(run.Verbose);
        foreach (var text in texts)
        {
            var bad = text.FirstOrDefault(ch => (ch < 0x20 && ch != '\n' && ch != '\r') || ch == 0x7f || (ch >= 0x80 && ch <= 0x9f) || ch == '\u202e');
            Assert.True(bad == default, $"control character U+{(int)bad:X4} in: {text[..Math.Min(300, text.Length)]}");
        }
    }

    [Fact]
    public void A_password_in_the_endpoint_URL_shows_nowhere()
    {
        var contact = connect.NewContacts(1)[0];
        var withPassword = connect.Endpoint.Replace("http://", "http://monitor-user:Pa55-never-show@");

        using var ps = connect.NewSession().SetVariable("contact", contact).SetVariable("ep", withPassword);
        var run = ps.Run("""
            Start-ConnectContactMonitor $contact -InstanceId $instance -UserId $user -Region $region -EndpointUrl $ep -Verbose -Debug *>&1
            Start-ConnectContactMonitor $contact -InstanceId $instance -UserId $user -Region $region -EndpointUrl ($ep + ':bad:port') -Verbose *>&1
            $Error
            """);

        var result = Assert.Single(run.Output, o => o.BaseObject.GetType().Name == "ContactMonitorResult");
        Assert.Equal(connect.Endpoint.Replace("http://", "http://***@"), result.Properties["Endpoint"].Value);
        var texts = run.Output.Select(o => PSSerializer.Serialize(o, 4)).Concat(run.Verbose).Concat(run.Errors.Select(e => e.Exception.ToString()));
        Assert.DoesNotContain(texts, t => t.Contains("Pa55-never-show", StringComparison.Ordinal));
    }
}
