using System.Management.Automation;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Supervision;

/// <summary>
/// What Get-ConnectLiveContact and the name lookups inherit from the one session and call path (issue 21): service text
/// cleaned before it reaches an object or a message, empty answers are invalid answers, partial answers are kept,
/// filters follow the wire-text and ARN rules, -Region is checked, and contacts carry the endpoint they were read
/// through into Start-ConnectContactMonitor. A new double per test.
/// </summary>
public sealed class LookupGuaranteeTests : OwnDoubleTest
{
    private const string Get = "ConnectMonitor.Commands.GetConnectLiveContactCommand";
    private const string Hostile = "\u001b]0;owned\u0007\u001b[2J\r\nPS> \u0008\u0000x";
    [Fact]
    public void Escape_sequences_in_answers_never_reach_output_objects()
    {
        const string agent = "a0000000-0000-4000-8000-0000000000aa", queue = "b0000000-0000-4000-8000-0000000000aa";
        var i = TestCredentials.InstanceId;
        Server.World.AddNamedUser(i, new DirectoryUser(agent, "evil" + Hostile), canMonitor: false)
            .AddQueue(i, queue, "Queue" + Hostile)
            .AddAgentContact(i, new AgentContact("c-evil" + Hostile, agent, queue, "VOICE", "CONNECTED", SupervisorWorld.StateStart));
        using var ps = NewSession();

        var run = ps.Run($"Get-ConnectLiveContact -InstanceId $instance -Agent {agent} -EndpointUrl $endpoint -Region $region -Verbose");

        Assert.Empty(run.Errors);
        var contact = Assert.Single(run.Output);
        Assert.StartsWith("c-evil", (string)contact.Properties["ContactId"].Value);
        Assert.StartsWith("evil", (string)contact.Properties["AgentUsername"].Value);
        Assert.StartsWith("Queue", (string)contact.Properties["QueueName"].Value);
        OperationFailureMatrixTests.NoControlCharacters(run);
    }

    [Theory]
    [InlineData("Team West")]
    [InlineData("KIM")]
    public void Escape_sequences_in_answers_never_reach_an_ambiguous_name_message(string name)
    {
        var i = TestCredentials.InstanceId;
        Server.World.AddHierarchyGroup(i, "e-west-1" + Hostile, "Team West", "1" + Hostile).AddHierarchyGroup(i, "e-west-2", "Team West", "2" + Hostile)
            .AddNamedUser(i, new DirectoryUser("u-kim-1" + Hostile, "KIM", "Kim" + Hostile, "One"), canMonitor: false)
            .AddNamedUser(i, new DirectoryUser("u-kim-2", "KIM", "Kim", "Two" + Hostile), canMonitor: false);
        var filter = name == "KIM" ? "-Agent" : "-HierarchyGroup";
        using var ps = NewSession();

        var run = ps.Run($"Get-ConnectLiveContact -InstanceId $instance {filter} '{name}' -EndpointUrl $endpoint -Region $region");

        var error = Assert.Single(run.Errors);
        Assert.Equal($"AmbiguousName,{Get}", error.FullyQualifiedErrorId);
        Assert.Contains(name == "KIM" ? "u-kim-2" : "e-west-2", error.Exception.Message);
        OperationFailureMatrixTests.NoControlCharacters(run);
    }

    [Theory]
    [InlineData("GetCurrentUserData", "{}")]
    [InlineData("GetCurrentUserData", "{\"UserDataList\":null}")]
    [InlineData("GetCurrentUserData", "[]")]
    [InlineData("GetCurrentUserData", "{\"UserDataList\":{}}")]
    [InlineData("SearchUsers", "{}")]
    [InlineData("SearchUsers", "")]
    [InlineData("SearchUsers", "{\"Users\":null,\"ApproximateTotalCount\":0}")]
    [InlineData("SearchQueues", "{\"ApproximateTotalCount\":0}")]
    [InlineData("SearchRoutingProfiles", "{}")]
    [InlineData("SearchUserHierarchyGroups", "{}")]
    public void An_answer_without_its_list_is_an_invalid_answer_not_nothing_there(string operation, string body)
    {
        Server.Faults.Always(operation, Fault.Success200(body));
        var filter = operation switch
        {
            "GetCurrentUserData" => "-Agent " + SupervisorWorld.JdoeId,
            "SearchUsers" => "-Agent jdoe",
            "SearchQueues" => "-Queue Billing",
            "SearchRoutingProfiles" => "-RoutingProfile 'Basic Routing Profile'",
            _ => "-HierarchyGroup 'Team North'",
        };
        using var ps = NewSession();

        var run = ps.Run($"Get-ConnectLiveContact -InstanceId $instance {filter} -EndpointUrl $endpoint -Region $region");

        Assert.Empty(run.Output);
        var error = Assert.Single(run.Errors);
        Assert.Equal($"InvalidResponse,{Get}", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidResult, error.CategoryInfo.Category);
    }

