using System.Collections.Generic;
using Amazon.Runtime.Internal;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>Service metadata the SDK runtime reads (service id for metrics, user agent and endpoint hooks).</summary>
    internal sealed class ConnectServiceMetadata : IServiceMetadata
    {
        public string ServiceId
        {
            get { return AmazonConnectConfig.ConnectServiceId; }
        }

        public IDictionary<string, string> OperationNameMapping
        {
            get { return new Dictionary<string, string>(0); }
        }
    }
}
