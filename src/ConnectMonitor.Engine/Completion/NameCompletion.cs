using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace ConnectMonitor.Engine.Completion
{
    /// <summary>
    /// Tab completion's reading, bounded and cached: a completion waits at most <see cref="Bound"/> and then offers
    /// nothing, while the read goes on in the background for at most <see cref="LateAnswerLimit"/> (so a slow first read,
    /// a cold start, serves the next Tab; a second Tab while it runs waits for the same read instead of sending another).
    /// A failed read offers nothing and is not remembered; a successful one is remembered for <see cref="TimeToLive"/>,
    /// per command-line session, kind, instance, region and prefix, and a complete answer for a prefix also serves every
    /// longer prefix. Never throws; sends nothing for a query that cannot ask. One instance per PowerShell session;
    /// thread-safe.
    /// </summary>
    public sealed class NameCompletion
    {
        /// <summary>How long completion waits at the most: about 2 s, then nothing.</summary>
        public static readonly TimeSpan DefaultBound = TimeSpan.FromSeconds(2);

        /// <summary>How long an answer is remembered: a few minutes.</summary>
        public static readonly TimeSpan DefaultTimeToLive = TimeSpan.FromMinutes(3);

        /// <summary>How long a read may go on after the completion that started it gave up waiting.</summary>
        public static readonly TimeSpan LateAnswerLimit = TimeSpan.FromSeconds(30);

        private const int MaxEntries = 256;

        private readonly ICompletionSource _source;
        private readonly Func<DateTimeOffset> _now;
        private readonly Dictionary<string, (DateTimeOffset At, CompletionPage Page)> _cache = new Dictionary<string, (DateTimeOffset, CompletionPage)>(StringComparer.Ordinal);
        private readonly Dictionary<string, Task<CompletionPage>> _reading = new Dictionary<string, Task<CompletionPage>>(StringComparer.Ordinal);
        private readonly object _gate = new object();

        /// <summary>Completion from Amazon Connect with the default bound and lifetime.</summary>
        public NameCompletion()
            : this(new ConnectCompletionSource(LateAnswerLimit), DefaultBound, DefaultTimeToLive, null)
        {
        }

        /// <summary>Completion from <paramref name="source"/>, with a bound, a lifetime for answers and a clock.</summary>
        internal NameCompletion(ICompletionSource source, TimeSpan bound, TimeSpan timeToLive, Func<DateTimeOffset> now)
        {
            _source = source ?? throw new ArgumentNullException(nameof(source));
            Bound = bound;
            TimeToLive = timeToLive;
            _now = now ?? (() => DateTimeOffset.UtcNow);
        }

        /// <summary>The longest wait for an answer.</summary>
        public TimeSpan Bound { get; }

        /// <summary>How long an answer is remembered.</summary>
        public TimeSpan TimeToLive { get; }

        /// <summary>
        /// The candidates whose label or value starts with the query's prefix (ignoring case), from the cache or one bounded
        /// read; empty when the query cannot ask, the read fails or takes longer than <see cref="Bound"/>.
        /// </summary>
        public IReadOnlyList<CompletionCandidate> Complete(CompletionQuery query)
        {
            if (query == null || !query.CanAsk)
            {
                return Array.Empty<CompletionCandidate>();
            }

            // Instances are listed whole and matched here; names are searched by prefix.
            var asked = query.Kind == CompletionKind.Instance ? query.WithPrefix("") : query;
            var page = Cached(asked) ?? Read(asked);
            return page == null ? (IReadOnlyList<CompletionCandidate>)Array.Empty<CompletionCandidate>() : Matching(page.Candidates, query.Prefix);
        }

        private CompletionPage Read(CompletionQuery query)
        {
            var read = Reading(query);
            try
            {
                if (!read.Wait(Bound))
                {
                    return null;
                }

                // Remembered here as well as by the read's continuation: Wait can return before the continuation has
                // run, and the next Tab must find the answer.
                var page = read.Result;
                if (page != null)
                {
                    lock (_gate)
                    {
                        Remember(Key(query, query.Prefix), page);
                    }
                }

                return page;
            }
            catch (Exception)
            {
                // A failing read (no credentials, no region, access denied, a broken answer) offers nothing, silently.
                return null;
            }
        }

        // The read in flight for this query, or a new one: remembered when it succeeds, given up after LateAnswerLimit.
        private Task<CompletionPage> Reading(CompletionQuery query)
        {
            var key = Key(query, query.Prefix);
            lock (_gate)
            {
                if (_reading.TryGetValue(key, out var inFlight))
                {
                    return inFlight;
                }

                var cancellation = new CancellationTokenSource(LateAnswerLimit);
                var read = Task.Run(() => _source.ReadAsync(query, cancellation.Token), cancellation.Token);
                _reading[key] = read;
                read.ContinueWith(done =>
                {
                    lock (_gate)
                    {
                        _reading.Remove(key);
                        if (done.Status == TaskStatus.RanToCompletion && done.Result != null)
                        {
                            Remember(key, done.Result);
                        }
                    }

                    cancellation.Dispose();
                    _ = done.Exception;
                }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                return read;
            }
        }

        private CompletionPage Cached(CompletionQuery query)
        {
            lock (_gate)
            {
                var now = _now();
                foreach (var stale in _cache.Where(e => now - e.Value.At > TimeToLive).Select(e => e.Key).ToList())
                {
                    _cache.Remove(stale);
                }

                // The exact prefix, else a shorter one whose answer held every match.
                var prefix = query.Prefix;
                for (var length = prefix.Length; length >= 0; length--)
                {
                    if (_cache.TryGetValue(Key(query, prefix.Substring(0, length)), out var entry) && (length == prefix.Length || entry.Page.Complete))
                    {
                        return entry.Page;
                    }
                }

                return null;
            }
        }

        // Called under _gate.
        private void Remember(string key, CompletionPage page)
        {
            if (_cache.TryGetValue(key, out var known) && ReferenceEquals(known.Page, page))
            {
                return;
            }

            if (!_cache.ContainsKey(key) && _cache.Count >= MaxEntries)
            {
                _cache.Remove(_cache.OrderBy(e => e.Value.At).First().Key);
            }

            _cache[key] = (_now(), page);
        }

        private static string Key(CompletionQuery query, string prefix) =>
            string.Join("\u001f", query.Settings.CacheKey, query.Kind.ToString(), query.InstanceId ?? "", query.Region ?? "", prefix.ToLowerInvariant());

        private static IReadOnlyList<CompletionCandidate> Matching(IEnumerable<CompletionCandidate> candidates, string prefix) =>
            candidates.Where(c => Starts(c.Label, prefix) || Starts(c.Value, prefix)).ToList();

        private static bool Starts(string text, string prefix) => text != null && text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
    }
}
