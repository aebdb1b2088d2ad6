using ConnectMonitor.Engine.Completion;
using ConnectMonitor.Engine.Sessions;
using Xunit;

namespace ConnectMonitor.Engine.Tests.Completion;

/// <summary>
/// NameCompletion's cache with a counting source and a hand-moved clock (no network, no waiting): what is remembered,
/// for how long, and what a shorter prefix's answer can serve. The bound and "never an error" against a real endpoint:
/// tests/ConnectMonitor.Tests/Supervision/NameCompletionTests.cs.
/// </summary>
public sealed class NameCompletionCacheTests
{
    private sealed class CountingSource(bool complete) : ICompletionSource
    {
        private static readonly string[] Names = ["jane.supervisor", "jdoe", "kim"];

        public int Reads { get; private set; }

        public bool Fail { get; set; }

        public Task<CompletionPage> ReadAsync(CompletionQuery query, CancellationToken cancellationToken)
        {
            Reads++;
            if (Fail)
            {
                throw new InvalidOperationException("the service failed");
            }

            var found = Names.Where(n => n.StartsWith(query.Prefix, StringComparison.OrdinalIgnoreCase)).Select(n => new CompletionCandidate(n, n, "user " + n)).ToList();
            return Task.FromResult(new CompletionPage(found, complete));
        }
    }

    private DateTimeOffset _now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    private NameCompletion Completion(ICompletionSource source) => new(source, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(3), () => _now);

    private static CompletionQuery Query(string prefix, string instance = "i-1") =>
        new(new ConnectSessionSettings { Region = "us-east-1" }, CompletionKind.User, instance, null, prefix);

    [Fact]
    public void An_answer_is_remembered_for_three_minutes_then_read_again()
    {
        var source = new CountingSource(complete: true);
        var completion = Completion(source);

        completion.Complete(Query("j"));
        _now = _now.AddMinutes(2.9);
        var cached = completion.Complete(Query("j"));
        _now = _now.AddMinutes(0.2);
        completion.Complete(Query("j"));

        Assert.Equal(["jane.supervisor", "jdoe"], cached.Select(c => c.Value));
        Assert.Equal(2, source.Reads);
    }

    [Fact]
    public void A_complete_answer_serves_longer_prefixes_and_a_partial_one_does_not()
    {
        var complete = new CountingSource(complete: true);
        var partial = new CountingSource(complete: false);
        var fromComplete = Completion(complete);
        var fromPartial = Completion(partial);

        fromComplete.Complete(Query(""));
        var narrowed = fromComplete.Complete(Query("JD"));
        fromPartial.Complete(Query(""));
        fromPartial.Complete(Query("jd"));

        Assert.Equal(["jdoe"], narrowed.Select(c => c.Value));
        Assert.Equal(1, complete.Reads);
        Assert.Equal(2, partial.Reads);
    }

    [Fact]
    public void A_failed_read_offers_nothing_and_is_not_remembered()
    {
        var source = new CountingSource(complete: true) { Fail = true };
        var completion = Completion(source);

        var failed = completion.Complete(Query("j"));
        source.Fail = false;
        var next = completion.Complete(Query("j"));

        Assert.Empty(failed);
        Assert.Equal(2, next.Count);
        Assert.Equal(2, source.Reads);
    }

    [Fact]
    public void Another_instance_is_another_answer_and_no_instance_reads_nothing()
    {
        var source = new CountingSource(complete: true);
        var completion = Completion(source);

        completion.Complete(Query("j", "i-1"));
        completion.Complete(Query("j", "i-2"));
        var none = completion.Complete(Query("j", null!));

        Assert.Empty(none);
        Assert.Equal(2, source.Reads);
    }
}
