using System.Collections.Generic;
using System.Linq;

namespace ConnectMonitor.Engine.Readiness
{
    /// <summary>Whether one supervisor can monitor one contact (or at all, without a contact), check by check.</summary>
    public sealed class ReadinessReport
    {
        /// <summary>Creates a report.</summary>
        public ReadinessReport(ReadinessInput input, string region, string userId, string userName, string channel, IReadOnlyList<ReadinessCheckResult> checks)
        {
            Input = input;
            Region = region;
            UserId = userId;
            UserName = userName;
            Channel = channel;
            Checks = checks;
        }

        /// <summary>The input as checked.</summary>
        public ReadinessInput Input { get; }

        /// <summary>The region the reads went to.</summary>
        public string Region { get; }

        /// <summary>The supervisor's user id, when known.</summary>
        public string UserId { get; }

        /// <summary>The supervisor's login name, when known.</summary>
        public string UserName { get; }

        /// <summary>The contact's channel, when known.</summary>
        public string Channel { get; }

        /// <summary>Every check, in a fixed order.</summary>
        public IReadOnlyList<ReadinessCheckResult> Checks { get; }

        /// <summary>True when no check failed.</summary>
        public bool Ready => Checks.All(c => c.Status != ReadinessStatus.Fail);
    }
}
