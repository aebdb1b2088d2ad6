using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ConnectMonitor.Engine.Pacing
{
    /// <summary>
    /// The pacing of one pipeline: one <see cref="RequestRateLimiter"/> per service endpoint and operation (each has a
    /// quota of its own), created on first use and shared by every call and retry of the pipeline that goes there.
    /// Thread-safe.
    /// </summary>
    public sealed class PipelinePacing
    {
        private readonly ConcurrentDictionary<string, PacedOperation> _limiters =
            new ConcurrentDictionary<string, PacedOperation>(StringComparer.Ordinal);
        private readonly PacingClock _clock;

        internal PipelinePacing(PacingMode mode, double requestsPerSecond, int burst, PacingClock clock)
        {
            if (mode == PacingMode.Fixed && (!(requestsPerSecond > 0) || double.IsInfinity(requestsPerSecond)))
            {
                throw new ArgumentOutOfRangeException(nameof(requestsPerSecond), "A pinned rate must be a positive number.");
            }
            if (burst < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(burst), "The burst must be at least 1.");
            }

            Mode = mode;
            RequestsPerSecond = requestsPerSecond;
            Burst = burst;
            _clock = clock;
        }

        /// <summary>Finds the rate each operation's quota allows, starting unpaced (<see cref="AdaptiveRateLimiter"/>).</summary>
        public static PipelinePacing Adaptive(int burst = 5) => new PipelinePacing(PacingMode.Adaptive, 0, burst, null);

        /// <summary>Every operation pinned at <paramref name="requestsPerSecond"/> with <paramref name="burst"/>.</summary>
        public static PipelinePacing Fixed(double requestsPerSecond, int burst) => new PipelinePacing(PacingMode.Fixed, requestsPerSecond, burst, null);

        /// <summary>No client-side pacing.</summary>
        public static PipelinePacing Off() => new PipelinePacing(PacingMode.Off, 0, 1, null);

        /// <summary>Adaptive, fixed or off.</summary>
        internal PacingMode Mode { get; }

        /// <summary>The pinned rate (<see cref="PacingMode.Fixed"/> only).</summary>
        public double RequestsPerSecond { get; }

        /// <summary>The client bucket's size: a pinned burst, or the most an adaptive limiter lets go at once.</summary>
        public int Burst { get; }

        /// <summary>
        /// The limiter for <paramref name="operation"/> (e.g. "MonitorContact") at <paramref name="endpoint"/> (the URL
        /// requests go to), the same instance for every call of this pipeline; null when pacing is off.
        /// </summary>
        internal RequestRateLimiter LimiterFor(string endpoint, string operation)
        {
            if (string.IsNullOrEmpty(operation))
            {
                throw new ArgumentException("An operation name is required.", nameof(operation));
            }

            if (Mode == PacingMode.Off)
            {
                return null;
            }

            endpoint = endpoint ?? "";
            return _limiters.GetOrAdd(endpoint + "\n" + operation, _ => new PacedOperation(endpoint, operation, NewLimiter(operation))).Limiter;
        }

        /// <summary>Every endpoint and operation paced so far, in no particular order.</summary>
        internal IReadOnlyList<PacedOperation> Operations => _limiters.Values.ToList();

        /// <summary>
        /// The rate for a progress line: "19.6 requests/s", summed over the operations in use; null before any answer
        /// or when pacing is off.
        /// </summary>
        public string ProgressText()
        {
            var operations = Operations;
            if (operations.Count == 0 || operations.All(o => o.Limiter.AnsweredAttempts == 0))
            {
                return null;
            }

            return string.Format(CultureInfo.InvariantCulture, "{0:0.0} requests/s", operations.Sum(o => o.Limiter.AchievedRate));
        }

        /// <summary>One line per operation saying what the pacing came to (for -Verbose at the end of a pipeline).</summary>
        public IEnumerable<string> Summary()
        {
            foreach (var paced in Operations.OrderBy(o => o.Endpoint, StringComparer.Ordinal).ThenBy(o => o.Operation, StringComparer.Ordinal))
            {
                var limiter = paced.Limiter;
                var text = new StringBuilder();
                text.AppendFormat(CultureInfo.InvariantCulture, "Pacing of {0} at {1}: ", paced.Operation, paced.Endpoint);
                switch (limiter)
                {
                    case AdaptiveRateLimiter adaptive when adaptive.SettledRate is double settled:
                        text.AppendFormat(CultureInfo.InvariantCulture,
                            "adaptive, settled at {0:0.0} requests/s (the rate the service allowed when it last throttled; paced at {1:0.0} requests/s at the end)",
                            settled, adaptive.CurrentRate ?? settled);
                        break;
                    case AdaptiveRateLimiter adaptive:
                        text.AppendFormat(CultureInfo.InvariantCulture,
                            "adaptive, the service never throttled, so nothing was held back ({0:0.0} requests/s at the end)", adaptive.AchievedRate);
                        break;
                    case FixedRateLimiter pinned:
                        text.AppendFormat(CultureInfo.InvariantCulture, "pinned at {0:0.###} requests/s, burst {1}", pinned.RequestsPerSecond, pinned.Burst);
                        break;
                }

                text.AppendFormat(CultureInfo.InvariantCulture, "; {0} of {1} attempts throttled.", limiter.ThrottledAttempts, limiter.AnsweredAttempts);
                yield return text.ToString();
            }
        }

        private RequestRateLimiter NewLimiter(string operation) =>
            Mode == PacingMode.Fixed
                ? (RequestRateLimiter)new FixedRateLimiter(RequestsPerSecond, Burst, _clock)
                : new AdaptiveRateLimiter(Burst, DefaultQuota.FloorFor(operation), AdaptiveRateLimiter.DefaultMaxRate, _clock);
    }

    /// <summary>One endpoint and operation of a pipeline, and its limiter.</summary>
    internal sealed class PacedOperation
    {
        internal PacedOperation(string endpoint, string operation, RequestRateLimiter limiter)
        {
            Endpoint = endpoint;
            Operation = operation;
            Limiter = limiter;
        }

        /// <summary>The URL the operation's requests go to.</summary>
        public string Endpoint { get; }

        /// <summary>The operation, e.g. "MonitorContact".</summary>
        public string Operation { get; }

        /// <summary>Its limiter.</summary>
        public RequestRateLimiter Limiter { get; }
    }
}
