using ConnectMonitor.Engine.Pacing;

namespace ConnectMonitor.Engine.Tests.Pacing;

/// <summary>
/// A clock a simulation steps by hand: a <see cref="Delay"/> that comes due completes during <see cref="Advance"/>,
/// which says how many did, so the simulation can let each waiter run on (to its end or its next delay) before the
/// next step: a whole run is then deterministic however the waiters' continuations are scheduled.
/// </summary>
internal sealed class SteppedPacingClock : PacingClock
{
    private readonly object _gate = new();
    private readonly List<(double Due, TaskCompletionSource Done)> _waits = [];
    private int _delays;

    public override double NowSeconds { get { lock (_gate) return Now; } }

    public double Now { get; private set; } = 1000;

    /// <summary>How many delays have been asked for so far.</summary>
    public int DelayCount { get { lock (_gate) return _delays; } }

    public override Task Delay(TimeSpan delay, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource();
        lock (_gate)
        {
            _delays++;
            _waits.Add((Now + delay.TotalSeconds, done));
        }
        return done.Task;
    }

    /// <summary>Moves the clock on; returns how many delays came due (and were completed).</summary>
    public int Advance(double seconds)
    {
        List<(double Due, TaskCompletionSource Done)> due;
        lock (_gate)
        {
            Now += seconds;
            due = _waits.Where(w => w.Due <= Now + 1e-9).ToList();
            _waits.RemoveAll(w => w.Due <= Now + 1e-9);
        }
        due.ForEach(d => d.Done.SetResult());
        return due.Count;
    }
}
