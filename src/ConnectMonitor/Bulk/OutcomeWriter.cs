using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using ConnectMonitor.Engine.Errors;
using ConnectMonitor.Engine.Monitoring;
using ConnectMonitor.Engine.Sessions;
using ConnectMonitor.Errors;
using ConnectMonitor.Inputs;

namespace ConnectMonitor.Bulk
{
    /// <summary>
    /// Writes what a pipeline's inputs came to, in input order, on the pipeline thread: results, per-input errors (with
    /// their documented ids), progress (through <see cref="ProgressGate"/>) and verbose lines. Owns the pipeline's
    /// <see cref="OrderedCallQueue{T}"/>. A configuration problem every later input would meet too stops the pipeline,
    /// after the outcome of every call already sent is written; Ctrl+C ends any wait.
    /// </summary>
    /// <typeparam name="T">The cmdlet's outcome type.</typeparam>
    internal sealed class OutcomeWriter<T> : IDisposable
        where T : PipelineOutcome
    {
        private const int ProgressActivityId = 1;

        private readonly PSCmdlet _cmdlet;
        private readonly OrderedCallQueue<T> _calls;
        private readonly Func<ErrorRecord, T> _invalidInput;
        private readonly OutcomeProgress _progressText;
        private readonly ProgressGate _progress = new ProgressGate(TimeSpan.FromMilliseconds(250));
        private readonly HashSet<ConnectSession> _credentialSourceWritten = new HashSet<ConnectSession>();
        private int _inputsSeen;
        private int _succeeded;
        private int _failed;
        private int _declined;

        /// <summary>Call from BeginProcessing; <paramref name="progress"/> null shows no progress.</summary>
        public OutcomeWriter(PSCmdlet cmdlet, int throttleLimit, Func<ErrorRecord, T> invalidInput, OutcomeProgress progress)
        {
            _cmdlet = cmdlet;
            _calls = new OrderedCallQueue<T>(throttleLimit);
            _invalidInput = invalidInput;
            _progressText = progress;
            VerboseWanted = VerboseStreamWanted(cmdlet);
        }

        /// <summary>
        /// Whether WriteVerbose would write anything: -Verbose (or -Verbose:$false) wins, then $VerbosePreference as
        /// this command sees it. Read once per pipeline, as PowerShell itself does for the command's preferences.
        /// </summary>
        public bool VerboseWanted { get; }

        /// <summary>Cancelled by Stop; every call receives it.</summary>
        public CancellationToken Cancellation => _calls.Cancellation;

        /// <summary>Counts each input (for progress), writes its error in its place, or hands it to <paramref name="send"/>.</summary>
        public void ForEachInput(IEnumerable<ContactInput> inputs, Action<ContactInput> send)
        {
            foreach (var input in inputs)
            {
                _inputsSeen++;
                if (input.Error != null)
                {
                    WriteInputError(input.Error);
                    continue;
                }

                send(input);
            }
        }

        /// <summary>Counts an input declined at a -Confirm prompt as done, skipped.</summary>
        public void Declined()
        {
            _declined++;
            ReportProgress();
        }

        /// <summary>Adds the call for the next input and writes every outcome whose turn has come.</summary>
        public void Add(Func<CancellationToken, Task<T>> call, Func<Exception, T> failed) => WriteOutcomes(_calls.Add(call, failed));

        /// <summary>Writes an input's error in its place among the outcomes (nothing was sent for it).</summary>
        public void WriteInputError(ErrorRecord error) => WriteOutcomes(_calls.AddCompleted(_invalidInput(error)));

        /// <summary>
        /// An input's failure met before its call (a name's lookup): its error, or, for a configuration problem every
        /// input shares, the end of the pipeline after every call already sent is reported.
        /// </summary>
        public void WriteInputFailure(ErrorRecord error, ConnectConfigurationException configuration, bool sessionFromInput, string inputRegion)
        {
            if (configuration != null && StopsEveryInput(sessionFromInput, inputRegion, configuration))
            {
                WriteSentBeforeStopping();
                _cmdlet.ThrowTerminatingError(error);
            }

            WriteInputError(error);
        }

        /// <summary>Writes whatever is left (EndProcessing) and takes the progress bar down.</summary>
        public void Finish()
        {
            WriteOutcomes(_calls.Drain());
            if (_progress.Reported)
            {
                _cmdlet.WriteProgress(new ProgressRecord(ProgressActivityId, _progressText.Activity, ProgressStatus(final: true)) { RecordType = ProgressRecordType.Completed });
            }
        }

        /// <summary>Writes each line to the verbose stream when it is wanted (the lines are not read otherwise).</summary>
        public void WriteVerbose(Func<IEnumerable<string>> lines)
        {
            if (VerboseWanted)
            {
                foreach (var line in lines())
                {
                    _cmdlet.WriteVerbose(line);
                }
            }
        }

        /// <summary>A -Confirm prompt is never drawn under a progress bar: the bar is taken down first, and comes back after the answer.</summary>
        public void HideProgressBeforePrompt()
        {
            if (_progressText != null && _progress.Clear())
            {
                _cmdlet.WriteProgress(new ProgressRecord(ProgressActivityId, _progressText.Activity, ProgressStatus(final: false)) { RecordType = ProgressRecordType.Completed });
            }
        }

        /// <summary>Stops whatever is in flight (StopProcessing).</summary>
        public void Cancel() => _calls.Cancel();

        /// <summary>Cancels whatever is still in flight.</summary>
        public void Dispose() => _calls.Dispose();

        private void WriteOutcomes(IEnumerable<T> outcomes)
        {
            try
            {
                foreach (var outcome in outcomes)
                {
                    Write(outcome);
                }
            }
            catch (OperationCanceledException) when (_calls.IsCancelled)
            {
                throw new PipelineStoppedException();
            }
        }

        private void Write(T outcome)
        {
            // Describing a call costs more than the rest of writing it: only when the verbose stream is wanted.
            var described = VerboseWanted ? outcome.Describe() : null;
            if (described != null)
            {
                WriteCredentialSourceOnce(outcome.Service);
                _cmdlet.WriteVerbose(described);
            }

            if (outcome.Output != null)
            {
                _succeeded++;
                _cmdlet.WriteObject(outcome.Output);
                ReportProgress();
                return;
            }

            _failed++;
            ReportProgress();
            _cmdlet.WriteError(ErrorRecordOf(outcome));
        }

        /// <summary>Says once per service client where its credentials came from (a source, never a secret).</summary>
        private void WriteCredentialSourceOnce(ConnectSession service)
        {
            var source = service?.CredentialSource;
            if (source != null && _credentialSourceWritten.Add(service))
            {
                _cmdlet.WriteVerbose($"Credentials from {source}.");
            }
        }

        private ErrorRecord ErrorRecordOf(T outcome)
        {
            switch (outcome.Error)
            {
                case null:
                    return outcome.InputError;
                case ConnectServiceException service:
                    return outcome.ServiceFailure(service);
                case ConnectConfigurationException configuration when !StopsEveryInput(outcome, configuration):
                    // The input's own credentials, endpoint, region or ARN: an error for this input only.
                    return ErrorRecordFactory.ForConfiguration(configuration, outcome.Subject);
                case ConnectConfigurationException configuration:
                    // No credentials, no region, a missing profile, from the command line or the environment: nothing
                    // further in this pipeline can work. Report every call already sent, then stop.
                    WriteSentBeforeStopping();
                    _cmdlet.ThrowTerminatingError(ErrorRecordFactory.ForConfiguration(configuration, outcome.Subject));
                    return null;
                case OperationCanceledException _ when _calls.IsCancelled:
                    throw new PipelineStoppedException();
                case PipelineStoppedException _:
                case ActionPreferenceStopException _:
                    ExceptionDispatchInfo.Capture(outcome.Error).Throw();
                    return null;
                default:
                    // Anything the engine did not classify: an error for this input with a documented id, never a raw
                    // exception type as the id.
                    return ErrorRecordFactory.ForUnexpected(outcome.Error, outcome.Subject.Target);
            }
        }

        private static bool StopsEveryInput(T outcome, ConnectConfigurationException problem) =>
            StopsEveryInput(outcome.SessionFromInput, outcome.InputRegion, problem);

        /// <summary>
        /// A configuration problem (met by the call or by a name's lookup) stops the pipeline only when this input's
        /// session came from the command line and the environment alone (every later input would fail the same way)
        /// and it is not about a region the input named (<paramref name="inputRegion"/>, from its ARN).
        /// </summary>
        private static bool StopsEveryInput(bool sessionFromInput, string inputRegion, ConnectConfigurationException problem) =>
            !sessionFromInput &&
            !(problem.Problem == ConnectConfigurationProblem.UnknownRegion && !string.IsNullOrEmpty(inputRegion));

        /// <summary>
        /// Before a terminating error: writes the outcome of every call still in the queue that was sent or failed on
        /// its own account, so no call that reached the service goes unreported. Calls that failed on the same
        /// pipeline-wide problem were never sent and are not repeated.
        /// </summary>
        private void WriteSentBeforeStopping()
        {
            foreach (var pending in _calls.Drain())
            {
                if (pending.Error is ConnectConfigurationException other && StopsEveryInput(pending, other))
                {
                    continue;
                }

                Write(pending);
            }
        }

        private void ReportProgress()
        {
            if (_progressText != null && _progress.ShouldReport(_inputsSeen))
            {
                _cmdlet.WriteProgress(new ProgressRecord(ProgressActivityId, _progressText.Activity, ProgressStatus(final: false))
                {
                    PercentComplete = -1,
                });
            }
        }

        // Piped input arrives one item at a time, so until the end the total is only what has arrived so far (and says
        // so); inputs declined at a -Confirm prompt count as done, as skipped.
        private string ProgressStatus(bool final)
        {
            var done = _succeeded + _failed + _declined;
            var more = final || !_cmdlet.MyInvocation.ExpectingInput ? "" : " (more may follow)";
            return $"{done} of {_inputsSeen} contacts done{more}: {_succeeded} {_progressText.Succeeded}, {_failed} failed" +
                   (_declined > 0 ? $", {_declined} skipped" : "") +
                   (_progressText.Detail?.Invoke() is string detail ? $"; {detail}" : "");
        }

        private static bool VerboseStreamWanted(PSCmdlet cmdlet)
        {
            if (cmdlet.MyInvocation.BoundParameters.TryGetValue("Verbose", out var verbose))
            {
                return verbose is SwitchParameter switchParameter ? switchParameter.IsPresent : LanguagePrimitives.IsTrue(verbose);
            }

            var preference = cmdlet.GetVariableValue("VerbosePreference");
            return !LanguagePrimitives.TryConvertTo(preference, out ActionPreference action)
                   || (action != ActionPreference.SilentlyContinue && action != ActionPreference.Ignore);
        }
    }
}
