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
    internal sealed class MonitorContactResponseUnmarshaller : JsonResponseUnmarshaller
    {
        public static readonly MonitorContactResponseUnmarshaller Instance = new MonitorContactResponseUnmarshaller();

        public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext context)
        {
            var response = new MonitorContactResponse();
            byte[] body = ReadAll(context.Stream);
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

        public override AmazonServiceException UnmarshallException(JsonUnmarshallerContext context,
            Exception innerException, HttpStatusCode statusCode)
        {
            var headers = context.ResponseData;
            ConnectErrorDetails details = ConnectErrorDetails.Read(
                statusCode,
                headers.GetHeaderValue("x-amzn-ErrorType"),
                headers.GetHeaderValue("x-amzn-error-message"),
                ReadAllTolerant(context.Stream));
            return ConnectErrorFactory.Create(details, statusCode, headers.GetHeaderValue("x-amzn-RequestId"), innerException);
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

        private static byte[] ReadAll(Stream stream)
        {
            using (var copy = new MemoryStream())
            {
                stream.CopyTo(copy);
                return copy.ToArray();
            }
        }

        /// <summary>Reads what arrives of an error body; a connection cut mid-body keeps the part read.</summary>
        private static byte[] ReadAllTolerant(Stream stream)
        {
            var copy = new MemoryStream();
            try
            {
                stream.CopyTo(copy);
            }
            catch (IOException)
            {
            }
            catch (ObjectDisposedException)
            {
            }
            return copy.ToArray();
        }
    }
}
