using System;

namespace ConnectMonitor
{
    /// <summary>
    /// No request can be made with the credentials, region or endpoint settings (NoCredentials, NoRegion,
    /// ProfileNotFound, UnknownRegion...): <c>catch [ConnectMonitor.ContactMonitorConfigurationException]</c>.
    /// Raised before anything is sent.
    /// </summary>
    public sealed class ContactMonitorConfigurationException : ContactMonitorException
    {
        /// <summary>Creates the exception.</summary>
        public ContactMonitorConfigurationException(string errorId, string message, string contactId, Exception innerException = null)
            : base(errorId, message, contactId, innerException)
        {
        }

        /// <summary>Creates the exception about one contact, instance and supervisor.</summary>
        public ContactMonitorConfigurationException(string errorId, string message, string contactId, string instanceId, string userId, Exception innerException)
            : base(errorId, message, contactId, instanceId, userId, innerException)
        {
        }
    }
}
