using System;
using System.Net;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace ConnectMonitor.Engine.Pacing
{
    /// <summary>
    /// Sits inside the SDK's retry loop, so it runs once per attempt: waits for a token from the call's rate
    /// limiter (retries are paced like first sends), counts the attempt, and tells the limiter when the service
    /// throttled. Calls without <see cref="CallPacing"/> pass straight through.
    /// </summary>
    internal sealed class PacingHandler : PipelineHandler
    {
        public override void InvokeSync(IExecutionContext executionContext)
        {
            var pacing = CallPacing.Find(executionContext.RequestContext.OriginalRequest);
            if (pacing == null)
            {
                base.InvokeSync(executionContext);
                return;
            }

            var cancellation = executionContext.RequestContext.CancellationToken;
            pacing.ThrowIfBudgetSpent(executionContext.RequestContext.ClientConfig.MaxErrorRetry + 1);
            pacing.Limiter?.WaitAsync(cancellation).GetAwaiter().GetResult();
            cancellation.ThrowIfCancellationRequested();
            pacing.AttemptStarting();
            try
            {
                base.InvokeSync(executionContext);
            }
            catch (Exception ex)
            {
                Failed(pacing, ex);
                throw;
            }
        }

        public override async Task<T> InvokeAsync<T>(IExecutionContext executionContext)
        {
            var pacing = CallPacing.Find(executionContext.RequestContext.OriginalRequest);
            if (pacing == null)
            {
                return await base.InvokeAsync<T>(executionContext).ConfigureAwait(false);
            }

            var cancellation = executionContext.RequestContext.CancellationToken;
            pacing.ThrowIfBudgetSpent(executionContext.RequestContext.ClientConfig.MaxErrorRetry + 1);
            if (pacing.Limiter != null)
            {
                await pacing.Limiter.WaitAsync(cancellation).ConfigureAwait(false);
            }

            // Nothing is sent once the caller has given up (Ctrl+C), even if a token was just granted.
            cancellation.ThrowIfCancellationRequested();
            pacing.AttemptStarting();
            try
            {
                return await base.InvokeAsync<T>(executionContext).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                Failed(pacing, ex);
                throw;
            }
        }

        private static void Failed(CallPacing pacing, Exception ex)
        {
            pacing.AttemptFailed(ex);
            if (IsThrottling(ex))
            {
                Throttled(pacing);
            }
        }

        private static void Throttled(CallPacing pacing)
        {
            pacing.AttemptThrottled();
            pacing.Limiter?.OnThrottled();
        }

        private static bool IsThrottling(Exception exception) =>
            exception is AmazonServiceException service &&
            (service.StatusCode == (HttpStatusCode)429 ||
             string.Equals(service.ErrorCode, "ThrottlingException", StringComparison.Ordinal) ||
             string.Equals(service.ErrorCode, "TooManyRequestsException", StringComparison.Ordinal));
    }
}
