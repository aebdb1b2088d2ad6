using System;
using System.IO;
using System.Net;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>
    /// Base of the supervisor operations' unmarshallers: error answers are read as for MonitorContact (code from
    /// x-amzn-ErrorType or __type, message, optional Reason) into the modelled exception types.
    /// </summary>
    internal abstract class ConnectJsonUnmarshaller : JsonResponseUnmarshaller
    {
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
