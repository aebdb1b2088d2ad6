using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ConnectMonitor.Engine.Errors;

namespace ConnectMonitor.Engine.Supervision
{
    /// <summary>
    /// Watches for contacts that become live (Get-ConnectLiveContact -Wait): reads the live contacts once per interval
    /// through a function given to it (so it does not care how one poll gathers them), and hands out each contact the
    /// first time it is seen. It remembers only the contacts of the last successful poll, so its memory follows the
    /// floor, not the hours watched: a contact that is no longer live is forgotten. A poll that fails for a reason that
    /// passes (throttling after the retries, a 5xx, a broken connection) is one warning per outage and one when the reads
    /// work again; any other failure, and every failure of the first poll, is thrown. Not thread-safe: one consumer.
    /// </summary>
    public sealed class LiveContactWatcher
    {
        private readonly Func<CancellationToken, Task<IReadOnlyList<LiveContactRecord>>> _readOnce;
        private readonly TimeSpan _interval;
        private readonly Func<TimeSpan, CancellationToken, Task> _delay;
        private HashSet<string> _live = new HashSet<string>(StringComparer.Ordinal);
        private bool _polled;
        private int _failedPolls;

        /// <summary>
        /// A watcher that calls <paramref name="readOnce"/> every <paramref name="interval"/> (the first time at once);
        /// <paramref name="delay"/> waits between polls (default <see cref="Task.Delay(TimeSpan, CancellationToken)"/>).
        /// </summary>
        public LiveContactWatcher(Func<CancellationToken, Task<IReadOnlyList<LiveContactRecord>>> readOnce, TimeSpan interval,
            Func<TimeSpan, CancellationToken, Task> delay = null)
        {
            _readOnce = readOnce ?? throw new ArgumentNullException(nameof(readOnce));
            if (interval <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(interval), "The poll interval must be positive.");
            }

            _interval = interval;
            _delay = delay ?? Task.Delay;
        }

        /// <summary>How many contacts the watcher remembers now (those of the last successful poll).</summary>
        public int RememberedCount => _live.Count;

        /// <summary>
        /// Polls (waiting the interval before every poll but the first) until there is something to say: contacts not
        /// seen live before, or a warning. Ends only by <paramref name="cancellationToken"/>
        /// (<see cref="OperationCanceledException"/>) or a failure that does not pass (<see cref="ConnectServiceException"/>,
        /// <see cref="ConnectConfigurationException"/>).
        /// </summary>
        public async Task<LiveContactWatchStep> NextAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                if (_polled || _failedPolls > 0)
                {
                    await _delay(_interval, cancellationToken).ConfigureAwait(false);
                }

                IReadOnlyList<LiveContactRecord> current;
                try
                {
                    current = await _readOnce(cancellationToken).ConfigureAwait(false);
                }
                catch (ConnectServiceException failure) when (_polled && Passes(failure))
                {
                    if (++_failedPolls == 1)
                    {
                        return new LiveContactWatchStep(Array.Empty<LiveContactRecord>(),
                            $"Reading the live contacts failed: {failure.Message} Still watching: polling again every {Seconds(_interval)}, one warning when the reads work again.");
                    }

                    continue;
                }

                var step = Take(current);
                if (_failedPolls > 0)
                {
                    var failed = _failedPolls;
                    _failedPolls = 0;
                    return new LiveContactWatchStep(step, $"Reading the live contacts works again after {failed} failed poll{(failed == 1 ? "" : "s")}; contacts that became live meanwhile follow.");
                }

                if (step.Count > 0)
                {
                    return new LiveContactWatchStep(step, null);
                }
            }
        }

        /// <summary>
        /// The bookkeeping of one successful poll: the contacts of <paramref name="current"/> not live in the poll before
        /// (each once, however often it is listed), after which only <paramref name="current"/>'s contacts are remembered.
        /// </summary>
        public IReadOnlyList<LiveContactRecord> Take(IReadOnlyList<LiveContactRecord> current)
        {
            var now = new HashSet<string>(StringComparer.Ordinal);
            var fresh = new List<LiveContactRecord>();
            foreach (var record in current ?? Array.Empty<LiveContactRecord>())
            {
                var key = record.ContactId + "\u001f" + record.AgentId;
                if (now.Add(key) && !_live.Contains(key))
                {
                    fresh.Add(record);
                }
            }

            _live = now;
            _polled = true;
            return fresh;
        }

        // What passes by itself: the quota, the service's own failures, the network. Not: permissions, names, the request.
        private static bool Passes(ConnectServiceException failure) =>
            failure.Kind == ConnectServiceErrorKind.Throttling || failure.Kind == ConnectServiceErrorKind.InternalService ||
            failure.Kind == ConnectServiceErrorKind.Transport || failure.StatusCode >= 500;

        private static string Seconds(TimeSpan interval) =>
            interval.TotalSeconds == 1 ? "second" : $"{interval.TotalSeconds:0.###} seconds";
    }

    /// <summary>What one <see cref="LiveContactWatcher.NextAsync"/> hands out.</summary>
    public sealed class LiveContactWatchStep
    {
        internal LiveContactWatchStep(IReadOnlyList<LiveContactRecord> newContacts, string warning)
        {
            NewContacts = newContacts;
            Warning = warning;
        }

        /// <summary>Contacts that became live since the poll before (possibly none).</summary>
        public IReadOnlyList<LiveContactRecord> NewContacts { get; }

        /// <summary>A warning to show (an outage began, or ended); null when none.</summary>
        public string Warning { get; }
    }
}
