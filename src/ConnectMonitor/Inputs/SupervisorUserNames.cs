using System.Management.Automation;
using System.Threading;
using ConnectMonitor.Engine.Errors;
using ConnectMonitor.Engine.Monitoring;
using ConnectMonitor.Engine.Sessions;
using ConnectMonitor.Engine.Supervision;
using ConnectMonitor.Errors;

namespace ConnectMonitor.Inputs
{
    /// <summary>
    /// Start-ConnectContactMonitor's login names (-UserName, or a row's UserName compared with -UserId) to user ids,
    /// each looked up once per instance and region per pipeline (SearchUsers), however many contacts come in. A name
    /// that matches nothing or several users, and a lookup that fails, is an error for the input that needed it; a
    /// configuration problem is handed back for the caller to judge whether it stops every input.
    /// </summary>
    internal sealed class SupervisorUserNames
    {
        private readonly NameLookup _names = new NameLookup();

        /// <summary>
        /// The supervisor's login name when this pipeline has looked the user up (its -UserName, or a row's UserName
        /// checked against -UserId); null otherwise: no lookup is made for it.
        /// </summary>
        public string KnownName(ConnectSession service, string instanceId, string region, string userId) =>
            _names.Known(service)?.KnownName(DirectoryResourceKind.User, instanceId, region, userId);

        /// <summary>
        /// The user id <paramref name="userName"/> names, or null with <paramref name="error"/> set for the input
        /// <paramref name="subject"/>, and <paramref name="configuration"/> when the lookup could not be made at all
        /// (no credentials, a missing profile...).
        /// </summary>
        public string Resolve(ConnectSession service, string instanceId, string region, string userName, ErrorSubject subject,
            CancellationToken stopping, out ErrorRecord error, out ConnectConfigurationException configuration)
        {
            error = null;
            configuration = null;
            try
            {
                var resolution = NameLookup.Wait(_names.For(service).ResolveAsync(DirectoryResourceKind.User, instanceId, region, userName, stopping), stopping);
                error = NameLookup.ProblemRecord(resolution, subject);
                return error == null ? resolution.Single.Id : null;
            }
            catch (ConnectServiceException failure)
            {
                error = ErrorRecordFactory.ForServiceFailure(failure, subject);
                return null;
            }
            catch (ConnectConfigurationException problem)
            {
                error = ErrorRecordFactory.ForConfiguration(problem, subject);
                configuration = problem;
                return null;
            }
        }
    }
}
