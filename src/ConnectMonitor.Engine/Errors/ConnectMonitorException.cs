using System;
using ConnectMonitor.Engine.Text;

namespace ConnectMonitor.Engine.Errors
{
    /// <summary>
    /// Base of every failure the engine reports to the cmdlet layer. Engine exceptions never derive from AWS SDK
    /// types, so nothing from the SDK crosses into what PowerShell users see. The message is passed through
    /// <see cref="OutsideText"/> (it may quote a service or process), and the inner exception is a
    /// <see cref="OutsideError"/> stand-in, never the original from outside.
    /// </summary>
    public abstract class ConnectMonitorException : Exception
    {
        /// <summary>Creates the exception with a message a person can act on.</summary>
        protected ConnectMonitorException(string message, Exception innerException = null)
            : base(OutsideText.Clean(message, 4000), OutsideError.From(innerException))
        {
        }
    }
}
