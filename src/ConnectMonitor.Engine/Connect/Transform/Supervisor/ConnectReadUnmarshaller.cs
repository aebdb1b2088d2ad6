using System.Text.Json;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>
    /// Base of every operation's answer reader but MonitorContact's: the body is read through <see cref="ResponseBody"/>
    /// (capped, a cut body is a transport failure), an empty body or one that is not a JSON object is an invalid answer
    /// (never "nothing there"), and the operation only says how its members are read (<see cref="Read"/>), with
    /// <see cref="ConnectJson"/>'s readers, which clean every string and fail on a required list that is missing.
    /// </summary>
    internal abstract class ConnectReadUnmarshaller<TResponse> : ConnectJsonUnmarshaller
        where TResponse : ConnectReadResponse, new()
    {
        private const int MaxBodyBytes = ResponseBody.ReadAnswerMaxBytes;

        private readonly string _operation;

        protected ConnectReadUnmarshaller(string operation)
        {
            _operation = operation;
        }

        /// <summary>An error body is read up to <see cref="MaxBodyBytes"/>, like a success body.</summary>
        protected override long MaxErrorBodyBytes
        {
            get { return MaxBodyBytes; }
        }

        public sealed override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext context)
        {
            var response = new TResponse();
            byte[] body;
            try
            {
                body = ResponseBody.ReadCapped(context.Stream, MaxBodyBytes, _operation);
            }
            catch (ResponseTooLargeException)
            {
                // Not thrown on: the SDK would read the whole rest of the body into its exception's message.
                response.BodyLimitExceeded = true;
                return response;
            }

            if (body.Length == 0)
            {
                throw new JsonException("The " + _operation + " answer is empty (HTTP 200 without a body).");
            }

            using (JsonDocument document = JsonDocument.Parse(body))
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    throw new JsonException("The " + _operation + " answer is not a JSON object but " + document.RootElement.ValueKind + ".");
                }

                Read(document.RootElement, response);
            }

            return response;
        }

        /// <summary>Reads the answer's members into <paramref name="response"/>.</summary>
        protected abstract void Read(JsonElement root, TResponse response);
    }
}
