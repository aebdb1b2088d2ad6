using System;
using System.IO;
using System.Net;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>
    /// Base of the Connect operations' unmarshallers (MonitorContact and the supervisor operations): error answers are
    /// read (code from x-amzn-ErrorType or __type, message, optional Reason) into the modelled exception types.
    /// </summary>
    internal abstract class ConnectJsonUnmarshaller : JsonResponseUnmarshaller
    {
        /// <summary>
        /// How much of an error body is read at the most; reading stops once more than this has arrived. Unbounded
        /// unless an operation caps it.
        /// </summary>
        protected virtual long MaxErrorBodyBytes
        {
            get { return long.MaxValue; }
        }

        public override AmazonServiceException UnmarshallException(JsonUnmarshallerContext context,
            Exception innerException, HttpStatusCode statusCode)
        {
            var headers = context.ResponseData;
            ConnectErrorDetails details = ConnectErrorDetails.Read(
                statusCode,
                headers.GetHeaderValue("x-amzn-ErrorType"),
                headers.GetHeaderValue("x-amzn-error-message"),
                ReadAllTolerant(context.Stream, MaxErrorBodyBytes));
            return ConnectErrorFactory.Create(details, statusCode, headers.GetHeaderValue("x-amzn-RequestId"), innerException);
        }

        /// <summary>Reads what arrives of an error body (until more than <paramref name="maxBytes"/>); a connection cut mid-body keeps the part read.</summary>
        private static byte[] ReadAllTolerant(Stream stream, long maxBytes)
        {
            var copy = new MemoryStream();
            try
            {
                var buffer = new byte[16 * 1024];
                int read;
                while (copy.Length <= maxBytes && (read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    copy.Write(buffer, 0, read);
                }
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
