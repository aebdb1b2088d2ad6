using System;
using System.Management.Automation;
using ConnectMonitor.Engine.Errors;
using ConnectMonitor.Engine.Monitoring;
using ConnectMonitor.Engine.Sessions;
using ConnectMonitor.Errors;

namespace ConnectMonitor.Bulk
{
    /// <summary>What one input of Start-ConnectContactMonitor came to: a result, an exception from the engine, or an input error.</summary>
    internal sealed class ItemOutcome : PipelineOutcome
    {
        public PendingCall Call { get; private set; }

        public MonitorContactCallDetails Details { get; private set; }

        public ContactMonitorResult Result { get; private set; }

        public override object Output => Result;

        public override ErrorSubject Subject => Call?.Subject;

        public override bool SessionFromInput => Call.SessionFromInput;

        public override string InputRegion => Call.Input.Region;

        public override ConnectSession Service => Call?.Service;

        public static ItemOutcome InvalidInput(ErrorRecord error) => new ItemOutcome { InputError = error };

        public static ItemOutcome Failed(PendingCall call, MonitorContactCallDetails details, Exception error) =>
            new ItemOutcome { Call = call, Details = details, Error = error };

        /// <summary>A started call's result, with the names known: the supervisor's when the pipeline looked it up, the
        /// agent's and the queue's when the input carried them.</summary>
        public static ItemOutcome Succeeded(PendingCall call, MonitorContactCallDetails details, MonitorContactOutcome outcome, string supervisorName = null) =>
            new ItemOutcome
            {
                Call = call,
                Details = details,
                Result = new ContactMonitorResult(
                    outcome.ContactId, outcome.ContactArn, call.Input.InstanceId, call.Input.UserId, call.Input.AllowedMonitorCapabilities,
                    outcome.Region, outcome.RequestId, outcome.ClientToken, outcome.Endpoint, outcome.MonitorContactId, outcome.MonitorContactArn,
                    supervisorName, CarriedName(call.TargetObject, nameof(ContactMonitorResult.AgentUsername)), CarriedName(call.TargetObject, nameof(ContactMonitorResult.QueueName))),
            };

        /// <summary>A service failure of the MonitorContact call: its causes and the Test-ConnectContactMonitor command line for the input.</summary>
        public override ErrorRecord ServiceFailure(ConnectServiceException failure) =>
            ErrorRecordFactory.ForServiceFailure(failure, Call.TargetObject,
                Call.Subject.ContactId, Call.Input.InstanceId, Call.Input.UserId, Details?.Region, Call.Input.AllowedMonitorCapabilities);

        /// <summary>A name property of the piped object as text (a live contact's, or a CSV row's cell); null when absent or empty.</summary>
        private static string CarriedName(object input, string property)
        {
            if (!(input is PSObject row) || row.BaseObject is string)
            {
                return null;
            }

            try
            {
                var text = row.Properties[property]?.Value?.ToString();
                return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
            }
            catch (GetValueException)
            {
                return null;
            }
        }

        /// <summary>What was sent where and how it went; ids, region, endpoint and counts only, never a secret.</summary>
        public override string Describe()
        {
            if (Call == null)
            {
                return null;
            }

            var input = Call.Input;
            var sent = $"MonitorContact for contact '{input.ContactId}' (instance '{input.InstanceId}', user '{input.UserId}') " +
                       $"to region {Details.Region ?? "(unresolved)"} at {Details.Endpoint ?? "(no endpoint)"}, " +
                       $"{Details.Attempts} attempt{(Details.Attempts == 1 ? "" : "s")}";
            if (Result != null)
            {
                return $"{sent}: started, request id {Result.RequestId}" +
                       (Result.MonitorContactId == null ? "." : $", the supervisor's monitoring contact '{Result.MonitorContactId}'.");
            }

            return Error is ConnectServiceException service
                ? $"{sent}: failed with {service.ErrorCode}" +
                  (service.StatusCode > 0 ? $" (HTTP {service.StatusCode})" : "") +
                  (string.IsNullOrEmpty(service.RequestId) ? "." : $", request id {service.RequestId}.")
                : $"{sent}: failed ({Error.GetType().Name}).";
        }
    }
}
