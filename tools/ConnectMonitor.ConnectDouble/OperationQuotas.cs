namespace ConnectMonitor.ConnectDouble;

/// <summary>
/// Amazon Connect's quotas are per API: a token bucket per operation (MonitorContact, GetCurrentUserData, SearchUsers,
/// ...), on top of the server-wide <see cref="FaultPlan.SetRateLimit"/>. An operation without a limit is not limited
/// here. Over its bucket a request is answered ThrottlingException 429. Thread-safe; can change while the server runs
/// (<c>--operation-rate-limit SearchUsers=2/5</c> on the local endpoint).
/// </summary>
public sealed class OperationQuotas
{
    private readonly object _gate = new();
    private readonly Dictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);

    /// <summary>Limits <paramref name="operation"/> to <paramref name="requestsPerSecond"/> with a burst of <paramref name="burst"/> (full at first).</summary>
    public OperationQuotas Set(string operation, double requestsPerSecond, int burst)
    {
        ArgumentException.ThrowIfNullOrEmpty(operation);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(requestsPerSecond);
        ArgumentOutOfRangeException.ThrowIfLessThan(burst, 1);
        lock (_gate) _buckets[operation] = new Bucket(requestsPerSecond, burst);
        return this;
    }

    /// <summary>Removes every per-operation limit.</summary>
    public void Clear() { lock (_gate) _buckets.Clear(); }

    /// <summary>The operations that have a limit.</summary>
    public IReadOnlyList<string> Operations { get { lock (_gate) return _buckets.Keys.ToArray(); } }

    /// <summary>Takes a token for <paramref name="operation"/>; false means throttle.</summary>
    internal bool TryAcquire(string operation, TimeProvider time)
    {
        lock (_gate)
        {
            if (!_buckets.TryGetValue(operation, out var bucket)) return true;
            var now = time.GetTimestamp();
            if (bucket.LastRefill is { } last)
                bucket.Tokens = Math.Min(bucket.Burst, bucket.Tokens + time.GetElapsedTime(last, now).TotalSeconds * bucket.RequestsPerSecond);
            bucket.LastRefill = now;
            if (bucket.Tokens < 1) return false;
            bucket.Tokens -= 1;
            return true;
        }
    }

    private sealed class Bucket(double requestsPerSecond, int burst)
    {
        public double RequestsPerSecond { get; } = requestsPerSecond;
        public int Burst { get; } = burst;
        public double Tokens { get; set; } = burst;
        public long? LastRefill { get; set; }
    }
}