    [Theory]
    [InlineData("SearchQueues", "QueueName")]
    [InlineData("SearchUsers", "AgentUsername")]
    public void A_failed_name_fill_keeps_the_contacts_with_the_names_empty_and_one_warning(string operation, string emptied)
    {
        Server.Faults.Always(operation, Fault.ResourceNotFound());
        using var ps = NewSession();

        var run = ps.Run($"Get-ConnectLiveContact -InstanceId $instance -Agent {SupervisorWorld.JdoeId}, {SupervisorWorld.AsmithId} -EndpointUrl $endpoint -Region $region");

        Assert.Empty(run.Errors);
        Assert.Equal(2, run.Output.Count);
        Assert.All(run.Output, o => Assert.Null(o.Properties[emptied].Value));
        Assert.All(run.Output, o => Assert.NotNull(o.Properties[emptied == "QueueName" ? "AgentUsername" : "QueueName"].Value));
        var warning = Assert.Single(run.Warnings);
        Assert.Contains(emptied, warning);
        Assert.Contains(operation, warning);
    }

    [Fact]
    public void A_break_on_page_two_keeps_the_contacts_of_page_one()
    {
        Server.World.PageSize = 1;
        // The first GetCurrentUserData page is answered normally, the second is denied.
        Server.Faults.ForContact("GetCurrentUserData", Fault.Delay(TimeSpan.Zero), Fault.AccessDenied());
        using var ps = NewSession();

        var run = ps.Run($"Get-ConnectLiveContact -InstanceId $instance -Agent {SupervisorWorld.JdoeId}, {SupervisorWorld.AsmithId} -EndpointUrl $endpoint -Region $region");

        Assert.Single(run.Output);
        var error = Assert.Single(run.Errors);
        Assert.Equal($"AccessDeniedException,{Get}", error.FullyQualifiedErrorId);
    }

    [Fact]
    public void Name_lookup_errors_are_the_modules_catchable_types()
    {
        using var ps = NewSession();

        var run = ps.Run("Get-ConnectLiveContact -InstanceId $instance -Queue 'No Such Queue' -EndpointUrl $endpoint -Region $region; " +
                         "Get-ConnectLiveContact -InstanceId $instance -HierarchyGroup 'Team East' -EndpointUrl $endpoint -Region $region");

        Assert.Equal(["NameNotFound", "AmbiguousName"], run.Errors.Select(e => e.FullyQualifiedErrorId.Split(',')[0]));
        Assert.All(run.Errors, e =>
        {
            Assert.Equal("ConnectMonitor.ContactMonitorNameException", e.Exception.GetType().FullName);
            Assert.Equal("ConnectMonitor.ContactMonitorException", e.Exception.GetType().BaseType!.FullName);
        });
    }

    public static readonly TheoryData<string, string> BadFilterValues = BadValues();

    private static TheoryData<string, string> BadValues()
    {
        var data = new TheoryData<string, string>();
        foreach (var parameter in new[] { "Agent", "Queue", "RoutingProfile", "HierarchyGroup" })
        {
            // Login names are 1-100 (AgentUsername), queue and routing profile names 1-127, hierarchy group names held to 100.
            var tooLong = parameter is "Queue" or "RoutingProfile" ? 128 : 101;
            foreach (var value in new[] { "a\u0000b", "a\r\nb", "a\nb", "\u001b[2Jx", "a\u0007", "a\u0085b", new string('q', tooLong), new string('q', 10_000), "   ", "\t" })
            {
                data.Add(parameter, value);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadFilterValues))]
    public void A_filter_value_breaking_the_wire_text_rules_is_refused_before_anything_is_sent(string parameter, string value)
    {
        using var ps = NewSession();

        var run = ps.Run($"Get-ConnectLiveContact -InstanceId $instance -{parameter} $args[0] -EndpointUrl $endpoint -Region $region", value);

        var error = run.Exception is ParameterBindingException binding ? binding.ErrorRecord : Assert.Single(run.Errors);
        Assert.StartsWith("ParameterArgumentValidationError,", error.FullyQualifiedErrorId);
        Assert.Empty(run.Output);
        Assert.Equal(0, Server.ArrivedCount);
    }

    [Theory]
    [InlineData("Agent", 100)]
    [InlineData("Queue", 127)]
    [InlineData("RoutingProfile", 127)]
    [InlineData("HierarchyGroup", 100)]
    public void The_longest_name_the_model_allows_is_looked_up(string parameter, int length)
    {
        using var ps = NewSession();

        var run = ps.Run($"Get-ConnectLiveContact -InstanceId $instance -{parameter} $args[0] -EndpointUrl $endpoint -Region $region", new string('n', length));

        Assert.Null(run.Exception);
        Assert.Equal($"NameNotFound,{Get}", Assert.Single(run.Errors).FullyQualifiedErrorId);
    }

    [Theory]
    [InlineData("Agent", " jdoe\t")]
    [InlineData("Queue", "  Billing ")]
    [InlineData("RoutingProfile", " Basic Routing Profile ")]
    [InlineData("HierarchyGroup", "\tTeam North ")]
    public void Filter_values_are_trimmed(string parameter, string value)
    {
        using var ps = NewSession();

        var run = ps.Run($"Get-ConnectLiveContact -InstanceId $instance -{parameter} $args[0] -EndpointUrl $endpoint -Region $region", value);

        Assert.Empty(run.Errors);
        Assert.NotEmpty(run.Output);
    }

