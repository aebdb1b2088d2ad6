using System.Management.Automation;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Inputs;

/// <summary>
/// A key that would put a control character (or anything but printable ASCII) into a header is refused before
/// sending, and the error says which key, never what is in a secret: not the value, not the offending character.
/// </summary>
public sealed class CredentialTextTests(ConnectDoubleFixture connect) : IClassFixture<ConnectDoubleFixture>
{
    private const string Secret = "Sup3rS3cretValue";

    [Theory]
    [InlineData("-SecretKey \"$secret`r`nX-Injected: yes\"", "secret access key")]
    [InlineData("-SecretKey \"$secret$([char]0xE9)\"", "secret access key")]
    [InlineData("-SecretKey \"$([char]27)[2J$secret\"", "secret access key")]
    [InlineData("-SecretKey $secret -SessionToken \"tok`nen$secret\"", "session token")]
    public void A_secret_with_a_header_breaking_character_is_refused_without_showing_it(string keys, string named)
    {
        var contact = connect.NewContacts(1)[0];
        using var ps = connect.NewSession().SetVariable("c", contact).SetVariable("secret", Secret);

        var run = ps.Run($"Start-ConnectContactMonitor $c -InstanceId $instance -UserId $user -Region $region -EndpointUrl $endpoint -AccessKey AKIDTEXTTEST {keys}");

        var error = Assert.Single(run.Errors);
        ErrorAssert.Is(error, "InvalidCredentials", ErrorCategory.AuthenticationError, contact);
        var message = error.Exception.Message;
        Assert.Contains(named, message);
        Assert.DoesNotContain(Secret, message);
        Assert.DoesNotContain("X-Injected", message);
        Assert.DoesNotContain("U+", message);
        Assert.Empty(connect.RequestsFor(contact));
    }
}
