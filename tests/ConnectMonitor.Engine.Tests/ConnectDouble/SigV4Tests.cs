using ConnectMonitor.ConnectDouble;
using Xunit;

namespace ConnectMonitor.Engine.Tests.ConnectDouble;

public sealed class SigV4Tests
{
    /// <summary>AWS's published SigV4 example (IAM ListUsers, 2015-08-30), independent of the double's own signer.</summary>
    [Fact]
    public void Matches_the_aws_documented_example_signature()
    {
        var headers = new Dictionary<string, string>
        {
            ["content-type"] = "application/x-www-form-urlencoded; charset=utf-8",
            ["host"] = "iam.amazonaws.com",
            ["x-amz-date"] = "20150830T123600Z",
        };
        var canonical = SigV4.CanonicalRequest("GET", "/", "?Action=ListUsers&Version=2010-05-08",
            ["content-type", "host", "x-amz-date"], h => [headers[h]], SigV4.Sha256Hex(""));
        Assert.Equal("f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59", SigV4.Sha256Hex(canonical));
        var sts = SigV4.StringToSign("20150830T123600Z", SigV4.Scope("20150830", "us-east-1", "iam"), canonical);
        Assert.Equal("5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7",
            SigV4.Signature("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "20150830", "us-east-1", "iam", sts));
    }
}
