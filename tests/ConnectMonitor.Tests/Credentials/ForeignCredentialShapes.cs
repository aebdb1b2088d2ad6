// Stand-ins for credential objects from another AWSSDK.Core or from AWS Tools: same shape, different .NET types.
namespace Amazon.PowerShell.Common
{
    /// <summary>Shaped like AWS Tools' AWSPSCredentials (what Set-AWSCredential stores): the credentials sit in an internal property.</summary>
    public sealed class AWSPSCredentials(object credentials, string name)
    {
        internal object Credentials { get; } = credentials;

        public override string ToString() => name;
    }
}

namespace ConnectMonitor.Tests.Credentials
{
    /// <summary>Shaped like the SDK's AWSCredentials: a GetCredentials() method.</summary>
    public sealed class ForeignAwsCredentials(string accessKey, string secretKey, string? token)
    {
        public int Reads { get; private set; }

        public ForeignImmutableCredentials GetCredentials()
        {
            Reads++;
            return new ForeignImmutableCredentials(accessKey, secretKey, token);
        }
    }

    /// <summary>Shaped like the SDK's ImmutableCredentials.</summary>
    public sealed class ForeignImmutableCredentials(string accessKey, string secretKey, string? token)
    {
        public string AccessKey { get; } = accessKey;
        public string SecretKey { get; } = secretKey;
        public string? Token { get; } = token;
        public override string ToString() => "ForeignImmutableCredentials";
    }
}
