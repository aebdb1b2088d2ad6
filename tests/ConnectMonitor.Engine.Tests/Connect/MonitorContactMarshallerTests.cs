using Xunit;
using System.Text;
using System.Text.Json;
using ConnectMonitor.Engine.Connect;

namespace ConnectMonitor.Engine.Tests.Connect;

/// <summary>The rest-json wire form of MonitorContact, checked on the marshalled request (nothing is sent).</summary>
public sealed class MonitorContactMarshallerTests
{
    private static (Amazon.Runtime.Internal.IRequest Request, JsonElement Body) Marshall(MonitorContactRequest input)
    {
        var request = MonitorContactRequestMarshaller.Instance.Marshall(input);
        using var document = JsonDocument.Parse(request.Content);
        return (request, document.RootElement.Clone());
    }

    private static string[] MemberNames(JsonElement body) => body.EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public void Post_to_contact_monitor_as_json()
    {
        var (request, _) = Marshall(new MonitorContactRequest { InstanceId = "i", ContactId = "c", UserId = "u" });

        Assert.Equal("POST", request.HttpMethod);
        Assert.Equal("/contact/monitor", request.ResourcePath);
        Assert.Equal("application/json", request.Headers["Content-Type"]);
        Assert.Empty(request.Parameters);
    }

    [Fact]
    public void Body_carries_the_set_members_with_model_names()
    {
        var (_, body) = Marshall(new MonitorContactRequest
        {
            InstanceId = "11111111-2222-3333-4444-555555555555",
            ContactId = "contact-1",
            UserId = "user-1",
            AllowedMonitorCapabilities = new List<string> { "SILENT_MONITOR", "BARGE" },
            ClientToken = "token-1",
        });

        Assert.Equal(new[] { "InstanceId", "ContactId", "UserId", "AllowedMonitorCapabilities", "ClientToken" }, MemberNames(body));
        Assert.Equal("11111111-2222-3333-4444-555555555555", body.GetProperty("InstanceId").GetString());
        Assert.Equal("contact-1", body.GetProperty("ContactId").GetString());
        Assert.Equal("user-1", body.GetProperty("UserId").GetString());
        Assert.Equal(new[] { "SILENT_MONITOR", "BARGE" },
            body.GetProperty("AllowedMonitorCapabilities").EnumerateArray().Select(e => e.GetString()).ToArray());
        Assert.Equal("token-1", body.GetProperty("ClientToken").GetString());
    }

    [Fact]
    public void Unset_members_are_left_out()
    {
        var (_, body) = Marshall(new MonitorContactRequest { ContactId = "c" });

        Assert.Equal(new[] { "ContactId", "ClientToken" }, MemberNames(body));
    }

    [Fact]
    public void Empty_capability_list_is_sent_as_an_empty_array()
    {
        var (_, body) = Marshall(new MonitorContactRequest { ContactId = "c", AllowedMonitorCapabilities = new List<string>() });

        Assert.Equal(JsonValueKind.Array, body.GetProperty("AllowedMonitorCapabilities").ValueKind);
        Assert.Equal(0, body.GetProperty("AllowedMonitorCapabilities").GetArrayLength());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Missing_client_token_is_filled_with_a_guid_and_written_back(string? given)
    {
        var input = new MonitorContactRequest { InstanceId = "i", ContactId = "c", UserId = "u", ClientToken = given! };

        var (_, body) = Marshall(input);

        string sent = body.GetProperty("ClientToken").GetString()!;
        Assert.True(Guid.TryParse(sent, out _), $"'{sent}' is not a GUID");
        Assert.Equal(sent, input.ClientToken);
    }

    [Fact]
    public void Each_call_without_a_token_gets_a_new_one()
    {
        var first = Marshall(new MonitorContactRequest { ContactId = "c" }).Body.GetProperty("ClientToken").GetString();
        var second = Marshall(new MonitorContactRequest { ContactId = "c" }).Body.GetProperty("ClientToken").GetString();

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Given_client_token_is_sent_unchanged()
    {
        var input = new MonitorContactRequest { ContactId = "c", ClientToken = "my-own-token" };

        var (_, body) = Marshall(input);

        Assert.Equal("my-own-token", body.GetProperty("ClientToken").GetString());
        Assert.Equal("my-own-token", input.ClientToken);
    }

    [Fact]
    public void Strings_are_json_escaped_and_utf8()
    {
        var (request, body) = Marshall(new MonitorContactRequest { ContactId = "quote\" back\\ é ☎" });

        Assert.Equal("quote\" back\\ é ☎", body.GetProperty("ContactId").GetString());
        Assert.DoesNotContain((byte)0xEF, request.Content.Take(3)); // no BOM
        Assert.StartsWith("{", Encoding.UTF8.GetString(request.Content));
    }
}
