using ConnectMonitor.Engine.Arns;
using ConnectMonitor.Engine.Inputs;
using ConnectMonitor.Engine.Monitoring;
using ConnectMonitor.Engine.Sessions;
using Xunit;

namespace ConnectMonitor.Engine.Tests.Inputs;

/// <summary>The wire-text rules, the region and ARN checks and the code-point-safe token cut, without a runspace.</summary>
public sealed class WireTextTests
{
    [Theory]
    [InlineData("  abc  ", "abc")]
    [InlineData("\tabc\t", "abc")]
    [InlineData("\u00A0abc\u2003", "abc")]
    [InlineData("a b", "a b")]
    [InlineData("abc\r\n", "abc\r\n")] // line breaks are not trimmed: they are rejected
    [InlineData("   ", "")]
    public void Trim_removes_surrounding_blanks_only(string value, string expected) => Assert.Equal(expected, WireText.Trim(value));

    [Theory]
    [InlineData("abc", 1, 3, null)]
    [InlineData("abcd", 1, 3, "is 4 characters long")]
    [InlineData("", 1, 3, "is empty")]
    [InlineData("  ", 1, 3, "is only whitespace")]
    [InlineData("a\rb", 1, 9, "CR, U+000D")]
    [InlineData("a\nb", 1, 9, "LF, U+000A")]
    [InlineData("a\0b", 1, 9, "NUL, U+0000")]
    [InlineData("a\u001Bb", 1, 9, "ESC, U+001B")]
    [InlineData("a\u007Fb", 1, 9, "U+007F")]
    [InlineData("a\u0085b", 1, 9, "U+0085")]
    [InlineData("a\u009Bb", 1, 9, "U+009B")]
    [InlineData("a\u2029b", 1, 9, "line break (U+2029)")]
    public void Problem_names_the_rule(string value, int min, int max, string? expected)
    {
        var problem = WireText.Problem(value, min, max);
        if (expected == null)
        {
            Assert.Null(problem);
        }
        else
        {
            Assert.Contains(expected, problem);
        }
    }

    [Fact]
    public void Unpaired_surrogates_are_rejected()
    {
        // Built at run time: attribute data cannot carry a lone surrogate.
        Assert.Contains("unpaired surrogate (U+D83D)", WireText.Problem("a" + (char)0xD83D + "b", 1, 9));
        Assert.Contains("unpaired surrogate (U+DE00)", WireText.Problem(((char)0xDE00).ToString(), 1, 9));
        Assert.Null(WireText.Problem("a\U0001F600b", 1, 9));
    }

    [Fact]
    public void Lengths_count_code_points_not_UTF16_units()
    {
        var emoji256 = string.Concat(Enumerable.Repeat("\U0001F600", 256));
        Assert.Equal(512, emoji256.Length);
        Assert.Equal(256, WireText.CodePointCount(emoji256));
        Assert.Null(WireText.Problem(emoji256, 1, 256));
        Assert.NotNull(WireText.Problem(emoji256 + "x", 1, 256));
    }

    [Theory]
    [InlineData("AKIDEXAMPLE", null)]
    [InlineData("AKID EXAMPLE", "U+0020")]
    [InlineData("AKID\r\nX-Injected: yes", "CR, U+000D")]
    [InlineData("s\u00E9cret", "U+00E9")]
    public void Credential_strings_must_be_printable_ASCII(string value, string? expected)
    {
        var problem = WireText.CredentialProblem(value);
        if (expected == null)
        {
            Assert.Null(problem);
        }
        else
        {
            Assert.Contains(expected, problem);
            Assert.DoesNotContain(value, problem);
        }
    }

    [Fact]
    public void A_derived_client_token_is_never_cut_inside_a_surrogate_pair()
    {
        // 467 code points fit before "-" + 32 hex; cut at 467 UTF-16 units, the 234th emoji would be split.
        var given = string.Concat(Enumerable.Repeat("\U0001F511", 499));

        var token = ClientTokenDerivation.ForInput(given, "instance", "contact", "user");

        Assert.Null(WireText.CharacterProblem(token));
        Assert.Equal(ClientTokenDerivation.MaxLength, WireText.CodePointCount(token));
        Assert.StartsWith(string.Concat(Enumerable.Repeat("\U0001F511", 467)) + "-", token);
    }

    [Theory]
    [InlineData("us-east-1", false, null)]
    [InlineData("mars-1", true, null)]
    [InlineData("mars-1", false, "not a known AWS region")]
    [InlineData("us-east-1 ", true, "not a host label")]
    [InlineData("US-EAST-1", true, "not a host label")]
    [InlineData("evil.example.com", true, "not a host label")]
    [InlineData("-us", true, "not a host label")]
    [InlineData("", true, "is empty")]
    public void Regions_are_host_labels_and_known_unless_an_endpoint_is_given(string region, bool customEndpoint, string? expected)
    {
        var problem = RegionNames.Problem(region, customEndpoint);
        if (expected == null)
        {
            Assert.Null(problem);
        }
        else
        {
            Assert.Contains(expected, problem);
        }
    }

    [Theory]
    [InlineData("arn:aws:connect:us-east-1:123456789012:instance/i-1/contact/c-1", null)]
    [InlineData("arn:aws-cn:connect:cn-north-1:123456789012:instance/i-1/contact/c-1", null)]
    [InlineData("arn:aws-us-gov:connect:us-gov-west-1:123456789012:instance/i-1/contact/c-1", null)]
    [InlineData("arn:aws:connect:mars-1:123456789012:instance/i-1/contact/c-1", null)] // known-ness is the caller's check
    [InlineData("arn:aws:connect:cn-north-1:123456789012:instance/i-1/contact/c-1", "partition 'aws-cn', not 'aws'")]
    [InlineData("arn:aws-cn:connect:us-east-1:123456789012:instance/i-1/contact/c-1", "partition 'aws', not 'aws-cn'")]
    [InlineData("arn:AWS:connect:us-east-1:123456789012:instance/i-1/contact/c-1", "not an AWS partition name")]
    [InlineData("arn:aws:connect:us-east-1 :123456789012:instance/i-1/contact/c-1", "its region is not a host label")]
    [InlineData("arn:aws:connect:us-east-1:1234567890123:instance/i-1/contact/c-1", "12-digit")]
    [InlineData("arn:aws:connect:us-east-1:12345678901a:instance/i-1/contact/c-1", "12-digit")]
    public void Contact_ARN_parts_are_checked(string text, string? expected)
    {
        Assert.True(ContactArn.TryParse(text, out var arn));
        var problem = arn!.Problem();
        if (expected == null)
        {
            Assert.Null(problem);
        }
        else
        {
            Assert.Contains(expected, problem);
        }
    }

    [Fact]
    public void An_ARN_instance_id_is_limited_to_100_code_points_and_its_contact_id_to_256()
    {
        var emoji100 = string.Concat(Enumerable.Repeat("\U0001F600", 100));
        Assert.True(ContactArn.TryParse($"arn:aws:connect:us-east-1:123456789012:instance/{emoji100}/contact/c", out var ok));
        Assert.Null(ok!.Problem());
        Assert.True(ContactArn.TryParse($"arn:aws:connect:us-east-1:123456789012:instance/{emoji100}x/contact/c", out var longInstance));
        Assert.Contains("instance id", longInstance!.Problem());
        Assert.True(ContactArn.TryParse($"arn:aws:connect:us-east-1:123456789012:instance/i/contact/{new string('c', 257)}", out var longContact));
        Assert.Contains("contact id", longContact!.Problem());
    }
}
