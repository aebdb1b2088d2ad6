using System.Management.Automation;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Tests.Credentials;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Inputs;

/// <summary>
/// The bad-input table: hostile and borderline inputs, each through the real cmdlet against the double. Per input:
/// exactly the expected error id (or one result), and for every rejected input the double received nothing.
/// In each script, $c is a live contact of the double, $arn its contact ARN, $p the usual parameters
/// (instance, user, region, endpoint), $q the same without the endpoint, $r the same without the region.
/// </summary>
public sealed class BadInputTableTests(ConnectDoubleFixture connect) : IClassFixture<ConnectDoubleFixture>
{
    private const string Validation = "ParameterArgumentValidationError";
    private const string Account = TestCredentials.AccountId;

    // 200 and 256 emoji: 400 and 512 UTF-16 units, within the model's 256 code points.
    private static readonly string Emoji200 = string.Concat(Enumerable.Repeat("\U0001F600", 200));
    private static readonly string Emoji256 = string.Concat(Enumerable.Repeat("\U0001F680", 256));

    public static TheoryData<string, string, string?> Cases => new()
    {
        // Accepted, trimmed where the rules say so.
        { "a plain id", "$c | Start-ConnectContactMonitor @p", null },
        { "an id padded with spaces", "\"  $c  \" | Start-ConnectContactMonitor @p", null },
        { "an id padded with tabs", "\"`t$c`t\" | Start-ConnectContactMonitor @p", null },
        { "an id padded with no-break spaces", "\"$([char]0xA0)$c$([char]0x2003)\" | Start-ConnectContactMonitor @p", null },
        { "a CSV row with a padded ContactId cell", "[pscustomobject]@{ ContactId = \" $c \"; InstanceId = \" $instance \"; UserId = \"$user \" } | Start-ConnectContactMonitor -Region $region -EndpointUrl $endpoint", null },
        { "200 emoji as the contact id", "$emoji200 | Start-ConnectContactMonitor @p", null },
        { "256 emoji as the contact id", "Start-ConnectContactMonitor $emoji256 @p", null },
        { "an object with Arn and Id", "[pscustomobject]@{ Arn = $arn; Id = 'not-this' } | Start-ConnectContactMonitor -UserId $user -EndpointUrl $endpoint", null },
        { "a Guid object", "[guid]$g | Start-ConnectContactMonitor @p", null },
        { "a piped region padded with spaces", "[pscustomobject]@{ ContactId = $c; Region = ' us-east-1 ' } | Start-ConnectContactMonitor @r", null },
        { "a piped user id padded with no-break spaces", "[pscustomobject]@{ ContactId = $c; UserId = \"$([char]0xA0)$user$([char]0xA0)\" } | Start-ConnectContactMonitor -InstanceId $instance -Region $region -EndpointUrl $endpoint", null },
        { "an emoji client token derived for a piped contact", "$c | Start-ConnectContactMonitor @p -ClientToken ([string]::Concat((1..499 | % { [char]::ConvertFromUtf32(0x1F511) })))", null },
        { "a 500-emoji client token", "Start-ConnectContactMonitor $c @p -ClientToken ([string]::Concat((1..500 | % { [char]::ConvertFromUtf32(0x1F511) })))", null },

        // Ids the model or the wire-text rules forbid: rejected at binding.
        { "an empty id", "'' | Start-ConnectContactMonitor @p", Validation },
        { "a whitespace-only id", "'   ' | Start-ConnectContactMonitor @p", Validation },
        { "a tab-only id", "\"`t`t\" | Start-ConnectContactMonitor @p", Validation },
        { "an id with CR inside", "\"c-1`rc-2\" | Start-ConnectContactMonitor @p", Validation },
        { "an id ending in LF", "\"$c`n\" | Start-ConnectContactMonitor @p", Validation },
        { "an id ending in CRLF", "\"$c`r`n\" | Start-ConnectContactMonitor @p", Validation },
        { "an id with NUL", "\"$c$([char]0)x\" | Start-ConnectContactMonitor @p", Validation },
        { "an id with ESC", "\"$c$([char]27)[2J\" | Start-ConnectContactMonitor @p", Validation },
        { "an id with BEL", "\"c$([char]7)x\" | Start-ConnectContactMonitor @p", Validation },
        { "an id with an inner tab", "\"c-1`tc-2\" | Start-ConnectContactMonitor @p", Validation },
        { "an id with DEL", "\"c$([char]0x7F)x\" | Start-ConnectContactMonitor @p", Validation },
        { "an id with C1 NEL", "\"c$([char]0x85)x\" | Start-ConnectContactMonitor @p", Validation },
        { "an id with C1 CSI", "\"c$([char]0x9B)2J\" | Start-ConnectContactMonitor @p", Validation },
        { "an id with a line separator", "\"c$([char]0x2028)x\" | Start-ConnectContactMonitor @p", Validation },
        { "an id with a lone high surrogate", "\"c$([char]0xD83D)x\" | Start-ConnectContactMonitor @p", Validation },
        { "an id with a lone low surrogate", "\"c$([char]0xDE00)\" | Start-ConnectContactMonitor @p", Validation },
        { "a 257-character id", "('c' * 257) | Start-ConnectContactMonitor @p", Validation },
        { "257 emoji as the contact id", "($emoji256 + [char]::ConvertFromUtf32(0x1F600)) | Start-ConnectContactMonitor @p", Validation },
        { "an instance id of 101 characters", "Start-ConnectContactMonitor $c -InstanceId ('i' * 101) -UserId $user -Region $region -EndpointUrl $endpoint", Validation },
        { "an instance id with CR", "Start-ConnectContactMonitor $c -InstanceId \"$instance`r\" -UserId $user -Region $region -EndpointUrl $endpoint", Validation },
        { "a whitespace-only piped instance id", "[pscustomobject]@{ ContactId = $c; InstanceId = '  ' } | Start-ConnectContactMonitor -UserId $user -Region $region -EndpointUrl $endpoint", Validation },
        { "a user id with CRLF", "Start-ConnectContactMonitor $c -InstanceId $instance -UserId \"$user`r`nX: y\" -Region $region -EndpointUrl $endpoint", Validation },
        { "a user id of 257 characters", "Start-ConnectContactMonitor $c -InstanceId $instance -UserId ('u' * 257) -Region $region -EndpointUrl $endpoint", Validation },
        { "a client token with ESC", "Start-ConnectContactMonitor $c @p -ClientToken \"t$([char]27)x\"", Validation },
        { "a client token of 501 characters", "Start-ConnectContactMonitor $c @p -ClientToken ('t' * 501)", Validation },
        { "an ARN with LF", "\"$arn`n\" | Start-ConnectContactMonitor -UserId $user -EndpointUrl $endpoint", Validation },
        { "a rate of 1e-9 requests per second", "Start-ConnectContactMonitor $c @p -MaxRequestsPerSecond 1e-9", Validation },
        { "a negative rate", "Start-ConnectContactMonitor $c @p -MaxRequestsPerSecond -1", Validation },
        { "a NaN rate", "Start-ConnectContactMonitor $c @p -MaxRequestsPerSecond ([double]::NaN)", Validation },

        // Contact ARNs: every part checked before anything is sent.
        { "an instance ARN", $"\"arn:aws:connect:us-east-1:{Account}:instance/$instance\" | Start-ConnectContactMonitor -UserId $user -EndpointUrl $endpoint", "InvalidContactArn" },
        { "another service's ARN", "'arn:aws:s3:::bucket/key' | Start-ConnectContactMonitor -UserId $user -EndpointUrl $endpoint", "InvalidContactArn" },
        { "an ARN whose region has a space", $"\"arn:aws:connect:us-east-1 :{Account}:instance/$instance/contact/$c\" | Start-ConnectContactMonitor -UserId $user -EndpointUrl $endpoint", "InvalidContactArn" },
        { "an ARN whose region is upper-case", $"\"arn:aws:connect:US-EAST-1:{Account}:instance/$instance/contact/$c\" | Start-ConnectContactMonitor -UserId $user -EndpointUrl $endpoint", "InvalidContactArn" },
        { "an ARN whose region has a dot", $"\"arn:aws:connect:evil.example.com:{Account}:instance/$instance/contact/$c\" | Start-ConnectContactMonitor -UserId $user -EndpointUrl $endpoint", "InvalidContactArn" },
        { "an aws ARN in a China region", $"\"arn:aws:connect:cn-north-1:{Account}:instance/$instance/contact/$c\" | Start-ConnectContactMonitor -UserId $user -EndpointUrl $endpoint", "InvalidContactArn" },
        { "an aws ARN in a GovCloud region", $"\"arn:aws:connect:us-gov-west-1:{Account}:instance/$instance/contact/$c\" | Start-ConnectContactMonitor -UserId $user -EndpointUrl $endpoint", "InvalidContactArn" },
        { "an aws-cn ARN in us-east-1", $"\"arn:aws-cn:connect:us-east-1:{Account}:instance/$instance/contact/$c\" | Start-ConnectContactMonitor -UserId $user -EndpointUrl $endpoint", "InvalidContactArn" },
        { "an ARN with an unknown partition", $"\"arn:amazon:connect:us-east-1:{Account}:instance/$instance/contact/$c\" | Start-ConnectContactMonitor -UserId $user -EndpointUrl $endpoint", "InvalidContactArn" },
        { "an ARN with an 11-digit account", "\"arn:aws:connect:us-east-1:12345678901:instance/$instance/contact/$c\" | Start-ConnectContactMonitor -UserId $user -EndpointUrl $endpoint", "InvalidContactArn" },
        { "an ARN with letters in the account", "\"arn:aws:connect:us-east-1:12345678901x:instance/$instance/contact/$c\" | Start-ConnectContactMonitor -UserId $user -EndpointUrl $endpoint", "InvalidContactArn" },
        { "an ARN with a 101-character instance id", $"\"arn:aws:connect:us-east-1:{Account}:instance/$('i' * 101)/contact/$c\" | Start-ConnectContactMonitor -UserId $user -EndpointUrl $endpoint", "InvalidContactArn" },
        { "an ARN with a 257-character contact id", $"\"arn:aws:connect:us-east-1:{Account}:instance/$instance/contact/$('c' * 257)\" | Start-ConnectContactMonitor -UserId $user -EndpointUrl $endpoint", "InvalidContactArn" },
        { "an ARN with an empty contact id", $"\"arn:aws:connect:us-east-1:{Account}:instance/$instance/contact/\" | Start-ConnectContactMonitor -UserId $user -EndpointUrl $endpoint", "InvalidContactArn" },
        { "an ARN in an unknown region without an endpoint", $"\"arn:aws:connect:mars-1:{Account}:instance/$instance/contact/$c\" | Start-ConnectContactMonitor -UserId $user", "UnknownRegion" },
        { "an ARN whose instance differs from -InstanceId", "$arn | Start-ConnectContactMonitor -InstanceId other-instance -UserId $user -EndpointUrl $endpoint", "InstanceIdConflict" },
        { "an ARN whose region differs from -Region", "$arn | Start-ConnectContactMonitor -Region eu-west-2 -UserId $user -EndpointUrl $endpoint", "RegionConflict" },

        // An instance ARN as -InstanceId follows the same rules as a contact ARN's parts.
        { "a valid instance ARN as -InstanceId", $"Start-ConnectContactMonitor $c -InstanceId \"arn:aws:connect:us-east-1:{Account}:instance/$instance\" -UserId $user -EndpointUrl $endpoint", null },
        { "an aws instance ARN in a China region", $"Start-ConnectContactMonitor $c -InstanceId \"arn:aws:connect:cn-north-1:{Account}:instance/$instance\" -UserId $user -EndpointUrl $endpoint", "InvalidInstanceArn" },
        { "an instance ARN with an 11-digit account", "Start-ConnectContactMonitor $c -InstanceId \"arn:aws:connect:us-east-1:12345678901:instance/$instance\" -UserId $user -EndpointUrl $endpoint", "InvalidInstanceArn" },
        { "an instance ARN whose region has a dot", $"Start-ConnectContactMonitor $c -InstanceId \"arn:aws:connect:evil.example.com:{Account}:instance/$instance\" -UserId $user -EndpointUrl $endpoint", "InvalidInstanceArn" },
        { "an instance ARN with an unknown partition", $"Start-ConnectContactMonitor $c -InstanceId \"arn:amazon:connect:us-east-1:{Account}:instance/$instance\" -UserId $user -EndpointUrl $endpoint", "InvalidInstanceArn" },
        { "an instance ARN with an ESC in its instance id", $"Start-ConnectContactMonitor $c -InstanceId \"arn:aws:connect:us-east-1:{Account}:instance/ab$([char]27)cd\" -UserId $user -EndpointUrl $endpoint", Validation },
        { "an instance ARN with a 101-character instance id", $"Start-ConnectContactMonitor $c -InstanceId \"arn:aws:connect:us-east-1:{Account}:instance/$('i' * 101)\" -UserId $user -EndpointUrl $endpoint", "InvalidInstanceArn" },
        { "a contact ARN as -InstanceId", "Start-ConnectContactMonitor $c -InstanceId $arn -UserId $user -EndpointUrl $endpoint", "InvalidInstanceArn" },

        // Objects that carry no contact.
        { "an Import-Csv row whose header says Contact", "[pscustomobject]@{ Contact = $c; InstanceId = $instance } | Start-ConnectContactMonitor -UserId $user -Region $region -EndpointUrl $endpoint", "NoContactProperty" },
        { "a hashtable", "@{ ContactId = $c } | Start-ConnectContactMonitor @p", "NoContactProperty" },
        { "a date", "[datetime]::UtcNow | Start-ConnectContactMonitor @p", "NoContactProperty" },
        { "a file", "[System.IO.FileInfo]::new('/tmp') | Start-ConnectContactMonitor @p", "NoContactProperty" },
        { "a process (its Id is a number)", "[System.Diagnostics.Process]::GetCurrentProcess() | Start-ConnectContactMonitor @p", "NoContactProperty" },
        { "a number", "42 | Start-ConnectContactMonitor @p", "NoContactProperty" },
        { "an object whose ContactId is empty", "[pscustomobject]@{ ContactId = ''; InstanceId = $instance } | Start-ConnectContactMonitor -UserId $user -Region $region -EndpointUrl $endpoint", Validation },
        { "an object whose Id is empty and no other contact property", "[pscustomobject]@{ Id = $null; Name = 'x' } | Start-ConnectContactMonitor @p", "NoContactProperty" },

        // One input's own endpoint, region and credentials.
        { "a piped ftp endpoint", "[pscustomobject]@{ ContactId = $c; EndpointUrl = 'ftp://127.0.0.1/' } | Start-ConnectContactMonitor @q", "InvalidEndpoint" },
        { "a piped endpoint that is no URL", "[pscustomobject]@{ ContactId = $c; EndpointUrl = 'not a url' } | Start-ConnectContactMonitor @q", "InvalidEndpoint" },
        { "a piped region that is not a host label", "[pscustomobject]@{ ContactId = $c; Region = 'us_east_1' } | Start-ConnectContactMonitor @r", "UnknownRegion" },
        { "a piped unknown region without an endpoint", "[pscustomobject]@{ ContactId = $c; Region = 'mars-1' } | Start-ConnectContactMonitor -InstanceId $instance -UserId $user", "UnknownRegion" },
        { "a piped access key without a secret", "[pscustomobject]@{ ContactId = $c; AccessKey = 'AKIDONLY' } | Start-ConnectContactMonitor @p", "InvalidCredentials" },
        { "a piped access key with CRLF", "[pscustomobject]@{ ContactId = $c; AccessKey = \"AKID`r`nX-Injected: yes\"; SecretKey = 'secret' } | Start-ConnectContactMonitor @p", "InvalidCredentials" },
        { "a piped secret key with LF", "[pscustomobject]@{ ContactId = $c; AccessKey = 'AKIDX'; SecretKey = \"se`ncret\" } | Start-ConnectContactMonitor @p", "InvalidCredentials" },
        { "a piped session token with NUL", "[pscustomobject]@{ ContactId = $c; AccessKey = 'AKIDX'; SecretKey = 'secret'; SessionToken = \"tok$([char]0)en\" } | Start-ConnectContactMonitor @p", "InvalidCredentials" },
        { "-AccessKey with CRLF and a header", "Start-ConnectContactMonitor $c @p -AccessKey \"AKID`r`nX-Injected: yes\" -SecretKey secret", "InvalidCredentials" },
        { "-EndpointUrl with CRLF and a header", "Start-ConnectContactMonitor $c @q -EndpointUrl \"$endpoint`r`nX-Injected: yes\"", "InvalidEndpoint" },
        { "-Region with a trailing LF", "Start-ConnectContactMonitor $c @r -Region \"us-east-1`n\"", "UnknownRegion" },
        { "-Region that is a host name", "Start-ConnectContactMonitor $c @r -Region 'evil.example.com'", "UnknownRegion" },
        { "-SecretKey with a non-ASCII character", "Start-ConnectContactMonitor $c @p -AccessKey AKIDX -SecretKey \"s$([char]0xE9)cret\"", "InvalidCredentials" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_input_gets_its_error_id_or_its_result_and_rejected_ones_send_nothing(string name, string script, string? errorId)
    {
        var contact = connect.NewContacts(1, "table")[0];
        var guid = Guid.NewGuid().ToString();
        connect.Server.World.AddContacts(TestCredentials.InstanceId, [Emoji200, Emoji256, guid]);
        using var ps = connect.NewSession()
            .SetVariable("c", contact)
            .SetVariable("g", guid)
            .SetVariable("emoji200", Emoji200)
            .SetVariable("emoji256", Emoji256)
            .SetVariable("arn", $"arn:aws:connect:{TestCredentials.Region}:{Account}:instance/{TestCredentials.InstanceId}/contact/{contact}");
        ps.Run("""
            $p = @{ InstanceId = $instance; UserId = $user; Region = $region; EndpointUrl = $endpoint }
            $q = @{ InstanceId = $instance; UserId = $user; Region = $region }
            $r = @{ InstanceId = $instance; UserId = $user; EndpointUrl = $endpoint }
            """).AssertNoErrors();
        var before = connect.Server.Requests.Count;

        var run = ps.Run(script);

        var errors = run.Errors.Select(e => e.FullyQualifiedErrorId.Split(',')[0]).ToList();
        if (run.Exception is IContainsErrorRecord terminating && !run.Errors.Any(e => ReferenceEquals(e, terminating.ErrorRecord)))
        {
            errors.Add(terminating.ErrorRecord.FullyQualifiedErrorId.Split(',')[0]);
        }

        var sent = connect.Server.Requests.Skip(before).ToList();
        if (errorId == null)
        {
            Assert.True(errors.Count == 0, $"{name}: {string.Join("; ", run.Errors.Select(e => e.FullyQualifiedErrorId + " " + e.Exception.Message))}");
            Assert.Single(run.Output);
            var request = Assert.Single(sent);
            Assert.Equal(200, request.ResponseStatus);
        }
        else
        {
            Assert.Equal([errorId], errors);
            Assert.Empty(run.Output);
            Assert.Empty(sent);
        }
    }
}
