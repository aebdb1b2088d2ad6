using System.IO;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>
    /// Reads an answer's body for every operation's unmarshaller: at most a cap (a bigger body is a
    /// <see cref="ResponseTooLargeException"/>, not read whole), and a connection cut before the body is complete is a
    /// <see cref="ResponseCutException"/> (a transport failure, not a malformed answer).
    /// </summary>
    internal static class ResponseBody
    {
        /// <summary>The most bytes of an answer read for the operations other than MonitorContact: far more than any page.</summary>
        public const int ReadAnswerMaxBytes = 8 * 1024 * 1024;

        /// <summary>Reads the body of an answer to <paramref name="operation"/>, up to <paramref name="maxBytes"/>.</summary>
        public static byte[] ReadCapped(Stream stream, int maxBytes, string operation)
        {
            using (var copy = new MemoryStream())
            {
                var buffer = new byte[16 * 1024];
                try
                {
                    int read;
                    while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                    {
                        copy.Write(buffer, 0, read);
                        if (copy.Length > maxBytes)
                        {
                            throw new ResponseTooLargeException(maxBytes, operation);
                        }
                    }
                }
                catch (IOException ex) when (!(ex is ResponseCutException))
                {
                    throw new ResponseCutException(copy.Length, ex);
                }

                return copy.ToArray();
            }
        }
    }
}
