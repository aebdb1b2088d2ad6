using System.Collections.Generic;

namespace ConnectMonitor
{
    /// <summary>
    /// One started monitoring session: the contact, the supervisor who now monitors it, and where the request went.
    /// Written by <c>Start-ConnectContactMonitor</c> once per contact that the service accepted. ContactId is always the
    /// monitored contact (the one asked for, so the result pipes back in); the contact Amazon Connect created for the
    /// supervisor's monitoring session, when its answer names one, is MonitorContactId and MonitorContactArn.
    /// Names are carried where known: the supervisor's login name when the pipeline looked it up (-UserName, or a row's
    /// UserName checked against -UserId), the agent's login name and the queue's name when the input carried them (a
    /// ConnectMonitor.LiveContact, or a row with AgentUsername and QueueName columns).
    /// </summary>
    public sealed class ContactMonitorResult
    {
        /// <summary>Creates the result.</summary>
        public ContactMonitorResult(
            string contactId,
            string contactArn,
            string instanceId,
            string userId,
            IReadOnlyList<string> allowedMonitorCapabilities,
            string region,
            string requestId,
            string clientToken,
            string endpoint,
            string monitorContactId = null,
            string monitorContactArn = null,
            string userName = null,
            string agentUsername = null,
            string queueName = null)
        {
            ContactId = contactId;
            ContactArn = contactArn;
            InstanceId = instanceId;
            UserId = userId;
            AllowedMonitorCapabilities = new MonitorCapabilityList(allowedMonitorCapabilities);
            Region = region;
            RequestId = requestId;
            ClientToken = clientToken;
            Endpoint = endpoint;
            MonitorContactId = monitorContactId;
            MonitorContactArn = monitorContactArn;
            UserName = userName;
            AgentUsername = agentUsername;
            QueueName = queueName;
        }

        /// <summary>The monitored contact's id: the contact asked for, whatever contact the service's answer named.</summary>
        public string ContactId { get; }

        /// <summary>
        /// The monitored contact's ARN: the service's ContactArn when it names that contact, else the ARN of the monitored
        /// contact in the same instance (the answer then named the supervisor's monitoring contact).
        /// </summary>
        public string ContactArn { get; }

        /// <summary>The Amazon Connect instance id.</summary>
        public string InstanceId { get; }

        /// <summary>The supervisor (user id) whose Contact Control Panel now monitors the contact.</summary>
        public string UserId { get; }

        /// <summary>The supervisor's login name, when this pipeline looked it up (-UserName); otherwise empty (no lookup is
        /// made for it: UserId is the supervisor).</summary>
        public string UserName { get; }

        /// <summary>The login name of the agent on the contact, when the input carried it (AgentUsername).</summary>
        public string AgentUsername { get; }

        /// <summary>The name of the contact's queue, when the input carried it (QueueName).</summary>
        public string QueueName { get; }

        /// <summary>
        /// The capabilities requested: SILENT_MONITOR and/or BARGE; empty when the service default applied. As text (in
        /// Export-Csv, for one) "SILENT_MONITOR,BARGE", which -AllowedMonitorCapability takes back.
        /// </summary>
        public MonitorCapabilityList AllowedMonitorCapabilities { get; }

        /// <summary>The AWS region the request was signed for.</summary>
        public string Region { get; }

        /// <summary>The service's request id, for AWS support and CloudTrail.</summary>
        public string RequestId { get; }

        /// <summary>The idempotency token the request carried.</summary>
        public string ClientToken { get; }

        /// <summary>The endpoint URL the request was sent to.</summary>
        public string Endpoint { get; }

        /// <summary>
        /// The contact Amazon Connect created for the supervisor's monitoring session when it differs from the monitored
        /// contact: the id the service answered (its ContactId, or the contact in its ContactArn) when that is not
        /// ContactId. Empty (null) when the service answered with the monitored contact itself. Not an input: piping the
        /// result back in monitors ContactId again.
        /// </summary>
        public string MonitorContactId { get; }

        /// <summary>
        /// The ARN of that monitoring contact: the service's ContactArn when it names a contact other than ContactId, else
        /// (only the answer's ContactId named one) its ARN in the same instance. Empty (null) when the service answered
        /// with the monitored contact itself. Should the two members of an answer name two different contacts, each
        /// property keeps its own.
        /// </summary>
        public string MonitorContactArn { get; }

        /// <summary>
        /// One line for a log: "Monitoring contact C for user U (SILENT_MONITOR,BARGE) in instance I, us-east-1, request id R".
        /// </summary>
        public override string ToString() =>
            $"Monitoring contact {ContactId} for user {UserId} " +
            $"({(AllowedMonitorCapabilities.Count == 0 ? "service default capabilities" : AllowedMonitorCapabilities.ToString())}) " +
            $"in instance {InstanceId}, {Region}, request id {RequestId}";
    }
}
