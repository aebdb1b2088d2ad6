using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Engine.Monitoring;
using ConnectMonitor.Engine.Sessions;
using Xunit;

namespace ConnectMonitor.Engine.Tests.Sessions;

/// <summary>The engine's service keeps one client per region for a whole pipeline, however many inputs it serves.</summary>
public sealed class ConnectSessionTests : DoubleServerTest
{
    private ConnectSession NewService() => new(DoubleSession());

    [Fact]
    public async Task Many_inputs_for_one_region_share_one_client()
    {
        using var service = NewService();

        foreach (var contact in TestCredentials.ContactIds.Take(5))
        {
            await service.MonitorContactAsync(new MonitorContactInput(TestCredentials.InstanceId, contact, TestCredentials.UserId));
        }

        Assert.Equal(1, service.ClientCount);
        Assert.Equal(5, Server.Requests.Count(r => r.ResponseStatus == 200));
    }

    [Theory]
    [InlineData(MonitorAnswer.MonitoringContact)]
    [InlineData(MonitorAnswer.Echo)]
    public async Task The_outcome_is_about_the_contact_asked_for_and_names_the_monitoring_contact_when_the_answer_does(MonitorAnswer answer)
    {
        Server.World.Answer = answer;
        using var service = NewService();
        var contact = TestCredentials.ContactIds[0];
        string ArnOf(string c) => $"arn:aws:connect:{TestCredentials.Region}:{TestCredentials.AccountId}:instance/{TestCredentials.InstanceId}/contact/{c}";

        var outcome = await service.MonitorContactAsync(new MonitorContactInput(TestCredentials.InstanceId, contact, TestCredentials.UserId));

        Assert.Equal(contact, outcome.ContactId);
        Assert.Equal(ArnOf(contact), outcome.ContactArn);
        var answered = Assert.Single(Server.World.SessionsFor(contact)).AnsweredContactId;
        var monitoring = answered == contact ? null : answered;
        Assert.Equal(answer == MonitorAnswer.Echo, monitoring == null);
        Assert.Equal(monitoring, outcome.MonitorContactId);
        Assert.Equal(monitoring == null ? null : ArnOf(monitoring), outcome.MonitorContactArn);
    }

    [Fact]
    public async Task Inputs_naming_other_regions_get_one_client_per_region_signed_for_it()
    {
        using var service = NewService();

        foreach (var region in new[] { "us-east-1", "eu-west-2", "us-east-1", "eu-west-2" })
        {
            await service.MonitorContactAsync(new MonitorContactInput(TestCredentials.InstanceId, TestCredentials.ContactIds[0], TestCredentials.UserId, region: region));
        }

        Assert.Equal(2, service.ClientCount);
        Assert.Equal(["us-east-1", "eu-west-2", "us-east-1", "eu-west-2"], Server.Requests.Select(r => r.SigningRegion));
    }
}
