using System;

namespace ConnectMonitor.Engine.Pacing
{
    /// <summary>
    /// Every allowed attempt of one call has been sent: the call ends with the last attempt's failure (the inner
    /// exception). Not an exception type the SDK retries, so no further request goes out.
    /// </summary>
    internal sealed class AttemptBudgetSpentException : Exception
    {
        public AttemptBudgetSpentException(int attempts, Exception lastFailure)
            : base($"all {attempts} attempts were used", lastFailure)
        {
        }
    }
}
