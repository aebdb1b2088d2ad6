using System;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Reflection;
using System.Threading;

namespace ConnectMonitor.Engine.Diagnostics
{
    /// <summary>
    /// Opt-in phase timestamps for the cold-start benchmark (tests/ConnectMonitor.Benchmarks, ColdStart): when the
    /// environment variable <see cref="VariableName"/> names a file as the engine loads, each <see cref="Mark"/> appends
    /// one line <c>name TAB utc-ticks TAB jit-ms TAB jitted-methods TAB loaded-assemblies</c> to it, and the first
    /// request's socket and HTTP events are marked too. Off (the variable unset), a mark is one test of a static
    /// read-only field; nothing else is loaded or run.
    /// </summary>
    internal static class StartupTrace
    {
        /// <summary>The environment variable naming the file to append marks to.</summary>
        public const string VariableName = "CONNECTMONITOR_STARTUP_TRACE";

        private static readonly TraceFile File = new TraceFile(VariableName);

        /// <summary>Whether marks are being written.</summary>
        public static bool Enabled => File.Enabled;

        /// <summary>Appends a mark (no-op unless enabled).</summary>
        public static void Mark(string name)
        {
            if (File.Enabled)
            {
                Recorder.Write(File, name);
            }
        }

        /// <summary>Starts marking the runtime's socket and HTTP events (no-op unless enabled).</summary>
        public static void ListenToNetwork()
        {
            if (File.Enabled)
            {
                Recorder.Listen(File);
            }
        }

        /// <summary>Everything the marks need, initialised only when tracing is on.</summary>
        private static class Recorder
        {
            private static readonly object Gate = new object();
            private static readonly Func<bool, TimeSpan> JitTime = JitInfoMethod<Func<bool, TimeSpan>>("GetCompilationTime");
            private static readonly Func<bool, long> JitMethods = JitInfoMethod<Func<bool, long>>("GetCompiledMethodCount");
            private static NetworkListener _listener;

            public static void Listen(TraceFile file)
            {
                lock (Gate)
                {
                    _listener = _listener ?? new NetworkListener(file);
                }
            }

            public static void Write(TraceFile file, string name)
            {
                var line = string.Join("\t",
                    name,
                    DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture),
                    (JitTime == null ? -1 : JitTime(false).TotalMilliseconds).ToString("0.00", CultureInfo.InvariantCulture),
                    (JitMethods == null ? -1 : JitMethods(false)).ToString(CultureInfo.InvariantCulture),
                    AppDomain.CurrentDomain.GetAssemblies().Length.ToString(CultureInfo.InvariantCulture));
                file.Append(line);
            }

            // System.Runtime.JitInfo exists on .NET 6 and later only; the engine is netstandard2.0.
            private static T JitInfoMethod<T>(string name)
                where T : Delegate
            {
                var method = Type.GetType("System.Runtime.JitInfo")?.GetMethod(name, BindingFlags.Public | BindingFlags.Static, null, new[] { typeof(bool) }, null);
                return method == null ? null : (T)method.CreateDelegate(typeof(T));
            }
        }

        /// <summary>Marks the first request's connection and HTTP events.</summary>
        private sealed class NetworkListener : EventListener
        {
            private readonly TraceFile _file;
            private int _seen;

            public NetworkListener(TraceFile file) => _file = file;

            protected override void OnEventSourceCreated(EventSource eventSource)
            {
                if (eventSource.Name == "System.Net.Http" || eventSource.Name == "System.Net.Sockets")
                {
                    EnableEvents(eventSource, EventLevel.Informational);
                }
            }

            protected override void OnEventWritten(EventWrittenEventArgs eventData)
            {
                // Only the first request matters for a cold start: a handful of events.
                if (_file == null || eventData.EventName == null || Interlocked.Increment(ref _seen) > 12)
                {
                    return;
                }

                Recorder.Write(_file, "net:" + eventData.EventName);
            }
        }
    }
}
