using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace ConnectMonitor.Engine.Monitoring
{
    /// <summary>
    /// The bulk orchestration of a pipeline cmdlet: a window of calls in input order (<see cref="OrderedResultWindow{T}"/>),
    /// a limit on how many run at once, cancellation and draining. The pipeline thread adds one call per input and
    /// writes the outcomes this queue hands back, in input order; the calls themselves run on the thread pool (or inline
    /// when the limit is 1, so each result is written before the next input is read).
    /// </summary>
    /// <remarks>
    /// The methods return lazy sequences: nothing happens until the caller enumerates them, and a caller that stops
    /// enumerating (a terminating error while writing an outcome) stops the queue there: a call whose turn had not
    /// come yet is then never started. Only the pipeline thread may call <see cref="Add"/>, <see cref="AddCompleted"/>
    /// and <see cref="Drain"/>; <see cref="Cancel"/> may be called from any thread. Waiting for an outcome throws
    /// <see cref="OperationCanceledException"/> once the queue is cancelled.
    /// </remarks>
    /// <typeparam name="T">What one input comes to (a result or an error), as the caller defines it.</typeparam>
    public sealed class OrderedCallQueue<T> : IDisposable
    {
        private readonly OrderedResultWindow<T> _window;
        private readonly SemaphoreSlim _inFlight;
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();

        /// <summary>
        /// Creates a queue that runs at most <paramref name="throttleLimit"/> calls at once and keeps at most twice
        /// that many pending (one when the limit is 1).
        /// </summary>
        public OrderedCallQueue(int throttleLimit)
        {
            if (throttleLimit < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(throttleLimit));
            }

            ThrottleLimit = throttleLimit;
            _window = new OrderedResultWindow<T>(throttleLimit == 1 ? 1 : throttleLimit * 2);
            _inFlight = new SemaphoreSlim(throttleLimit, throttleLimit);
        }

        /// <summary>How many calls may run at once.</summary>
        public int ThrottleLimit { get; }

        /// <summary>Calls added whose outcomes have not been handed back yet.</summary>
        public int Pending => _window.Count;

        /// <summary>Cancelled by <see cref="Cancel"/>; every call receives it.</summary>
        public CancellationToken Cancellation => _stopping.Token;

        /// <summary>True once <see cref="Cancel"/> was called.</summary>
        public bool IsCancelled => _stopping.IsCancellationRequested;

        private bool Sequential => ThrottleLimit == 1;

        /// <summary>
        /// Adds a call for the next input. Makes room first (handing back older outcomes, so nothing is sent while an
        /// earlier outcome could still stop the pipeline), then starts the call within the in-flight limit, then hands
        /// back every outcome at the head that is done (sequentially: this call's outcome).
        /// </summary>
        /// <param name="call">The work; receives <see cref="Cancellation"/>.</param>
        /// <param name="failed">Turns an exception thrown by <paramref name="call"/> (or a cancelled wait for a slot) into an outcome.</param>
        public IEnumerable<T> Add(Func<CancellationToken, Task<T>> call, Func<Exception, T> failed)
        {
            if (call == null)
            {
                throw new ArgumentNullException(nameof(call));
            }

            if (failed == null)
            {
                throw new ArgumentNullException(nameof(failed));
            }

            return AddIterator(() => Sequential ? RunAsync(call, failed) : Task.Run(() => RunAsync(call, failed)));
        }

        /// <summary>
        /// Adds an outcome that is already known (an input error found before any call), so it keeps its place in
        /// input order; hands back outcomes as <see cref="Add"/> does.
        /// </summary>
        public IEnumerable<T> AddCompleted(T outcome) => AddIterator(() => Task.FromResult(outcome));

        /// <summary>Waits for and hands back every pending outcome, in input order (EndProcessing, or before stopping).</summary>
        public IEnumerable<T> Drain()
        {
            while (_window.Count > 0)
            {
                yield return TakeHead();
            }
        }

        /// <summary>Cancels every call in flight and every wait (StopProcessing, Ctrl+C).</summary>
        public void Cancel()
        {
            try
            {
                _stopping.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // Stopped after disposal: nothing is left to cancel.
            }
        }

        /// <summary>Cancels what is still in flight and releases the queue's handles.</summary>
        public void Dispose()
        {
            Cancel();
            _stopping.Dispose();
            _inFlight.Dispose();
        }

        private IEnumerable<T> AddIterator(Func<Task<T>> start)
        {
            while (_window.IsFull)
            {
                yield return TakeHead();
            }

            _window.Add(start());
            while (_window.HeadCompleted || (Sequential && _window.Count > 0))
            {
                yield return TakeHead();
            }
        }

        /// <summary>Waits for the oldest call (cancellation ends the wait) and removes it.</summary>
        private T TakeHead()
        {
            var head = _window.PeekHead();
            head.Wait(_stopping.Token);
            _window.TakeHead();
            return head.Result;
        }

        private async Task<T> RunAsync(Func<CancellationToken, Task<T>> call, Func<Exception, T> failed)
        {
            var acquired = false;
            try
            {
                await _inFlight.WaitAsync(_stopping.Token).ConfigureAwait(false);
                acquired = true;
                return await call(_stopping.Token).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                return failed(ex);
            }
            finally
            {
                if (acquired)
                {
                    _inFlight.Release();
                }
            }
        }
    }
}
