using System;
using System.Net;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace ConnectMonitor.Engine.Pacing
{
    /// <summary>
    /// Sits inside the SDK's retry loop, so it runs once per attempt: waits for the call's rate limiter (retries are
    /// paced like first sends), counts the attempt, and tells the limiter how the service answered (throttled or
    /// not; an attempt without an answer is not reported). Calls without <see cref="CallPacing"/> pass straight through.
    /// </summary>
    internal sealed class PacingHandler : PipelineHandler
    {
        public override void InvokeSync(IExecutionContext executionContext)
        {
            var pacing = CallPacing.Of(executionContext);
            if (pacing == null)
            {
                base.InvokeSync(executionContext);
                return;
            }

            var cancellation = executionContext.RequestContext.CancellationToken;
            // A call cancelled during an attempt ends as cancelled, not as a spent budget.
            cancellation.ThrowIfCancellationRequested();
            pacing.ThrowIfBudgetSpent(executionContext.RequestContext.ClientConfig.MaxErrorRetry + 1);
            var ticket = pacing.Limiter?.WaitAsync(cancellation).GetAwaiter().GetResult() ?? default;
            cancellation.ThrowIfCancellationRequested();
            pacing.AttemptStarting();
            try
            {
                base.InvokeSync(executionContext);
            }
            catch (Exception ex)
            {
                Failed(pacing, ticket, ex);
                throw;
            }

            pacing.Limiter?.OnAnswered(ticket, throttled: false);
        }

        public override async Task<T> InvokeAsync<T>(IExecutionContext executionContext)
        {
            var pacing = CallPacing.Of(executionContext);
            if (pacing == null)
            {
                return await base.InvokeAsync<T>(executionContext).ConfigureAwait(false);
            }

            var cancellation = executionContext.RequestContext.CancellationToken;
            // A call cancelled during an attempt ends as cancelled, not as a spent budget.
            cancellation.ThrowIfCancellationRequested();
            pacing.ThrowIfBudgetSpent(executionContext.RequestContext.ClientConfig.MaxErrorRetry + 1);
            var ticket = default(PacingTicket);
            if (pacing.Limiter != null)
            {
                ticket = await pacing.Limiter.WaitAsync(cancellation).ConfigureAwait(false);
            }

            // Nothing is sent once the caller has given up (Ctrl+C), even if a token was just granted.
            cancellation.ThrowIfCancellationRequested();
            pacing.AttemptStarting();
            T response;
            try
            {
                response = await base.InvokeAsync<T>(executionContext).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                Failed(pacing, ticket, ex);
                throw;
            }

            pacing.Limiter?.OnAnswered(ticket, throttled: false);
            return response;
        }

        /// <summary>Records a failed attempt, and tells the limiter when the service answered it (throttled or not).</summary>
        private static void Failed(CallPacing pacing, PacingTicket ticket, Exception exception)
        {
            pacing.AttemptFailed(exception);
            if (IsThrottling(exception))
            {
                pacing.Limiter?.OnAnswered(ticket, throttled: true, throttledBefore: pacing.ThrottledInARow);
                pacing.AttemptThrottled();
            }
            else
            {
                pacing.AttemptNotThrottled();
                if (exception is AmazonServiceException service && service.StatusCode != 0)
                {
                    // Any other answer from the service (404, 500...) was let through by its quota.
                    pacing.Limiter?.OnAnswered(ticket, throttled: false);
                }
            }
        }

        private static bool IsThrottling(Exception exception) =>
            exception is AmazonServiceException service &&
            (service.StatusCode == (HttpStatusCode)429 ||
             string.Equals(service.ErrorCode, "ThrottlingException", StringComparison.Ordinal) ||
             string.Equals(service.ErrorCode, "TooManyRequestsException", StringComparison.Ordinal));
    }
}
