using System;

namespace ConnectMonitor
{
    /// <summary>
    /// One contact's input cannot be sent as given (a bad ARN, a missing instance id, an unknown capability, a row value
    /// the command line would override...): <c>catch [ConnectMonitor.ContactMonitorInputException]</c>. Nothing was
    /// sent for that contact; the ErrorRecord's TargetObject is the contact.
    /// </summary>
    public sealed class ContactMonitorInputException : ContactMonitorException
    {
        /// <summary>Creates the exception.</summary>
        public ContactMonitorInputException(string errorId, string message, string contactId, Exception innerException = null)
            : base(errorId, message, contactId, innerException)
        {
        }
    }
}
