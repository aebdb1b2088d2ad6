namespace ConnectMonitor.ConnectDouble;

/// <summary>
/// Which contact a successful MonitorContact answer names. Amazon Connect documents the answer's ContactId and ContactArn
/// only as "the identifier/ARN of the contact"; a monitoring session is a contact of its own (initiation method MONITOR,
/// the id the supervisor's CCP shows), and that is what the service is believed to answer with.
/// </summary>
public enum MonitorAnswer
{
    /// <summary>The default: the monitoring contact the session created, a new contact id of the same instance (an
    /// idempotent replay answers the same one). Command line: <c>--answer monitoring-contact</c>.</summary>
    MonitoringContact,

    /// <summary>The monitored contact itself, the id and ARN of the contact asked for. Command line: <c>--answer echo</c>.</summary>
    Echo,
}
