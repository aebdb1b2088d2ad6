using System;

namespace ConnectMonitor
{
    /// <summary>
    /// A call failed in a way the module does not classify (UnexpectedError): the safety net, so that every error a
    /// script can catch is still a <see cref="ContactMonitorException"/>; the original is the inner exception.
    /// </summary>
    public sealed class ContactMonitorUnexpectedException : ContactMonitorException
    {
        /// <summary>Creates the exception.</summary>
        public ContactMonitorUnexpectedException(string message, string contactId, Exception innerException)
            : base(Errors.ErrorIds.UnexpectedError, message, contactId, innerException)
        {
        }
    }
}
