using Amazon.Runtime;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>
    /// The endpoint configuration cannot be resolved to a URL, e.g. FIPS together with a custom
    /// endpoint, or a missing region. Raised before anything is sent.
    /// </summary>
    internal sealed class ConnectEndpointException : AmazonClientException
    {
        /// <summary>Creates the exception with the rule set's message.</summary>
        public ConnectEndpointException(string message) : base(message)
        {
        }
    }
}
