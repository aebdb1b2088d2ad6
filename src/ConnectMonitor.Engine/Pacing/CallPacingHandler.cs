using System;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace ConnectMonitor.Engine.Pacing
{
    /// <summary>
    /// Runs once per call, right outside the SDK's retry loop (the endpoint is resolved by then): gives the call its
    /// <see cref="CallPacing"/> from the client's <see cref="ClientPacing"/> (the limiter for its endpoint and
    /// operation, the budget), which <see cref="PacingHandler"/> and <see cref="PacedRetryPolicy"/> inside the loop use,
    /// and when the call ends writes the attempts it took on its answer or its failure (<see cref="CallAttempts"/>).
    /// </summary>
    internal sealed class CallPacingHandler : PipelineHandler
    {
        private readonly Func<ClientPacing> _pacing;

        /// <summary>A handler reading the client's pacing through <paramref name="pacing"/> when a call starts (the
        /// client's pipeline is built inside the SDK's constructor, before the client's own fields are set).</summary>
        public CallPacingHandler(Func<ClientPacing> pacing)
        {
            _pacing = pacing ?? throw new ArgumentNullException(nameof(pacing));
        }

        public override void InvokeSync(IExecutionContext executionContext)
        {
            var call = Begin(executionContext);
            try
            {
                base.InvokeSync(executionContext);
            }
            catch (Exception ex) when (CallAttempts.Record(ex, call.Attempts))
            {
                throw; // never reached: recording does not catch
            }

            CallAttempts.Record(executionContext.ResponseContext.Response, call.Attempts);
        }

        public override async Task<T> InvokeAsync<T>(IExecutionContext executionContext)
        {
            var call = Begin(executionContext);
            T response;
            try
            {
                response = await base.InvokeAsync<T>(executionContext).ConfigureAwait(false);
            }
            catch (Exception ex) when (CallAttempts.Record(ex, call.Attempts))
            {
                throw; // never reached: recording does not catch
            }

            CallAttempts.Record(response, call.Attempts);
            return response;
        }

        private CallPacing Begin(IExecutionContext executionContext)
        {
            var context = executionContext.RequestContext;
            var call = (_pacing() ?? ClientPacing.None).ForCall(context.Request?.Endpoint, context.RequestName);
            call.AttachTo(executionContext);
            return call;
        }
    }
}
