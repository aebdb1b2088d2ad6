using System;
using System.Management.Automation;
using ConnectMonitor.Engine.Errors;
using ConnectMonitor.Engine.Monitoring;
using ConnectMonitor.Engine.Sessions;
using ConnectMonitor.Errors;

namespace ConnectMonitor.Bulk
{
    /// <summary>
    /// What one input came to, as <see cref="OutcomeWriter{T}"/> writes it: an object to write, an input error (nothing
    /// was sent), or an exception from the engine with what it was about. Each cmdlet's outcome adds what it alone knows.
    /// </summary>
    internal abstract class PipelineOutcome
    {
        /// <summary>What to write for an input that succeeded, or null.</summary>
        public abstract object Output { get; }

        /// <summary>The engine's exception for the input, or null.</summary>
        public Exception Error { get; protected set; }

        /// <summary>The input's own error (nothing was sent for it), or null.</summary>
        public ErrorRecord InputError { get; protected set; }

        /// <summary>What the call's error is about; null for an input error.</summary>
        public abstract ErrorSubject Subject { get; }

        /// <summary>True when the input brought its own session parameters: a configuration problem is then its own.</summary>
        public abstract bool SessionFromInput { get; }

        /// <summary>The region the input named (from an ARN), or null.</summary>
        public abstract string InputRegion { get; }

        /// <summary>The session the call went through, when a verbose line describes it.</summary>
        public virtual ConnectSession Service => null;

        /// <summary>A verbose line on what was sent and how it went, or null for none.</summary>
        public virtual string Describe() => null;

        /// <summary>The ErrorRecord of a service failure for this input.</summary>
        public virtual ErrorRecord ServiceFailure(ConnectServiceException failure) => ErrorRecordFactory.ForServiceFailure(failure, Subject.Target);
    }
}
