using System;

namespace ConnectMonitor.Bulk
{
    /// <summary>How <see cref="OutcomeWriter{T}"/> shows a pipeline's progress: the activity, the word for an input that succeeded, and more text.</summary>
    internal sealed class OutcomeProgress
    {
        public OutcomeProgress(string activity, string succeeded, Func<string> detail)
        {
            Activity = activity;
            Succeeded = succeeded;
            Detail = detail;
        }

        /// <summary>The progress bar's activity (the cmdlet's name).</summary>
        public string Activity { get; }

        /// <summary>What an input that succeeded is called in the status ("started").</summary>
        public string Succeeded { get; }

        /// <summary>Text added to the status, or null for none (the pacing rate).</summary>
        public Func<string> Detail { get; }
    }
}
