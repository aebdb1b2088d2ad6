using ConnectMonitor.Engine.Errors;
using ConnectMonitor.Engine.Supervision;
using Xunit;

namespace ConnectMonitor.Engine.Tests.Supervision;

/// <summary>
/// The bookkeeping of Get-ConnectLiveContact -Wait, without a clock or a network: polls are a list the test hands out,
/// the wait between polls returns at once. Each contact is handed out once while it stays live, what is remembered is
/// the last poll's contacts (bounded however long it runs), and an outage is one warning and one when it ends.
/// </summary>
public sealed class LiveContactWatcherTests
{
    private static LiveContactRecord Contact(int n, string agent = "agent-1") => new() { ContactId = $"contact-{n}", AgentId = agent };

    private static LiveContactWatcher Over(Queue<Func<IReadOnlyList<LiveContactRecord>>> polls) =>
        new(_ => Task.FromResult(polls.Dequeue()()), TimeSpan.FromSeconds(5), (_, _) => Task.CompletedTask);

    private static ConnectServiceException Failure(ConnectServiceErrorKind kind, int status) =>
        new(kind, kind.ToString(), $"{kind} happened.", status, "request-1");

    [Fact]
    public void Over_many_polls_with_contacts_coming_and_going_each_is_handed_out_once_per_stay_and_memory_stays_bounded()
    {
        var watcher = new LiveContactWatcher(_ => throw new InvalidOperationException("not polled"), TimeSpan.FromSeconds(5));
        var handedOut = new List<string>();
        var largest = 0;

        // 10,000 polls; a floor of at most 20 live contacts at a time, each staying 20 polls, then gone for good.
        for (var poll = 0; poll < 10_000; poll++)
        {
            var live = Enumerable.Range(Math.Max(0, poll - 19), Math.Min(poll + 1, 20)).Select(n => Contact(n)).ToList();
            live.Add(live[0]); // a contact listed twice in one answer (two pages) is still one contact
            handedOut.AddRange(watcher.Take(live).Select(c => c.ContactId));
            largest = Math.Max(largest, watcher.RememberedCount);
        }

        Assert.Equal(Enumerable.Range(0, 10_000).Select(n => $"contact-{n}"), handedOut);
        Assert.Equal(20, largest);
    }

    [Fact]
    public void The_same_contact_with_another_agent_is_another_contact_and_one_that_left_and_came_back_is_handed_out_again()
    {
        var watcher = new LiveContactWatcher(_ => throw new InvalidOperationException("not polled"), TimeSpan.FromSeconds(5));

        Assert.Single(watcher.Take([Contact(1)]));
        Assert.Single(watcher.Take([Contact(1), Contact(1, "agent-2")]));
        Assert.Empty(watcher.Take([]));
        Assert.Equal(0, watcher.RememberedCount);
        Assert.Single(watcher.Take([Contact(1)]));
    }

    [Fact]
    public async Task The_first_poll_hands_out_the_live_contacts_and_quiet_polls_hand_out_nothing()
    {
        var polls = new Queue<Func<IReadOnlyList<LiveContactRecord>>>([() => [Contact(1)], () => [Contact(1)], () => [Contact(1)], () => [Contact(1), Contact(2)]]);
        var watcher = Over(polls);

        var first = await watcher.NextAsync(CancellationToken.None);
        var second = await watcher.NextAsync(CancellationToken.None);

        Assert.Equal(["contact-1"], first.NewContacts.Select(c => c.ContactId));
        Assert.Equal(["contact-2"], second.NewContacts.Select(c => c.ContactId));
        Assert.Null(second.Warning);
        Assert.Empty(polls);
    }

    [Theory]
    [InlineData(ConnectServiceErrorKind.Throttling, 429)]
    [InlineData(ConnectServiceErrorKind.InternalService, 500)]
    [InlineData(ConnectServiceErrorKind.Transport, 0)]
    [InlineData(ConnectServiceErrorKind.Unknown, 503)]
    public async Task An_outage_of_many_polls_is_one_warning_then_one_when_it_ends_with_what_became_live_meanwhile(ConnectServiceErrorKind kind, int status)
    {
        Func<IReadOnlyList<LiveContactRecord>> fails = () => throw Failure(kind, status);
        var polls = new Queue<Func<IReadOnlyList<LiveContactRecord>>>([() => [Contact(1)], fails, fails, fails, fails, () => [Contact(1), Contact(2)]]);
        var watcher = Over(polls);
        await watcher.NextAsync(CancellationToken.None);

        var outage = await watcher.NextAsync(CancellationToken.None);
        var recovered = await watcher.NextAsync(CancellationToken.None);

        Assert.Empty(outage.NewContacts);
        Assert.Contains($"{kind} happened.", outage.Warning);
        Assert.Contains("Still watching: polling again every 5 seconds", outage.Warning);
        Assert.Equal("Reading the live contacts works again after 4 failed polls; contacts that became live meanwhile follow.", recovered.Warning);
        Assert.Equal(["contact-2"], recovered.NewContacts.Select(c => c.ContactId));
        Assert.Empty(polls);
    }

    [Fact]
    public async Task A_failure_that_does_not_pass_ends_the_watch()
    {
        var denied = Failure(ConnectServiceErrorKind.AccessDenied, 403);
        var polls = new Queue<Func<IReadOnlyList<LiveContactRecord>>>([() => [Contact(1)], () => throw denied]);
        var watcher = Over(polls);
        await watcher.NextAsync(CancellationToken.None);

        Assert.Same(denied, await Assert.ThrowsAsync<ConnectServiceException>(() => watcher.NextAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task A_failed_first_poll_ends_the_watch_even_when_it_would_pass()
    {
        var throttled = Failure(ConnectServiceErrorKind.Throttling, 429);
        var watcher = Over(new Queue<Func<IReadOnlyList<LiveContactRecord>>>([() => throw throttled]));

        Assert.Same(throttled, await Assert.ThrowsAsync<ConnectServiceException>(() => watcher.NextAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task Stop_during_the_wait_between_polls_ends_it()
    {
        var watcher = new LiveContactWatcher(_ => Task.FromResult<IReadOnlyList<LiveContactRecord>>([Contact(1)]), TimeSpan.FromHours(1));
        using var stop = new CancellationTokenSource();
        await watcher.NextAsync(stop.Token);

        var waiting = watcher.NextAsync(stop.Token);
        stop.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }
}
