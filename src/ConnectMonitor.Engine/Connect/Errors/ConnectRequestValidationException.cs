using Amazon.Runtime;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>
    /// A request breaks a constraint of the service model (a required member missing, a length, a count, an enum
    /// value). Raised while marshalling, before anything is sent.
    /// </summary>
    internal sealed class ConnectRequestValidationException : AmazonClientException
    {
        /// <summary>Creates the exception; the message names the operation, the member and the constraint.</summary>
        public ConnectRequestValidationException(string message) : base(message)
        {
        }
    }
}
