using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace ConnectMonitor.Engine.Monitoring
{
    /// <summary>
    /// The calls of a pipeline that have started but whose results have not been written yet, in input order.
    /// The pipeline thread adds a call per input, takes results from the head only (so output keeps input order),
    /// and waits for the head when the window is full (so memory stays bounded). Not thread-safe: only the pipeline
    /// thread touches it; the calls themselves run elsewhere.
    /// </summary>
    internal sealed class OrderedResultWindow<T>
    {
        private readonly Queue<Task<T>> _pending = new Queue<Task<T>>();

        /// <summary>Creates a window holding at most <paramref name="capacity"/> calls.</summary>
        public OrderedResultWindow(int capacity)
        {
            if (capacity < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(capacity));
            }

            Capacity = capacity;
        }

        /// <summary>How many calls may be pending at once.</summary>
        public int Capacity { get; }

        /// <summary>Calls pending (running or finished but not taken).</summary>
        public int Count => _pending.Count;

        /// <summary>True when no further call may be added before the head is taken.</summary>
        public bool IsFull => _pending.Count >= Capacity;

        /// <summary>True when there is a head and it has finished.</summary>
        public bool HeadCompleted => _pending.Count > 0 && _pending.Peek().IsCompleted;

        /// <summary>Adds a started call at the tail.</summary>
        public void Add(Task<T> call)
        {
            if (IsFull)
            {
                throw new InvalidOperationException("The window is full; take the head first.");
            }

            _pending.Enqueue(call ?? throw new ArgumentNullException(nameof(call)));
        }

        /// <summary>The oldest call, left in the window.</summary>
        public Task<T> PeekHead() => _pending.Peek();

        /// <summary>Removes the oldest call and returns it.</summary>
        public Task<T> TakeHead() => _pending.Dequeue();
    }
}
