using ConnectMonitor.Engine.Monitoring;
using Xunit;

namespace ConnectMonitor.Engine.Tests.Monitoring;

/// <summary>The call queue's own contract: input order, the in-flight limit, nothing started after the caller stops, cancellation.</summary>
public sealed class OrderedCallQueueTests
{
    [Fact]
    public void Outcomes_come_back_in_input_order_when_later_calls_finish_first()
    {
        using var queue = new OrderedCallQueue<int>(throttleLimit: 4);
        var gates = Enumerable.Range(0, 4).Select(_ => new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var handedBack = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            var gate = gates[i];
            handedBack.AddRange(queue.Add(_ => gate.Task, _ => -1));
        }

        gates[3].SetResult(3);
        gates[1].SetResult(1);
        gates[2].SetResult(2);
        gates[0].SetResult(0);
        handedBack.AddRange(queue.Drain());

        Assert.Equal([0, 1, 2, 3], handedBack);
    }

    [Fact]
    public void No_more_than_the_throttle_limit_run_at_once()
    {
        using var queue = new OrderedCallQueue<int>(throttleLimit: 2);
        var running = 0;
        var most = 0;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var outcomes = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            var n = i;
            outcomes.AddRange(queue.Add(async _ =>
            {
                var now = Interlocked.Increment(ref running);
                InterlockedMax(ref most, now);
                await release.Task;
                Interlocked.Decrement(ref running);
                return n;
            }, _ => -1));
        }

        release.SetResult();
        outcomes.AddRange(queue.Drain());

        Assert.Equal([0, 1, 2, 3], outcomes);
        Assert.InRange(most, 1, 2);
    }

    [Fact]
    public void A_call_is_not_started_when_the_caller_stops_while_making_room()
    {
        using var queue = new OrderedCallQueue<int>(throttleLimit: 2);
        var gates = Enumerable.Range(0, 4).Select(_ => new TaskCompletionSource<int>()).ToArray();
        foreach (var gate in gates)
        {
            Assert.Empty(queue.Add(_ => gate.Task, _ => -1));
        }

        // Every call already in the window finishes: which two of the four Task.Run-started calls took the two in-flight
        // slots first is up to the thread pool, so completing only the first could leave the head waiting for a slot.
        for (var i = 0; i < gates.Length; i++)
        {
            gates[i].SetResult(i);
        }

        var started = 0;
        // The window (twice the limit) is full: the next call must wait for the head to be handed back first.
        using (var enumerator = queue.Add(_ => Task.FromResult(Interlocked.Increment(ref started)), _ => -1).GetEnumerator())
        {
            // A caller that gives up on the first outcome handed back (a terminating error while writing it) never starts the call.
            Assert.True(enumerator.MoveNext());
        }

        Assert.Equal(0, started);
    }

    [Fact]
    public void A_failing_call_becomes_an_outcome()
    {
        using var queue = new OrderedCallQueue<string>(throttleLimit: 2);
        var outcomes = queue.Add(_ => throw new InvalidOperationException("boom"), ex => ex.Message).ToList();
        outcomes.AddRange(queue.Drain());

        Assert.Equal(["boom"], outcomes);
    }

    [Fact]
    public void Cancel_ends_the_wait_for_a_call_that_never_finishes()
    {
        using var queue = new OrderedCallQueue<string>(throttleLimit: 2);
        var never = new TaskCompletionSource<string>();
        var started = new ManualResetEventSlim();
        Assert.Empty(queue.Add(_ => { started.Set(); return never.Task; }, _ => "failed"));
        // The call runs on the thread pool: cancel only once it is in flight, or the queue (rightly) turns the
        // cancelled wait for a slot into a "failed" outcome instead of a cancelled wait.
        Assert.True(started.Wait(TimeSpan.FromSeconds(30)));

        queue.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => queue.Drain().ToList());
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
