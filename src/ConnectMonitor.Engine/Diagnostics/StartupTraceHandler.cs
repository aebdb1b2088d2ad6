using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace ConnectMonitor.Engine.Diagnostics
{
    /// <summary>
    /// Marks entry into the next SDK pipeline stage for the cold-start benchmark; added between the stages only when
    /// <see cref="StartupTrace"/> is on.
    /// </summary>
    internal sealed class StartupTraceHandler : PipelineHandler
    {
        private readonly string _name;

        public StartupTraceHandler(string name)
        {
            _name = name;
        }

        public override void InvokeSync(IExecutionContext executionContext)
        {
            StartupTrace.Mark(_name);
            base.InvokeSync(executionContext);
        }

        public override Task<T> InvokeAsync<T>(IExecutionContext executionContext)
        {
            StartupTrace.Mark(_name);
            return base.InvokeAsync<T>(executionContext);
        }
    }
}
