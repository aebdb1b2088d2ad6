using Xunit;
using ConnectMonitor.Engine.Errors;
using ConnectMonitor.Engine.Text;

namespace ConnectMonitor.Engine.Tests.Text;

/// <summary>The one filter for text from outside: every kind of terminal escape and control character, and URLs with user information.</summary>
public sealed class OutsideTextTests
{
    [Theory]
    [InlineData("plain text stays", "plain text stays")]
    [InlineData("clear\u001b[2J\u001b[Hscreen", "clearscreen")]
    [InlineData("colour \u001b[1;31mred\u001b[0m off", "colour red off")]
    [InlineData("title \u001b]0;owned\u0007 set", "title  set")]
    [InlineData("title \u001b]2;owned\u001b\\ by ST", "title  by ST")]
    [InlineData("dcs \u001bP1$r0m\u001b\\ gone", "dcs  gone")]
    [InlineData("reset \u001bc terminal", "reset  terminal")]
    [InlineData("charset \u001b(B switch", "charset  switch")]
    [InlineData("8-bit csi \u009b31m red", "8-bit csi  red")]
    [InlineData("two\r\nlines", "two lines")]
    [InlineData("tab\there", "tab here")]
    [InlineData("nul\u0000bell\u0007bs\u0008del\u007f", "nul\uFFFDbell\uFFFDbs\uFFFDdel\uFFFD")]
    [InlineData("bidi \u202eevil\u202c and \u2066isolate\u2069", "bidi \uFFFDevil\uFFFD and \uFFFDisolate\uFFFD")]
    [InlineData("trailing escape \u001b", "trailing escape ")]
    [InlineData("unterminated \u001b[31", "unterminated ")]
    [InlineData("unicode 日本語 é stays", "unicode 日本語 é stays")]
    public void Clean_removes_escape_sequences_and_replaces_control_characters(string input, string expected) =>
        Assert.Equal(expected, OutsideText.Clean(input));

    [Fact]
    public void Clean_cuts_long_text_without_splitting_a_surrogate_pair()
    {
        var text = new string('a', 9) + "😀" + new string('b', 50);
        var clean = OutsideText.Clean(text, 10);
        Assert.Equal(new string('a', 9) + "…", clean);
        Assert.Null(OutsideText.Clean(null));
    }

    [Theory]
    [InlineData("http://user:pass@127.0.0.1:4566/", "http://***@127.0.0.1:4566/")]
    [InlineData("https://only-user@host.example/path?q=a@b", "https://***@host.example/path?q=a@b")]
    [InlineData("https://u:p@ss@host/", "https://***@host/")]
    [InlineData("http://host/path@not-userinfo", "http://host/path@not-userinfo")]
    [InlineData("https://vpce-1.connect.us-east-1.vpce.amazonaws.com", "https://vpce-1.connect.us-east-1.vpce.amazonaws.com")]
    [InlineData("ftp://a:b@c", "ftp://***@c")]
    [InlineData("not a url with @ sign", "***@ sign")]
    [InlineData("@", "***@")]
    public void Endpoint_user_information_is_replaced(string url, string expected) =>
        Assert.Equal(expected, EndpointText.Redact(url));

    [Fact]
    public void An_outside_exception_becomes_a_cleaned_stand_in_and_a_file_parse_error_shows_no_content()
    {
        var original = new InvalidOperationException("outer \u001b[2J", new System.IO.InvalidDataException("Line 3:<aws_secret_access_key SECRET> in file x"));

        var standIn = OutsideError.From(original)!;

        Assert.IsType<OutsideError>(standIn);
        Assert.Equal("System.InvalidOperationException", ((OutsideError)standIn).OriginalType);
        Assert.Equal("outer ", standIn.Message);
        Assert.DoesNotContain("SECRET", standIn.ToString());
        Assert.Equal("System.IO.InvalidDataException", ((OutsideError)standIn.InnerException!).OriginalType);
    }
}
