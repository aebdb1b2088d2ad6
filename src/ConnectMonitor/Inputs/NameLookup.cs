using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using ConnectMonitor.Engine.Errors;
using ConnectMonitor.Engine.Monitoring;
using ConnectMonitor.Engine.Sessions;
using ConnectMonitor.Engine.Supervision;
using ConnectMonitor.Errors;

namespace ConnectMonitor.Inputs
{
    /// <summary>
    /// Names to ids for a cmdlet's pipeline: one <see cref="SupervisorLookups"/> per service (so per credentials and
    /// settings), which looks each name up once per instance and region however many inputs name it. Waits on the
    /// pipeline thread; Ctrl+C ends the wait with <see cref="PipelineStoppedException"/>.
    /// </summary>
    internal sealed class NameLookup
    {
        private static readonly Regex IdPattern = new Regex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", RegexOptions.CultureInvariant);
        private readonly Dictionary<ConnectSession, SupervisorLookups> _lookups = new Dictionary<ConnectSession, SupervisorLookups>();

        /// <summary>The lookups of <paramref name="service"/>, created on first use.</summary>
        public SupervisorLookups For(ConnectSession service)
        {
            if (!_lookups.TryGetValue(service, out var lookups))
            {
                lookups = new SupervisorLookups(service);
                _lookups.Add(service, lookups);
            }

            return lookups;
        }

        /// <summary>The lookups of <paramref name="service"/> if any were made in this pipeline, else null (none is created).</summary>
        public SupervisorLookups Known(ConnectSession service) => _lookups.TryGetValue(service, out var lookups) ? lookups : null;

        /// <summary>True when <paramref name="value"/> is an Amazon Connect resource id (a GUID) or ARN rather than a name.</summary>
        public static bool IsId(string value) =>
            IdPattern.IsMatch(value) || value.StartsWith("arn:", StringComparison.Ordinal);

        /// <summary>The id part of an ARN (after the last '/'), or the value itself.</summary>
        public static string IdOf(string value) =>
            value.StartsWith("arn:", StringComparison.Ordinal) && value.LastIndexOf('/') > 0 ? value.Substring(value.LastIndexOf('/') + 1) : value;

        /// <summary>
        /// Resolves <paramref name="values"/> (names or ids) in one lookup for the names. Values given as ids are used
        /// as they are. Engine exceptions (service failures, configuration problems) propagate.
        /// </summary>
        public IReadOnlyList<NameResolution> Resolve(ConnectSession service, DirectoryResourceKind kind, string instanceId, string region,
            IReadOnlyList<string> values, CancellationToken stopping)
        {
            var names = new List<string>();
            foreach (var value in values)
            {
                if (!IsId(value))
                {
                    names.Add(value);
                }
            }

            IReadOnlyList<NameResolution> found = names.Count == 0 ? new NameResolution[0] : Wait(For(service).ResolveAsync(kind, instanceId, region, names, stopping), stopping);
            var results = new List<NameResolution>();
            var next = 0;
            foreach (var value in values)
            {
                results.Add(IsId(value) ? NameResolution.ForId(kind, instanceId, IdOf(value)) : found[next++]);
            }

            return results;
        }

        /// <summary>Waits for an engine task on the pipeline thread; Ctrl+C stops the pipeline, engine exceptions are rethrown as they are.</summary>
        public static T Wait<T>(Task<T> task, CancellationToken stopping)
        {
            try
            {
                task.Wait(stopping);
                return task.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
            catch (AggregateException aggregate) when (aggregate.InnerException != null)
            {
                if (aggregate.InnerException is OperationCanceledException && stopping.IsCancellationRequested)
                {
                    throw new PipelineStoppedException();
                }

                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(aggregate.InnerException).Throw();
                throw;
            }
        }

        /// <summary>
        /// The ErrorRecord for a name one input needed that matched nothing or several, about that input's contact,
        /// instance and supervisor; null when it matched one.
        /// </summary>
        public static ErrorRecord ProblemRecord(NameResolution resolution, ErrorSubject subject) =>
            ProblemRecord(resolution, subject.Target, subject.ContactId, subject.InstanceId, subject.UserId);

        /// <summary>The ErrorRecord for a name that matched nothing or several; null when it matched one.</summary>
        public static ErrorRecord ProblemRecord(NameResolution resolution, object target) =>
            ProblemRecord(resolution, target, target as string, resolution.InstanceId, null);

        private static ErrorRecord ProblemRecord(NameResolution resolution, object target, string contactId, string instanceId, string userId)
        {
            var problem = resolution.Problem();
            if (problem == null)
            {
                return null;
            }

            var id = resolution.NotFound ? ErrorIds.NameNotFound : ErrorIds.AmbiguousName;
            var error = new ContactMonitorNameException(id, problem, resolution.Name, NameResolution.Describe(resolution.Kind),
                instanceId ?? resolution.InstanceId, contactId, userId);
            return new ErrorRecord(error, id, resolution.NotFound ? ErrorCategory.ObjectNotFound : ErrorCategory.InvalidArgument, target);
        }
    }
}
