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
    }
}
