using System;
using System.IO;
using System.Text.Json;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>
    /// Turns a <see cref="MonitorContactRequest"/> into the HTTP request of the rest-json protocol:
    /// POST /contact/monitor, Content-Type application/json, a JSON object with the members that are set.
    /// </summary>
    /// <remarks>
    /// The SDK marshals once per call, outside the retry loop, so the ClientToken filled in here is
    /// the same on every attempt of that call.
    /// </remarks>
    internal sealed class MonitorContactRequestMarshaller : IMarshaller<IRequest, AmazonWebServiceRequest>
    {
        public const string HttpMethod = "POST";
        public const string ResourcePath = "/contact/monitor";

        public static readonly MonitorContactRequestMarshaller Instance = new MonitorContactRequestMarshaller();

        public IRequest Marshall(AmazonWebServiceRequest input)
        {
            return Marshall((MonitorContactRequest)input);
        }

        public IRequest Marshall(MonitorContactRequest input)
        {
            if (input == null)
            {
                throw new ArgumentNullException(nameof(input));
            }

            // The model marks ClientToken as an idempotency token: the SDK fills it when unset.
            // It is written back so the caller can see which token the call used.
            if (string.IsNullOrEmpty(input.ClientToken))
            {
                input.ClientToken = Guid.NewGuid().ToString();
            }

            IRequest request = new DefaultRequest(input, AmazonConnectConfig.ConnectServiceId);
            request.HttpMethod = HttpMethod;
            request.ResourcePath = ResourcePath;
            request.Headers["Content-Type"] = "application/json";
            request.Content = WriteBody(input);
            return request;
        }

        private static byte[] WriteBody(MonitorContactRequest input)
        {
            using (var buffer = new MemoryStream())
            {
                using (var json = new Utf8JsonWriter(buffer))
                {
                    json.WriteStartObject();
                    WriteIfSet(json, "InstanceId", input.InstanceId);
                    WriteIfSet(json, "ContactId", input.ContactId);
                    WriteIfSet(json, "UserId", input.UserId);
                    if (input.AllowedMonitorCapabilities != null)
                    {
                        json.WriteStartArray("AllowedMonitorCapabilities");
                        foreach (string capability in input.AllowedMonitorCapabilities)
                        {
                            json.WriteStringValue(capability);
                        }
                        json.WriteEndArray();
                    }
                    WriteIfSet(json, "ClientToken", input.ClientToken);
                    json.WriteEndObject();
                }
                return buffer.ToArray();
            }
        }

        private static void WriteIfSet(Utf8JsonWriter json, string name, string value)
        {
            if (value != null)
            {
                json.WriteString(name, value);
            }
        }
    }
}
