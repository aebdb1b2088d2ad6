using Amazon.Runtime;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>
    /// Output of Amazon Connect MonitorContact. The request id (x-amzn-RequestId) is in
    /// <see cref="AmazonWebServiceResponse.ResponseMetadata"/>.RequestId.
    /// </summary>
    internal sealed class MonitorContactResponse : AmazonWebServiceResponse
    {
        /// <summary>The monitored contact's id.</summary>
        public string ContactId { get; set; }

        /// <summary>The monitored contact's ARN.</summary>
        public string ContactArn { get; set; }

        /// <summary>
        /// True when the answer's body was larger than any MonitorContact answer can be; it was not read whole (an
        /// exception from the unmarshaller would make the SDK read all of it for its error message) and nothing in it
        /// is used.
        /// </summary>
        internal bool BodyLimitExceeded { get; set; }
    }
}
