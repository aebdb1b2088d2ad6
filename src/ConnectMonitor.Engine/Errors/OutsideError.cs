using System;
using System.IO;
using ConnectMonitor.Engine.Text;

namespace ConnectMonitor.Engine.Errors
{
    /// <summary>
    /// An exception from outside the module (the AWS SDK, a credential object, a credential process, the network),
    /// as the user may see it: its original type name and its message passed through <see cref="OutsideText"/>, with
    /// its inner exceptions treated the same way. The engine's exceptions carry these instead of the originals, so
    /// hostile or secret-bearing text cannot reach $Error or Get-Error through an inner exception.
    /// </summary>
    internal sealed class OutsideError : Exception
    {
        private const int MaxDepth = 6;

        private OutsideError(string originalType, string message, Exception innerException)
            : base(message, innerException)
        {
            OriginalType = originalType;
        }

        /// <summary>The full .NET type name of the exception this stands for.</summary>
        public string OriginalType { get; }

        /// <summary>A safe stand-in for <paramref name="exception"/> and its inner exceptions; null for null.</summary>
        public static Exception From(Exception exception) => From(exception, 0);

        /// <summary>The message of <paramref name="exception"/>, cleaned (and withheld for file-parsing errors).</summary>
        public static string MessageOf(Exception exception)
        {
            if (exception == null)
            {
                return null;
            }

            // The SDK's ini parser quotes the offending line, which may hold a secret.
            if (exception is InvalidDataException)
            {
                return "a configuration file could not be parsed (its content is not shown)";
            }

            return OutsideText.Clean(exception.Message);
        }

        private static Exception From(Exception exception, int depth)
        {
            if (exception == null || depth >= MaxDepth)
            {
                return null;
            }

            if (exception is ConnectMonitorException || exception is OutsideError)
            {
                return exception;
            }

            return new OutsideError(exception.GetType().FullName, MessageOf(exception), From(exception.InnerException, depth + 1));
        }
    }
}
