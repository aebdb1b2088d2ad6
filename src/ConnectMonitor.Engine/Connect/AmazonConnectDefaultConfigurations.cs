using System;
using System.Collections.Generic;
using Amazon.Runtime;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>
    /// The SDK "defaults modes" (AWS_DEFAULTS_MODE / defaults_mode) for the Connect client: the same
    /// values every AWS service ships with in the SDK's sdk-default-configuration data.
    /// </summary>
    internal static class AmazonConnectDefaultConfigurations
    {
        public static IEnumerable<IDefaultConfiguration> All()
        {
            return new[]
            {
                Mode(DefaultConfigurationMode.Standard, connectTimeoutMs: 3100),
                Mode(DefaultConfigurationMode.InRegion, connectTimeoutMs: 1100),
                Mode(DefaultConfigurationMode.CrossRegion, connectTimeoutMs: 3100),
                Mode(DefaultConfigurationMode.Mobile, connectTimeoutMs: 30000),
                Mode(DefaultConfigurationMode.Auto, connectTimeoutMs: 1100),
            };
        }

        private static IDefaultConfiguration Mode(DefaultConfigurationMode name, double connectTimeoutMs)
        {
            return new DefaultConfiguration
            {
                Name = name,
                RetryMode = RequestRetryMode.Standard,
                S3UsEast1RegionalEndpoint = S3UsEast1RegionalEndpointValue.Regional,
                ConnectTimeout = TimeSpan.FromMilliseconds(connectTimeoutMs),
                TlsNegotiationTimeout = TimeSpan.FromMilliseconds(connectTimeoutMs),
                TimeToFirstByteTimeout = null,
                HttpRequestTimeout = null,
            };
        }
    }
}
