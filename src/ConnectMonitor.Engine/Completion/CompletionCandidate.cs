namespace ConnectMonitor.Engine.Completion
{
    /// <summary>One value tab completion offers.</summary>
    public sealed class CompletionCandidate
    {
        /// <summary>Creates a candidate.</summary>
        public CompletionCandidate(string value, string label, string detail)
        {
            Value = value;
            Label = label;
            Detail = detail;
        }

        /// <summary>What goes on the command line (a name, or an instance id).</summary>
        public string Value { get; }

        /// <summary>What the list shows and what the typed word is matched against (a name, or an instance alias).</summary>
        public string Label { get; }

        /// <summary>The tooltip: what the value is (ids, full name, level).</summary>
        public string Detail { get; }
    }
}
