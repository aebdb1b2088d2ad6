using System;
using System.IO;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>The connection ended before the answer's body was complete: a transport failure.</summary>
    internal sealed class ResponseCutException : IOException
    {
        public ResponseCutException(long bytesRead, Exception innerException)
            : base($"the connection was cut after {bytesRead} bytes of the response body", innerException)
        {
        }
    }

    /// <summary>The answer's body is bigger than any answer to its operation can be; it was not read whole.</summary>
    internal sealed class ResponseTooLargeException : Exception
    {
        public ResponseTooLargeException(int limit, string operation)
            : base($"the response body is larger than {limit / 1024} KiB, far more than a {operation} answer; it was not read whole")
        {
        }
    }
}
