using System;
using System.IO;
using System.Net;
using System.Text.Json;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>
    /// Reads MonitorContact answers. Success: {"ContactId", "ContactArn"} (unknown members ignored);
    /// the SDK base class adds the x-amzn-RequestId header as ResponseMetadata.RequestId and wraps any
    /// parse failure in an AmazonUnmarshallingException. Errors: see <see cref="ConnectErrorDetails"/>
    /// and <see cref="ConnectErrorFactory"/>; the base class sets RequestId on the exception.
    /// </summary>
    internal sealed class MonitorContactResponseUnmarshaller : ConnectJsonUnmarshaller
    {
        public static readonly MonitorContactResponseUnmarshaller Instance = new MonitorContactResponseUnmarshaller();

        /// <summary>The most bytes of an answer read (a MonitorContact answer is a few hundred): a bigger body is an error, not read whole.</summary>
        public const int MaxBodyBytes = 1024 * 1024;

        public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext context)
        {
            var response = new MonitorContactResponse();
            byte[] body;
            try
            {
                body = ResponseBody.ReadCapped(context.Stream, MaxBodyBytes, "MonitorContact");
            }
            catch (ResponseTooLargeException)
            {
                // Not thrown on: the SDK would read the whole rest of the body into its exception's message.
                response.BodyLimitExceeded = true;
                return response;
            }

            if (body.Length == 0)
            {
                return response;
            }

            using (JsonDocument document = JsonDocument.Parse(body))
            {
                JsonElement root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    throw new JsonException("MonitorContact answer is not a JSON object but " + root.ValueKind + ".");
                }
                response.ContactId = StringMember(root, "ContactId");
                response.ContactArn = StringMember(root, "ContactArn");
            }
            return response;
        }

        /// <summary>An error body is read up to <see cref="MaxBodyBytes"/>, like a success body.</summary>
        protected override long MaxErrorBodyBytes
        {
            get { return MaxBodyBytes; }
        }

        private static string StringMember(JsonElement root, string name)
        {
            JsonElement value;
            if (!root.TryGetProperty(name, out value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }
            if (value.ValueKind != JsonValueKind.String)
            {
                throw new JsonException("MonitorContact answer member " + name + " is " + value.ValueKind + ", not a string.");
            }
            return value.GetString();
        }
    }
}
