using System.Collections.Concurrent;

namespace ConnectMonitor.ConnectDouble;

/// <summary>
/// Thread-safe record of requests in arrival order, with waiters for "n requests seen". A request is recorded just
/// before its answer (or reset) leaves the double; requests in progress at once can finish in any order, so each is
/// inserted at its arrival place (<see cref="RecordedRequest.Sequence"/>).
/// </summary>
internal sealed class RequestLog
{
    private readonly object _gate = new();
    private readonly List<RecordedRequest> _items = new();
    private readonly List<(int Count, TaskCompletionSource Tcs)> _waiters = new();
    private readonly List<(int Count, TaskCompletionSource Tcs)> _arrivalWaiters = new();
    private int _arrived;

    /// <summary>Counts a request as arrived (before it is answered) and releases arrival waiters.</summary>
    public void Arrived()
    {
        List<TaskCompletionSource>? done = null;
        lock (_gate)
        {
            _arrived++;
            for (var i = _arrivalWaiters.Count - 1; i >= 0; i--)
                if (_arrivalWaiters[i].Count <= _arrived) { (done ??= new()).Add(_arrivalWaiters[i].Tcs); _arrivalWaiters.RemoveAt(i); }
        }
        done?.ForEach(t => t.TrySetResult());
    }

    public int ArrivedCount { get { lock (_gate) return _arrived; } }

    public Task WaitForArrivalsAsync(int count, CancellationToken ct)
    {
        TaskCompletionSource tcs;
        lock (_gate)
        {
            if (_arrived >= count) return Task.CompletedTask;
            tcs = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _arrivalWaiters.Add((count, tcs));
        }
        return tcs.Task.WaitAsync(ct);
    }

    public void Add(RecordedRequest r)
    {
        List<TaskCompletionSource>? done = null;
        lock (_gate)
        {
            var at = _items.Count;
            while (at > 0 && _items[at - 1].Sequence > r.Sequence) at--;
            _items.Insert(at, r);
            for (var i = _waiters.Count - 1; i >= 0; i--)
                if (_waiters[i].Count <= _items.Count) { (done ??= new()).Add(_waiters[i].Tcs); _waiters.RemoveAt(i); }
        }
        done?.ForEach(t => t.TrySetResult());
    }

    public IReadOnlyList<RecordedRequest> Snapshot() { lock (_gate) return _items.ToArray(); }

    public int Count { get { lock (_gate) return _items.Count; } }

    public void Clear() { lock (_gate) _items.Clear(); }

    public Task WaitForCountAsync(int count, CancellationToken ct)
    {
        TaskCompletionSource tcs;
        lock (_gate)
        {
            if (_items.Count >= count) return Task.CompletedTask;
            tcs = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, tcs));
        }
        return tcs.Task.WaitAsync(ct);
    }
}
