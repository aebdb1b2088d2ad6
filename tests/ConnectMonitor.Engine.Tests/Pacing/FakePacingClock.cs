using ConnectMonitor.Engine.Pacing;

namespace ConnectMonitor.Engine.Tests.Pacing;

/// <summary>
/// A clock the test moves by hand: <see cref="Delay"/> records what was asked and completes once <see cref="Advance"/>
/// has moved the clock past it (or at once when cancelled), so pacing is tested without sleeping.
/// </summary>
internal sealed class FakePacingClock : PacingClock
{
    private readonly object _gate = new();
    private readonly List<(double Due, TaskCompletionSource Done)> _waits = [];
    private double _now = 1000;

    public override double NowSeconds { get { lock (_gate) return _now; } }

    /// <summary>Every delay asked for, in seconds, in the order asked.</summary>
    public List<double> Requested { get; } = [];

    public override Task Delay(TimeSpan delay, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            Requested.Add(delay.TotalSeconds);
            _waits.Add((_now + delay.TotalSeconds, done));
        }
        cancellationToken.Register(() => done.TrySetCanceled(cancellationToken));
        return done.Task;
    }

    public void Advance(double seconds)
    {
        List<TaskCompletionSource> due;
        lock (_gate)
        {
            _now += seconds;
            due = _waits.Where(w => w.Due <= _now + 1e-9).Select(w => w.Done).ToList();
            _waits.RemoveAll(w => w.Due <= _now + 1e-9);
        }
        due.ForEach(d => d.TrySetResult());
    }
}
