using System;

namespace ConnectMonitor.Engine.Diagnostics
{
    /// <summary>
    /// An opt-in trace file for the benchmarks: the file an environment variable names as the engine loads, or none.
    /// Lines from any thread are appended whole. Off (the variable unset), <see cref="Enabled"/> is a test of a field.
    /// </summary>
    internal sealed class TraceFile
    {
        private readonly object _gate = new object();
        private readonly string _path;

        /// <summary>The file <paramref name="variableName"/> names now, if any.</summary>
        public TraceFile(string variableName)
        {
            _path = Environment.GetEnvironmentVariable(variableName);
        }

        /// <summary>True when a file is named.</summary>
        public bool Enabled => _path != null;

        /// <summary>Appends <paramref name="line"/> and a line feed (nothing when off).</summary>
        public void Append(string line)
        {
            if (_path == null)
            {
                return;
            }

            lock (_gate)
            {
                System.IO.File.AppendAllText(_path, line + "\n");
            }
        }
    }
}
