namespace ConnectMonitor.ConnectDouble;

/// <summary>
/// Scripted and statistical misbehaviour of the double, applied after the signature check (a bad signature is
/// always 403) and before validation and world semantics. Order per request: rate limit (429 ThrottlingException
/// when the token bucket is empty), then the next queued fault for the request's ContactId, then the next fault
/// queued for any request, then <see cref="ServerErrorRate"/>. <see cref="Latency"/> is added to every answer.
/// Thread-safe.
/// </summary>
public sealed class FaultPlan
{
    /// <summary>Seed of the Random behind <see cref="ServerErrorRate"/> (fixed, for repeatable runs).</summary>
    public const int DefaultSeed = 20170808;

    private readonly object _gate = new();
    private readonly Dictionary<string, Queue<Fault>> _perContact = new(StringComparer.Ordinal);
    private readonly Queue<Fault> _next = new();
    private readonly Dictionary<string, Fault> _always = new(StringComparer.Ordinal);
    private Random _random = new(DefaultSeed);
    private double _serverErrorRate;
    private TimeSpan _latency;
    private double _rps;
    private int _burst;
    private double _tokens;
    private long _lastRefill;
    private bool _rateLimited;

    /// <summary>Queues faults for the next requests whose body names <paramref name="contactId"/>, consumed in order,
    /// one per request; afterwards that contact behaves normally. Calls append.</summary>
    public FaultPlan ForContact(string contactId, params Fault[] faults)
    {
        lock (_gate)
        {
            if (!_perContact.TryGetValue(contactId, out var q)) _perContact[contactId] = q = new Queue<Fault>();
            foreach (var f in faults) q.Enqueue(f);
        }
        return this;
    }

    /// <summary>Answers every request whose body names <paramref name="contactId"/> with <paramref name="fault"/>, after any
    /// faults queued for it with <see cref="ForContact"/> (the local endpoint's <c>--fault CONTACT=ErrorCode</c>).</summary>
    public FaultPlan Always(string contactId, Fault fault)
    {
        lock (_gate) _always[contactId] = fault;
        return this;
    }

    /// <summary>Queues faults for the next requests whatever their contact, consumed in order, one per request.</summary>
    public FaultPlan ForNextRequests(params Fault[] faults)
    {
        lock (_gate) foreach (var f in faults) _next.Enqueue(f);
        return this;
    }

    /// <summary>Time added before every answer (including errors). Zero by default.</summary>
    public TimeSpan Latency
    {
        get { lock (_gate) return _latency; }
        set { ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero); lock (_gate) _latency = value; }
    }

    /// <summary>Fraction (0..1) of requests answered 500 InternalServiceException at random (fixed seed; see <see cref="ResetRandom"/>).</summary>
    public double ServerErrorRate
    {
        get { lock (_gate) return _serverErrorRate; }
        set
        {
            if (value is < 0 or > 1 || double.IsNaN(value)) throw new ArgumentOutOfRangeException(nameof(value), "ServerErrorRate must be within 0..1.");
            lock (_gate) _serverErrorRate = value;
        }
    }

    /// <summary>Restarts the random sequence behind <see cref="ServerErrorRate"/> from a seed.</summary>
    public void ResetRandom(int seed = DefaultSeed) { lock (_gate) _random = new Random(seed); }

    /// <summary>
    /// Enables a per-server token bucket like Connect's per-account API quota (the published default is 2 rps, burst 5):
    /// the bucket starts full with <paramref name="burst"/> tokens and refills at <paramref name="requestsPerSecond"/>;
    /// a request finding it empty gets 429 ThrottlingException.
    /// </summary>
    public void SetRateLimit(double requestsPerSecond, int burst)
    {
        if (requestsPerSecond <= 0 || double.IsNaN(requestsPerSecond)) throw new ArgumentOutOfRangeException(nameof(requestsPerSecond));
        ArgumentOutOfRangeException.ThrowIfLessThan(burst, 1);
        lock (_gate)
        {
            _rps = requestsPerSecond;
            _burst = burst;
            _tokens = burst;
            _lastRefill = -1;
            _rateLimited = true;
        }
    }

    /// <summary>Removes the rate limit.</summary>
    public void ClearRateLimit() { lock (_gate) _rateLimited = false; }

    /// <summary>Number of queued faults not yet consumed (per-contact and any-request together).</summary>
    public int PendingCount { get { lock (_gate) return _next.Count + _perContact.Values.Sum(q => q.Count); } }

    /// <summary>Removes all queued faults, latency, the server error rate and the rate limit; resets the random sequence.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _perContact.Clear();
            _always.Clear();
            _next.Clear();
            _latency = TimeSpan.Zero;
            _serverErrorRate = 0;
            _rateLimited = false;
            _random = new Random(DefaultSeed);
        }
    }

    /// <summary>Takes a token from the bucket; false means throttle.</summary>
    internal bool TryAcquire(TimeProvider time)
    {
        lock (_gate)
        {
            if (!_rateLimited) return true;
            var now = time.GetTimestamp();
            if (_lastRefill >= 0)
                _tokens = Math.Min(_burst, _tokens + time.GetElapsedTime(_lastRefill, now).TotalSeconds * _rps);
            _lastRefill = now;
            if (_tokens < 1) return false;
            _tokens -= 1;
            return true;
        }
    }

    /// <summary>Next scripted fault for this request, if any.</summary>
    internal Fault? Take(string? contactId)
    {
        lock (_gate)
        {
            if (contactId is not null && _perContact.TryGetValue(contactId, out var q) && q.Count > 0)
                return q.Dequeue();
            if (contactId is not null && _always.TryGetValue(contactId, out var always))
                return always;
            if (_next.Count > 0) return _next.Dequeue();
            if (_serverErrorRate > 0 && _random.NextDouble() < _serverErrorRate)
                return Fault.InternalError("Injected random server error.");
            return null;
        }
    }
}