    private static string Arn(string kind, string id, string instance = TestCredentials.InstanceId) =>
        $"arn:aws:connect:{TestCredentials.Region}:{TestCredentials.AccountId}:instance/{instance}/{kind}/{id}";

    [Theory]
    [InlineData("Agent", "queue", SupervisorWorld.BillingQueueId, "InvalidResourceArn")]
    [InlineData("Agent", "contact", SupervisorWorld.JdoeContactId, "InvalidResourceArn")]
    [InlineData("Queue", "agent", SupervisorWorld.JdoeId, "InvalidResourceArn")]
    [InlineData("RoutingProfile", "queue", SupervisorWorld.BillingQueueId, "InvalidResourceArn")]
    [InlineData("HierarchyGroup", "agent", SupervisorWorld.JdoeId, "InvalidResourceArn")]
    [InlineData("Agent", "agent", "", "InvalidResourceArn")]
    [InlineData("Agent", "agent", SupervisorWorld.JdoeId + "/extra", "InvalidResourceArn")]
    public void An_arn_of_another_kind_is_refused_and_nothing_is_sent(string parameter, string kind, string id, string errorId)
    {
        using var ps = NewSession();
        var arn = Arn(kind, id);

        var run = ps.Run($"Get-ConnectLiveContact -InstanceId $instance -{parameter} $args[0] -EndpointUrl $endpoint -Region $region", arn);

        var error = Assert.Single(run.Errors);
        Assert.Equal($"{errorId},{Get}", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Equal(arn, error.TargetObject);
        Assert.Contains("ConnectMonitor.ContactMonitorException", error.Exception.GetType().BaseType!.FullName);
        Assert.Empty(Server.Requests);
    }

    [Theory]
    [InlineData("arn:")]
    [InlineData("arn:aws:connect")]
    [InlineData("ARN:aws:connect:us-east-1:123456789012:instance")]
    [InlineData("arn:aws:s3:::bucket/agent/x")]
    [InlineData("arn:aws:connect:us-east-1:12345:instance/i/agent/x")]
    public void A_broken_arn_is_refused_and_nothing_is_sent(string value)
    {
        using var ps = NewSession();

        var run = ps.Run("Get-ConnectLiveContact -InstanceId $instance -Agent $args[0] -EndpointUrl $endpoint -Region $region", value);

        Assert.Equal($"InvalidResourceArn,{Get}", Assert.Single(run.Errors).FullyQualifiedErrorId);
        Assert.Empty(Server.Requests);
    }

    [Fact]
    public void An_arn_of_another_instance_is_an_instance_conflict_and_the_good_values_still_count()
    {
        using var ps = NewSession();
        var other = Arn("agent", SupervisorWorld.JdoeId, "9e9e9e9e-1d2b-4c6a-9e7f-0a1b2c3d4e5f");

        var run = ps.Run("Get-ConnectLiveContact -InstanceId $instance -Agent $args[0], $args[1] -EndpointUrl $endpoint -Region $region",
            other, Arn("agent", SupervisorWorld.JdoeId));

        var error = Assert.Single(run.Errors);
        Assert.Equal($"InstanceIdConflict,{Get}", error.FullyQualifiedErrorId);
        Assert.Equal(other, error.TargetObject);
        Assert.Equal(SupervisorWorld.JdoeContactId, Assert.Single(run.Output).Properties["ContactId"].Value);
    }

    [Fact]
    public void A_mistyped_region_is_refused_like_start_does_before_anything_is_sent()
    {
        using var ps = NewSession();

        var run = ps.Run("Get-ConnectLiveContact -InstanceId $instance -Agent jdoe -Region us-esat-1");
        var start = ps.Run("Start-ConnectContactMonitor -InstanceId $instance -ContactId c -UserId $user -Region us-esat-1");

        var error = (run.Exception as IContainsErrorRecord)?.ErrorRecord ?? Assert.Single(run.Errors);
        Assert.Equal($"UnknownRegion,{Get}", error.FullyQualifiedErrorId);
        Assert.Contains("us-east-1", error.Exception.Message);
        Assert.Empty(run.Output);
        var startError = (start.Exception as IContainsErrorRecord)?.ErrorRecord ?? Assert.Single(start.Errors);
        Assert.Equal(startError.Exception.Message, error.Exception.Message);
    }

    [Fact]
    public void A_contact_read_through_an_endpoint_is_monitored_through_the_same_endpoint()
    {
        using var ps = NewSession();

        var run = ps.Run("Get-ConnectLiveContact -InstanceId $instance -Agent jdoe -EndpointUrl $endpoint -Region $region | " +
                         "Start-ConnectContactMonitor -UserId $user -TimeoutSec 2");

        Assert.Empty(run.Errors);
        Assert.Equal(SupervisorWorld.JdoeContactId, Assert.Single(run.Output).Properties["ContactId"].Value);
        Assert.Single(Server.Requests, r => r.Path == "/contact/monitor" && r.ResponseStatus == 200);
    }
}
