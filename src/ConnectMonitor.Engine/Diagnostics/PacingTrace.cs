using System.Globalization;
using System.Threading;

namespace ConnectMonitor.Engine.Diagnostics
{
    /// <summary>
    /// Opt-in trace of the adaptive pacing's decisions for the pacing benchmark (tests/ConnectMonitor.Benchmarks,
    /// AdaptivePacingBenchmark): when the environment variable <see cref="VariableName"/> names a file as the engine
    /// loads, every throttling answer, cut and long retry wait appends one line to it (limiter number, its clock in
    /// seconds, what happened). Off (the variable unset), each call is one test of a static read-only field.
    /// </summary>
    internal static class PacingTrace
    {
        /// <summary>The environment variable naming the file to append lines to.</summary>
        public const string VariableName = "CONNECTMONITOR_PACING_TRACE";

        private static readonly TraceFile File = new TraceFile(VariableName);
        private static int _limiters;

        /// <summary>True when tracing is on.</summary>
        public static bool Enabled => File.Enabled;

        /// <summary>A number for a new limiter's lines.</summary>
        public static int NextLimiter() => Interlocked.Increment(ref _limiters);

        /// <summary>Appends a line (no-op unless enabled).</summary>
        public static void Write(int limiter, double now, string text)
        {
            if (File.Enabled)
            {
                File.Append(string.Format(CultureInfo.InvariantCulture, "L{0}\t{1:0.0000}\t{2}", limiter, now, text));
            }
        }
    }
}
