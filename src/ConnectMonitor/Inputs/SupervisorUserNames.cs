using System.Management.Automation;
using System.Threading;
using ConnectMonitor.Engine.Errors;
using ConnectMonitor.Engine.Monitoring;
using ConnectMonitor.Engine.Supervision;
using ConnectMonitor.Errors;

namespace ConnectMonitor.Inputs
{
    /// <summary>
    /// Start-ConnectContactMonitor's -UserName: the supervisor's login name to a user id, looked up once per instance
    /// and region per pipeline (SearchUsers), however many contacts come in. A name that matches nothing or several
    /// users is a per-contact error saying how to find the right name.
    /// </summary>
    internal sealed class SupervisorUserNames
    {
        private readonly NameLookup _names = new NameLookup();

        /// <summary>
        /// The supervisor's user id, or null with <paramref name="error"/> set (and <paramref name="terminating"/> when
        /// nothing further in the pipeline can work, e.g. no credentials).
        /// </summary>
        public string Resolve(ContactMonitorService service, string instanceId, string region, string userName, object target,
            CancellationToken stopping, out ErrorRecord error, out bool terminating)
        {
            error = null;
            terminating = false;
            try
            {
                var resolution = NameLookup.Wait(_names.For(service).ResolveAsync(DirectoryResourceKind.User, instanceId, region, userName, stopping), stopping);
                error = NameLookup.ProblemRecord(resolution, target);
                return error == null ? resolution.Single.Id : null;
            }
            catch (ConnectServiceException failure)
            {
                error = ErrorRecordFactory.ForServiceFailure(failure, target);
                return null;
            }
            catch (ConnectConfigurationException configuration)
            {
                error = ErrorRecordFactory.ForConfiguration(configuration, target);
                terminating = configuration.Problem != ConnectConfigurationProblem.UnknownRegion;
                return null;
            }
        }
    }
}
