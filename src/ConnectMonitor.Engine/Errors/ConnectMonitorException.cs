using System;

namespace ConnectMonitor.Engine.Errors
{
    /// <summary>
    /// Base of every failure the engine reports to the cmdlet layer. Engine exceptions never derive from AWS SDK
    /// types, so nothing from the SDK crosses into what PowerShell users see.
    /// </summary>
    public abstract class ConnectMonitorException : Exception
    {
        /// <summary>Creates the exception with a message a person can act on.</summary>
        protected ConnectMonitorException(string message, Exception innerException = null)
            : base(message, innerException)
        {
        }
    }
}
