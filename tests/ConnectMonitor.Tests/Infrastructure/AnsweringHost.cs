using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;

namespace ConnectMonitor.Tests.Infrastructure;

/// <summary>
/// A host that answers -Confirm prompts from a script of answers ('Y' yes, 'N' no, 'A' yes to all, 'L' no to all) and
/// records what PowerShell showed: the prompts, the lines written to the host (-WhatIf text goes there), and whether a
/// progress bar was up when each prompt opened.
/// </summary>
public sealed class AnsweringHost(params char[] answers) : PSHost
{
    private readonly AnsweringUserInterface _ui = new(new Queue<char>(answers));

    public IReadOnlyList<string> Prompts => _ui.Prompts;

    public IReadOnlyList<string> Lines => _ui.Lines;

    /// <summary>For each prompt, in order: whether a progress activity was on show (written, not completed) when it opened.</summary>
    public IReadOnlyList<bool> ProgressShownAtPrompt => _ui.ProgressShownAtPrompt;

    /// <summary>How many progress records that show an activity (not completed ones) reached the host.</summary>
    public int ProgressShownCount => _ui.ProgressShownCount;

    public override string Name => "ConnectMonitor.Tests.AnsweringHost";

    public override Version Version { get; } = new(1, 0);

    public override Guid InstanceId { get; } = Guid.NewGuid();

    public override PSHostUserInterface UI => _ui;

    public override CultureInfo CurrentCulture => CultureInfo.InvariantCulture;

    public override CultureInfo CurrentUICulture => CultureInfo.InvariantCulture;

    public override void SetShouldExit(int exitCode) { }

    public override void EnterNestedPrompt() => throw new NotSupportedException();

    public override void ExitNestedPrompt() => throw new NotSupportedException();

    public override void NotifyBeginApplication() { }

    public override void NotifyEndApplication() { }

    private sealed class AnsweringUserInterface(Queue<char> answers) : PSHostUserInterface
    {
        public List<string> Prompts { get; } = [];

        public List<string> Lines { get; } = [];

        public List<bool> ProgressShownAtPrompt { get; } = [];

        public int ProgressShownCount { get; private set; }

        private readonly HashSet<int> _activitiesShown = [];

        public override PSHostRawUserInterface? RawUI => null;

        public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice)
        {
            lock (Prompts)
            {
                Prompts.Add(caption + "\n" + message);
                ProgressShownAtPrompt.Add(_activitiesShown.Count > 0);
                var answer = answers.Count > 0 ? answers.Dequeue() : throw new InvalidOperationException("no answer left for: " + message);
                var index = choices.ToList().FindIndex(c => c.Label.Contains("&" + answer, StringComparison.OrdinalIgnoreCase));
                return index >= 0 ? index : throw new InvalidOperationException($"no choice '{answer}' in: {string.Join(", ", choices.Select(c => c.Label))}");
            }
        }

        public override void WriteLine(string value) { lock (Lines) Lines.Add(value); }

        public override void Write(string value) => WriteLine(value);

        public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => WriteLine(value);

        public override void WriteErrorLine(string value) => WriteLine(value);

        public override void WriteDebugLine(string message) => WriteLine(message);

        public override void WriteVerboseLine(string message) => WriteLine(message);

        public override void WriteWarningLine(string message) => WriteLine(message);

        public override void WriteProgress(long sourceId, ProgressRecord record)
        {
            lock (Prompts)
            {
                if (record.RecordType == ProgressRecordType.Completed)
                {
                    _activitiesShown.Remove(record.ActivityId);
                }
                else
                {
                    _activitiesShown.Add(record.ActivityId);
                    ProgressShownCount++;
                }
            }
        }

        public override string ReadLine() => throw new NotSupportedException();

        public override SecureString ReadLineAsSecureString() => throw new NotSupportedException();

        public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) => throw new NotSupportedException();

        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) => throw new NotSupportedException();

        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName,
            PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) => throw new NotSupportedException();
    }
}
