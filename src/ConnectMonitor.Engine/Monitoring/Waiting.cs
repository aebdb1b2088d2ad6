using System;
using System.Threading;
using System.Threading.Tasks;

namespace ConnectMonitor.Engine.Monitoring
{
    /// <summary>Waits that end at once on cancellation (netstandard2.0 has no Task.WaitAsync).</summary>
    internal static class Waiting
    {
        /// <summary>The task's result, or <see cref="OperationCanceledException"/> as soon as <paramref name="cancellation"/> fires.</summary>
        public static async Task<T> For<T>(Task<T> task, CancellationToken cancellation)
        {
            if (task.IsCompleted || !cancellation.CanBeCanceled)
            {
                return await task.ConfigureAwait(false);
            }

            var cancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            using (cancellation.Register(() => cancelled.TrySetResult(true)))
            {
                if (await Task.WhenAny(task, cancelled.Task).ConfigureAwait(false) != task)
                {
                    throw new OperationCanceledException(cancellation);
                }
            }

            return await task.ConfigureAwait(false);
        }
    }
}
