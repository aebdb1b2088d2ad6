using System;

namespace ConnectMonitor
{
    /// <summary>
    /// One contact's input cannot be sent as given (a bad ARN, a missing instance id, an unknown capability, a row value
    /// the command line would override...): <c>catch [ConnectMonitor.ContactMonitorInputException]</c>. Nothing was
    /// sent for that contact; the ErrorRecord's TargetObject is the input as it came (the contact, the CSV row, the piped object).
    /// </summary>
    public sealed class ContactMonitorInputException : ContactMonitorException
    {
        /// <summary>Creates the exception.</summary>
        public ContactMonitorInputException(string errorId, string message, string contactId, Exception innerException = null)
            : base(errorId, message, contactId, innerException)
        {
        }

        /// <summary>Creates the exception about one contact, instance and supervisor.</summary>
        public ContactMonitorInputException(string errorId, string message, string contactId, string instanceId, string userId, Exception innerException)
            : base(errorId, message, contactId, instanceId, userId, innerException)
        {
        }
    }
}
