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

    // Another contact of the same instance: the supervisor's monitoring contact, in every place an answer may put it.
    private const string Monitoring = "9a0c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3";
    private const string Monitoring2 = "9a0c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c4";
    private const string OtherInstance = "3f0c9a5e-1d2b-4c6a-9e7f-00000000beef";

    /// <summary>A contact ARN; "{c}" in <paramref name="contact"/> stands for the contact asked for.</summary>
    private static string Arn(string contact, string instance = TestCredentials.InstanceId, string account = TestCredentials.AccountId,
        string region = TestCredentials.Region, string partition = "aws") =>
        $"arn:{partition}:connect:{region}:{account}:instance/{instance}/contact/{contact}";

    /// <summary>A 200 body with the members given (null: the member is left out), "{c}" standing for the contact asked for.</summary>
    private static string Body(string? id, string? arn, string contact)
    {
        var members = new Dictionary<string, string>();
        if (id != null) members["ContactId"] = id.Replace("{c}", contact);
        if (arn != null) members["ContactArn"] = arn.Replace("{c}", contact);
        return System.Text.Json.JsonSerializer.Serialize(members);
    }

    /// <summary>
    /// Every plausible reading of "the identifier/ARN of the contact": name, ContactId member, ContactArn member, then the
    /// result's expected MonitorContactId and MonitorContactArn. ContactId and ContactArn are always the monitored contact's.
    /// </summary>
    public static TheoryData<string, string?, string?, string?, string?> Readings => new()
    {
        { "echo", "{c}", Arn("{c}"), null, null },
        { "echo, ARN alone", null, Arn("{c}"), null, null },
        { "new id in both members", Monitoring, Arn(Monitoring), Monitoring, Arn(Monitoring) },
        { "new id in the ContactId alone", Monitoring, Arn("{c}"), Monitoring, Arn(Monitoring) },
        { "new id in the ARN alone", "{c}", Arn(Monitoring), Monitoring, Arn(Monitoring) },
        { "new id in an ARN without a ContactId", null, Arn(Monitoring), Monitoring, Arn(Monitoring) },
        { "members naming two other contacts", Monitoring, Arn(Monitoring2), Monitoring, Arn(Monitoring2) },
    };

    [Theory]
    [MemberData(nameof(Readings))]
    public void A_200_naming_any_contact_of_the_instance_is_a_result_for_the_contact_asked_for(
        string reading, string? id, string? arn, string? monitorId, string? monitorArn)
    {
        var contact = connect.NewContacts(1)[0];
        connect.Server.Faults.Always(contact, Fault.Success200(Body(id, arn, contact)));

        var run = Monitor(contact);

        run.AssertNoErrors();
        var result = Assert.Single(run.Output);
        Assert.True(contact == (string?)result.Properties["ContactId"].Value, reading);
        Assert.Equal(Arn(contact), result.Properties["ContactArn"].Value);
        Assert.Equal(monitorId, result.Properties["MonitorContactId"].Value);
        Assert.Equal(monitorArn, result.Properties["MonitorContactArn"].Value);
        Assert.Contains(run.Verbose, v => v.Contains(": started, request id", StringComparison.Ordinal)
            && v.Contains(monitorId == null ? "started, request id" : $"monitoring contact '{monitorId}'", StringComparison.Ordinal));
    }

    [Fact]
    public void An_answer_spelling_the_ids_in_another_case_is_the_same_contact()
    {
        var contact = connect.NewContacts(1)[0];
        var upper = Arn(contact.ToUpperInvariant(), TestCredentials.InstanceId.ToUpperInvariant());
        connect.Server.Faults.Always(contact, Fault.Success200(Body(contact.ToUpperInvariant(), upper, contact)));

        var run = Monitor(contact);

        run.AssertNoErrors();
        var result = Assert.Single(run.Output);
        Assert.Equal(contact, result.Properties["ContactId"].Value);
        Assert.Equal(upper, result.Properties["ContactArn"].Value);
        Assert.Null(result.Properties["MonitorContactId"].Value);
        Assert.Null(result.Properties["MonitorContactArn"].Value);
    }

    /// <summary>Answers that are not a contact of the request's instance, or that no contact id or ARN can be: name,
    /// ContactId member, ContactArn member ("{c}": the contact asked for), error id.</summary>
    public static TheoryData<string, string?, string?, string> HostileAnswers => new()
    {
        // Not an ARN at all.
        { "a ContactArn that is not an ARN", "{c}", "not-an-arn", "InvalidResponse" },
        { "an empty ContactArn", "{c}", "", "InvalidResponse" },
        { "a ContactArn with a leading space", "{c}", " " + Arn("{c}"), "InvalidResponse" },
        { "a ContactArn with a trailing newline", "{c}", Arn("{c}") + "\n", "InvalidResponse" },
        // Another instance, region or partition (the account: below, where the input names one).
        { "another instance's contact, the same contact id", "{c}", Arn("{c}", OtherInstance), "ResponseContactMismatch" },
        { "another instance's contact, another id", Monitoring, Arn(Monitoring, OtherInstance), "ResponseContactMismatch" },
        { "another region's contact", "{c}", Arn("{c}", region: "eu-west-2"), "ResponseContactMismatch" },
        { "another partition and region", "{c}", Arn("{c}", region: "cn-north-1", partition: "aws-cn"), "ResponseContactMismatch" },
        { "another partition, the same region", "{c}", Arn("{c}", partition: "aws-cn"), "InvalidResponse" },
        // Not a contact.
        { "an agent's ARN", "{c}", $"arn:aws:connect:{TestCredentials.Region}:{TestCredentials.AccountId}:instance/{TestCredentials.InstanceId}/agent/{TestCredentials.UserId}", "ResponseContactMismatch" },
        { "a queue's ARN", "{c}", $"arn:aws:connect:{TestCredentials.Region}:{TestCredentials.AccountId}:instance/{TestCredentials.InstanceId}/queue/{"{c}"}", "ResponseContactMismatch" },
        { "the instance's ARN", "{c}", $"arn:aws:connect:{TestCredentials.Region}:{TestCredentials.AccountId}:instance/{TestCredentials.InstanceId}", "ResponseContactMismatch" },
        { "a contact ARN with more path", "{c}", Arn("{c}") + "/participant/p1", "ResponseContactMismatch" },
        { "another service's ARN", "{c}", "arn:aws:s3:::bucket/contact/{c}", "ResponseContactMismatch" },
        // Text no contact id or ARN can hold.
        { "an empty ContactId", "", Arn("{c}"), "InvalidResponse" },
        { "a whitespace ContactId", "   ", Arn("{c}"), "InvalidResponse" },
        { "a ContactId with surrounding spaces", " {c} ", Arn("{c}"), "InvalidResponse" },
        { "a ContactId with a bell and a NUL", "{c}\u0007\u0000", Arn("{c}"), "InvalidResponse" },
        { "a ContactId with a screen-clearing escape", "\u001b[2J{c}", Arn("{c}"), "InvalidResponse" },
        { "a ContactId with a line break", "{c}\r\nPS C:\\> fake prompt", Arn("{c}"), "InvalidResponse" },
        { "a 257-character ContactId", new string('m', 257), Arn("{c}"), "InvalidResponse" },
        { "a 257-character contact id in the ARN", "{c}", Arn(new string('m', 257)), "InvalidResponse" },
        { "a 101-character instance id in the ARN", "{c}", Arn("{c}", new string('i', 101)), "InvalidResponse" },
        { "a 64 KiB ARN", "{c}", Arn(new string('m', 64 * 1024)), "InvalidResponse" },
        { "an escape sequence in the ARN's contact id", "{c}", Arn("\u001b]0;owned\u0007{c}"), "InvalidResponse" },
        { "an 11-digit account", "{c}", Arn("{c}", account: "12345678901"), "InvalidResponse" },
        { "a region that is not a host label", "{c}", Arn("{c}", region: "us-east-1.evil.example"), "InvalidResponse" },
    };

    [Theory]
    [MemberData(nameof(HostileAnswers))]
    public void A_200_that_names_no_contact_of_the_instance_is_an_error_and_nothing_is_reported_started(
        string answer, string? id, string? arn, string errorId)
    {
        var contact = connect.NewContacts(1)[0];
        connect.Server.Faults.Always(contact, Fault.Success200(Body(id, arn, contact)));

        var run = Monitor(contact);

        Assert.Empty(run.Output);
        var error = Assert.Single(run.Errors);
        ErrorAssert.Is(error, errorId, ErrorCategory.InvalidResult, contact);
        Assert.Contains("the answer was not used", error.Exception.Message);
        Assert.DoesNotContain(run.Verbose, v => v.Contains(": started", StringComparison.Ordinal));
        AssertNoControlCharacter(error.ToString(), answer);
        AssertNoControlCharacter(error.Exception.Message, answer);
    }
    private static void AssertNoControlCharacter(string text, string because)
    {
        var bad = text.FirstOrDefault(ch => (ch < 0x20 && ch != '\n' && ch != '\r') || ch == 0x7f || (ch >= 0x80 && ch <= 0x9f) || ch == '\u202e');
        Assert.True(bad == default, $"{because}: control character U+{(int)bad:X4} in: {text[..Math.Min(300, text.Length)]}");
    }

    [Theory]
    [InlineData(MonitorAnswer.MonitoringContact)]
    [InlineData(MonitorAnswer.Echo)]
    public void An_answer_for_another_account_than_the_input_ARN_names_is_an_error(MonitorAnswer answer)
    {
        // The double answers with its own account (123456789012); the input's ARN names another one.
        var contact = connect.NewContacts(1, answer: answer)[0];
        var arn = Arn(contact, account: "210987654321");
        using var ps = connect.NewSession().SetVariable("arn", arn);

        var run = ps.Run("Start-ConnectContactMonitor $arn -UserId $user -EndpointUrl $endpoint -MaxRequestsPerSecond 0");

        Assert.Empty(run.Output);
        var error = Assert.Single(run.Errors);
        ErrorAssert.Is(error, "ResponseContactMismatch", ErrorCategory.InvalidResult, arn);
        Assert.Contains("account 123456789012, not of account 210987654321", error.Exception.Message);
    }

    [Fact]
    public void Without_an_input_ARN_any_well_formed_account_is_accepted()
    {
        // Decision: a plain contact id names no account, and no call is made to learn the caller's; the instance id,
        // region and partition still have to match.
        var contact = connect.NewContacts(1)[0];
        connect.Server.Faults.Always(contact, Fault.Success200(Body(Monitoring, Arn(Monitoring, account: "210987654321"), contact)));

        var run = Monitor(contact);

        run.AssertNoErrors();
        Assert.Equal(Arn(Monitoring, account: "210987654321"), Assert.Single(run.Output).Properties["MonitorContactArn"].Value);
    }

    [Fact]
    public void In_a_region_the_SDK_does_not_know_the_partition_of_an_input_ARN_is_the_one_the_answer_must_name()
    {
        // With -EndpointUrl any region name is a signing region; its partition is then only known from the input's ARN.
        var contacts = connect.NewContacts(2);
        var arns = contacts.Select(c => Arn(c, region: "local-1")).ToArray();
        connect.Server.Faults.Always(contacts[1], Fault.Success200(Body(Monitoring, Arn(Monitoring, region: "local-1", partition: "aws-cn"), contacts[1])));
        using var ps = connect.NewSession().SetVariable("arns", arns);

        var run = ps.Run("$arns | Start-ConnectContactMonitor -UserId $user -EndpointUrl $endpoint -MaxRequestsPerSecond 0");

        Assert.Equal(contacts[0], Assert.Single(run.Output).Properties["ContactId"].Value);
        Assert.Equal(Arn(contacts[0], region: "local-1"), run.Output[0].Properties["ContactArn"].Value);
        ErrorAssert.Is(Assert.Single(run.Errors), "ResponseContactMismatch", ErrorCategory.InvalidResult, arns[1]);
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
