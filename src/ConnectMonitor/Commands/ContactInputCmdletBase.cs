using System.Management.Automation;
using ConnectMonitor.Completion;
using ConnectMonitor.Inputs;

namespace ConnectMonitor.Commands
{
    /// <summary>
    /// The input parameters Start-ConnectContactMonitor and Test-ConnectContactMonitor share (a contact, its instance,
    /// the supervisor, the capabilities, how many at once), declared once so both take the same inputs the same way.
    /// -ContactId is each cmdlet's own (mandatory on Start, optional on Test); everything else a cmdlet adds is its own.
    /// <see cref="ContactInputReader"/> reads them for one pipeline input.
    /// </summary>
    public abstract class ContactInputCmdletBase : ConnectCmdletBase
    {
        /// <summary>The parameter set of -UserId.</summary>
        protected const string ByUserId = "ByUserId";

        /// <summary>The parameter set of -UserName.</summary>
        protected const string ByUserName = "ByUserName";

        /// <summary>The contacts as the cmdlet declares them (its own attributes and help: mandatory or not).</summary>
        public abstract string[] ContactId { get; set; }

        /// <summary>
        /// <para type="description">The piped object itself, as it came (hidden, not for use on the command line): it tells a
        /// contact id or an object with a contact property from an object whose text PowerShell would otherwise bind to
        /// -ContactId (a piped object without a contact property is an error for that object), and its properties are
        /// compared with the values given on the command line, so that a row whose own UserId, InstanceId or other value
        /// the command line would silently override is an error for that contact (PipelineValueConflict).</para>
        /// </summary>
        [Parameter(ValueFromPipeline = true, DontShow = true)]
        public PSObject InputObject { get; set; }

        /// <summary>
        /// <para type="description">The Amazon Connect instance: its id, or its instance ARN
        /// (arn:aws:connect:REGION:ACCOUNT:instance/ID, which also names the region). Required unless the contact is given
        /// as a contact ARN. Given on the command line while objects with their own InstanceId are piped in, a row whose
        /// value differs is an error for that contact (PowerShell would otherwise use the command-line value for every
        /// row).</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [TrimWireText]
        [ValidateNotNullOrEmpty]
        [ValidateWireText(1, 100, ArnAllowed = true)]
        [ArgumentCompleter(typeof(InstanceCompleter))]
        public string InstanceId { get; set; }

        /// <summary>
        /// <para type="description">The user id (a GUID, not the login name) of the supervisor: the one whose Contact Control
        /// Panel (CCP) will monitor the contact, or whose readiness to monitor it is tested; Get-CONNUserList or
        /// "aws connect list-users" show it. Given on the command line while objects with their own UserId (or, for
        /// Start-ConnectContactMonitor, UserName) are piped in, a row that names another user is an error for that contact
        /// and nothing is sent for it: PowerShell binds a command-line value to every row, so to use each row's own UserId,
        /// leave -UserId off.</para>
        /// </summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ByUserId)]
        [TrimWireText]
        [ValidateNotNullOrEmpty]
        [ValidateWireText(1, 256)]
        public string UserId { get; set; }

        /// <summary>
        /// <para type="description">The login name of the supervisor (e.g. jane.supervisor), instead of -UserId. It is looked
        /// up once per instance for the whole pipeline (Amazon Connect SearchUsers), not once per contact. A name that
        /// matches no user, or several, says how to find the right name: an error for each contact (NameNotFound,
        /// AmbiguousName) from Start-ConnectContactMonitor, a failed SupervisorName check from Test-ConnectContactMonitor.
        /// Given on the command line while objects with their own UserName (or, for Start-ConnectContactMonitor, UserId)
        /// are piped in, a row that names another user is an error for that contact (PipelineValueConflict) and nothing
        /// is sent for it.</para>
        /// </summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ByUserName)]
        [TrimWireText]
        [ValidateNotNullOrEmpty]
        [ValidateWireText(1, 100)]
        [ArgumentCompleter(typeof(UserNameCompleter))]
        public string UserName { get; set; }

        /// <summary>
        /// <para type="description">What the supervisor may do: SILENT_MONITOR, BARGE, or both (case-insensitive). BARGE is
        /// required for the supervisor to join the conversation (Test-ConnectContactMonitor then also checks the
        /// ManagerBargeIn permission and the instance's enhanced monitoring). From a CSV cell, "SILENT_MONITOR,BARGE" (or
        /// separated by spaces or semicolons) gives both, and an empty cell the service default, as does leaving the
        /// parameter off. A result's AllowedMonitorCapabilities binds back as it is. Any other name is an error for that
        /// contact (InvalidMonitorCapability) and nothing is sent for it.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("AllowedMonitorCapabilities")]
        [MonitorCapabilityTransformation]
        [ArgumentCompleter(typeof(MonitorCapabilityCompleter))]
        public string[] AllowedMonitorCapability { get; set; }

        /// <summary>
        /// <para type="description">How many inputs are handled at once (1-64, default 1: one after the other): MonitorContact
        /// calls in flight for Start-ConnectContactMonitor, inputs checked for Test-ConnectContactMonitor. Output keeps input
        /// order whatever the value: results and errors are written in the order the contacts came in, as soon as every
        /// earlier contact is done.</para>
        /// </summary>
        [Parameter]
        [ValidateRange(1, 64)]
        [PSDefaultValue(Value = 1)]
        public int ThrottleLimit { get; set; } = 1;

        /// <summary>True when an input may name no contact (the supervisor and instance are then used alone).</summary>
        internal virtual bool ContactOptional => false;

        /// <summary>The supervisor's user id when the command line gives it (-UserId); null until a -UserName is looked up.</summary>
        internal string CommandLineUserId => ParameterSetName == ByUserId ? UserId : null;

        /// <summary>The supervisor as given: the login name or the user id.</summary>
        internal string Supervisor => ParameterSetName == ByUserName ? UserName : UserId;
    }
}
