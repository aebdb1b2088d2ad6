using System.Collections.Generic;

namespace ConnectMonitor.Engine.Readiness
{
    /// <summary>One input to check: a supervisor (id or login name) in an instance, optionally a contact, and the capabilities asked.</summary>
    public sealed class ReadinessInput
    {
        /// <summary>The instance id.</summary>
        public string InstanceId { get; set; }

        /// <summary>The region named by an ARN, or null for the session's region.</summary>
        public string Region { get; set; }

        /// <summary>The contact id, or null to check the supervisor and instance alone.</summary>
        public string ContactId { get; set; }

        /// <summary>The supervisor's user id, or null when <see cref="UserName"/> is given.</summary>
        public string UserId { get; set; }

        /// <summary>The supervisor's login name, or null when <see cref="UserId"/> is given.</summary>
        public string UserName { get; set; }

        /// <summary>SILENT_MONITOR and/or BARGE (upper case); empty for the service default.</summary>
        public IReadOnlyList<string> Capabilities { get; set; } = new string[0];
    }
}
