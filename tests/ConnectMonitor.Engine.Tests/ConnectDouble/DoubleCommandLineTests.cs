using System.Net;
using ConnectMonitor.ConnectDouble;
using Xunit;

namespace ConnectMonitor.Engine.Tests.ConnectDouble;

/// <summary>The local endpoint's command line: what each option sets, what it rejects, and the banner it prints.</summary>
public sealed class DoubleCommandLineTests
{
    [Fact]
    public void No_arguments_listen_on_4566_forever_with_the_built_in_world()
    {
        var line = DoubleCommandLine.Parse([]);

        Assert.Equal(4566, line.Options.Port);
        Assert.Equal(Timeout.InfiniteTimeSpan, line.Options.Lifetime);
        Assert.True(line.Options.World.IsLive(TestCredentials.InstanceId, TestCredentials.ContactIds[0]));
        Assert.Null(line.PortFile);
        Assert.Null(line.RequestsPerSecond);
        Assert.Empty(line.ContactFaults);
        Assert.Equal(MonitorAnswer.MonitoringContact, line.Options.World.Answer);
    }

    [Fact]
    public void Every_option_is_read()
    {
        var world = Path.Combine(Path.GetTempPath(), $"world-{Guid.NewGuid():N}.json");
        File.WriteAllText(world, """{ "instances": [ { "id": "i-1", "users": ["u-1"], "contacts": ["c-1"] } ] }""");
        try
        {
            var line = DoubleCommandLine.Parse(["--port", "0", "--port-file", "p.txt", "--world", world, "--latency-ms", "25",
                "--rate-limit", "2", "--burst", "5", "--error-rate", "0.1", "--fault", "c-9=ThrottlingException",
                "--account-id", "210987654321", "--region", "eu-west-2", "--lifetime-seconds", "60", "--answer", "echo"]);

            Assert.Equal(0, line.Options.Port);
            Assert.Equal("p.txt", line.PortFile);
            Assert.True(line.Options.World.IsLive("i-1", "c-1"));
            Assert.Equal(TimeSpan.FromMilliseconds(25), line.Latency);
            Assert.Equal(2, line.RequestsPerSecond);
            Assert.Equal(5, line.Burst);
            Assert.Equal(0.1, line.ServerErrorRate);
            Assert.Equal("ThrottlingException", line.ContactFaults["c-9"]);
            Assert.Equal("210987654321", line.Options.AccountId);
            Assert.Equal("eu-west-2", line.Options.Region);
            Assert.Equal(TimeSpan.FromSeconds(60), line.Options.Lifetime);
            Assert.Equal(MonitorAnswer.Echo, line.Options.World.Answer);
        }
        finally
        {
            File.Delete(world);
        }
    }

    [Theory]
    [InlineData("--port")]
    [InlineData("--port", "-1")]
    [InlineData("--port", "70000")]
    [InlineData("--rate-limit", "0")]
    [InlineData("--burst", "0")]
    [InlineData("--error-rate", "1.5")]
    [InlineData("--latency-ms", "-5")]
    [InlineData("--fault", "c-1")]
    [InlineData("--fault", "c-1=NoSuchException")]
    [InlineData("--lifetime-seconds", "0")]
    [InlineData("--bogus")]
    [InlineData("--answer")]
    [InlineData("--answer", "Echo")]
    [InlineData("--answer", "monitored")]
    public void Bad_arguments_are_rejected_with_a_message(params string[] args)
    {
        var error = Assert.Throws<ArgumentException>(() => DoubleCommandLine.Parse(args));
        Assert.Contains(args[0], error.Message);
    }

    [Fact]
    public async Task Faults_from_the_command_line_answer_every_request_for_that_contact()
    {
        var line = DoubleCommandLine.Parse(["--port", "0", "--fault", $"{TestCredentials.ContactIds[0]}=ServiceQuotaExceededException"]);
        line.Options.Lifetime = TimeSpan.FromMinutes(1);
        await using var server = await ConnectDoubleServer.StartAsync(line.Options);
        line.ApplyTo(server.Faults);
        using var client = new DoubleTestClient(server);

        for (var i = 0; i < 2; i++)
        {
            using var faulted = await client.MonitorAsync(DoubleTestClient.Body(TestCredentials.ContactIds[0]));
            Assert.Equal((HttpStatusCode)402, faulted.StatusCode);
            Assert.Equal("ServiceQuotaExceededException", (await DoubleTestClient.ReadErrorAsync(faulted)).Code);
        }

        using var other = await client.MonitorAsync(DoubleTestClient.Body(TestCredentials.ContactIds[1]));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Theory]
    [InlineData(new string[0], MonitorAnswer.MonitoringContact)]
    [InlineData(new[] { "--answer", "monitoring-contact" }, MonitorAnswer.MonitoringContact)]
    [InlineData(new[] { "--answer", "echo" }, MonitorAnswer.Echo)]
    public async Task The_answer_option_says_which_contact_a_success_names(string[] answerArgs, MonitorAnswer expected)
    {
        // --world after --answer: the answer applies to whichever world is loaded.
        var world = Path.Combine(Path.GetTempPath(), $"world-{Guid.NewGuid():N}.json");
        File.WriteAllText(world, $$"""{ "instances": [ { "id": "{{TestCredentials.InstanceId}}", "users": ["{{TestCredentials.UserId}}"], "contacts": ["c-1"] } ] }""");
        try
        {
            var line = DoubleCommandLine.Parse(["--port", "0", .. answerArgs, "--world", world]);
            line.Options.Lifetime = TimeSpan.FromMinutes(1);
            await using var server = await ConnectDoubleServer.StartAsync(line.Options);
            using var client = new DoubleTestClient(server);

            using var response = await client.MonitorAsync(DoubleTestClient.Body("c-1"));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var answered = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("ContactId").GetString();
            var session = Assert.Single(server.World.SessionsFor("c-1"));
            Assert.Equal(expected, session.Answer);
            Assert.Equal(expected == MonitorAnswer.Echo ? "c-1" : session.MonitorContactId, answered);
        }
        finally
        {
            File.Delete(world);
        }
    }

    [Fact]
    public void The_banner_starts_with_a_parseable_url_and_shows_how_to_point_the_module_at_it()
    {
        var endpoint = new Uri("http://127.0.0.1:4566/");

        var lines = EndpointBanner.Lines(endpoint, ConnectWorld.CreateDefault(), region: null);

        Assert.Equal("Listening on http://127.0.0.1:4566/", lines[0]);
        var text = string.Join('\n', lines);
        Assert.Contains($"$env:AWS_ACCESS_KEY_ID     = '{TestCredentials.AccessKeyId}'", text);
        Assert.Contains($"$env:AWS_SECRET_ACCESS_KEY = '{TestCredentials.SecretAccessKey}'", text);
        Assert.Contains("$env:AWS_ENDPOINT_URL_CONNECT = 'http://127.0.0.1:4566/'", text);
        Assert.Contains($"Start-ConnectContactMonitor -ContactId {TestCredentials.ContactIds[0]} -InstanceId {TestCredentials.InstanceId} -UserId {TestCredentials.UserId}", text);
    }
}
