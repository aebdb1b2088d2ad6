using Amazon.Runtime;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>
    /// Base of the answers read by <see cref="ConnectReadUnmarshaller{TResponse}"/> (every operation but MonitorContact):
    /// whether the body was too big to read whole, which the call path reports as an invalid answer.
    /// </summary>
    internal abstract class ConnectReadResponse : AmazonWebServiceResponse
    {
        /// <summary>True when the body was bigger than the operation's cap; nothing of it was read.</summary>
        internal bool BodyLimitExceeded { get; set; }
    }
}
