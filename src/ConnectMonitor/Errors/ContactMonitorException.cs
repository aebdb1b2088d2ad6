using System;

namespace ConnectMonitor
{
    /// <summary>
    /// Base of every exception ConnectMonitor puts in its ErrorRecords, so a script can catch them all:
    /// <c>catch [ConnectMonitor.ContactMonitorException]</c>. These types live in ConnectMonitor.dll, the assembly
    /// PowerShell loads, so they can be named in PowerShell 7 and Windows PowerShell 5.1 alike (the engine's own types
    /// live in the module's private load context and are never what a script sees).
    /// </summary>
    public abstract class ContactMonitorException : Exception
    {
        /// <summary>Creates the exception.</summary>
        protected ContactMonitorException(string errorId, string message, string contactId, Exception innerException)
            : this(errorId, message, contactId, null, null, innerException)
        {
        }

        /// <summary>Creates the exception about one contact, instance and supervisor.</summary>
        protected ContactMonitorException(string errorId, string message, string contactId, string instanceId, string userId, Exception innerException)
            : base(message, innerException)
        {
            ErrorId = errorId;
            ContactId = contactId;
            InstanceId = instanceId;
            UserId = userId;
        }

        /// <summary>The error id, as in the ErrorRecord's FullyQualifiedErrorId (e.g. ResourceNotFoundException, NoCredentials).</summary>
        public string ErrorId { get; }

        /// <summary>The contact the error is about, as it was given (id or ARN); null when it is about the whole pipeline.</summary>
        public string ContactId { get; }

        /// <summary>The Amazon Connect instance the error is about, as it was given or taken from the contact's ARN; null when not known.</summary>
        public string InstanceId { get; }

        /// <summary>The supervisor's user id the error is about; null when not known (no -UserId, or a name not yet looked up).</summary>
        public string UserId { get; }
    }
}
