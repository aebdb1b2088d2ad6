using System;

namespace ConnectMonitor
{
    /// <summary>
    /// A name (a supervisor's -UserName, a Get-ConnectLiveContact filter) matched no resource in the instance
    /// (NameNotFound) or several (AmbiguousName): <c>catch [ConnectMonitor.ContactMonitorNameException] { $_.Exception.Name }</c>.
    /// </summary>
    public sealed class ContactMonitorNameException : ContactMonitorException
    {
        /// <summary>Creates the exception.</summary>
        public ContactMonitorNameException(string errorId, string message, string name, string resourceKind, string instanceId, string contactId = null, string userId = null)
            : base(errorId, message, contactId, instanceId, userId, null)
        {
            Name = name;
            ResourceKind = resourceKind;
        }

        /// <summary>The name as it was given.</summary>
        public string Name { get; }

        /// <summary>What kind of resource was named: user, queue, routing profile or user hierarchy group.</summary>
        public string ResourceKind { get; }
    }
}
