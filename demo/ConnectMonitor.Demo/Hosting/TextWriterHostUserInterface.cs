using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;
using System.Text.RegularExpressions;

namespace ConnectMonitor.Demo.Hosting;

/// <summary>
/// The <see cref="TextWriterHost"/>'s UI: every line PowerShell writes goes to one <see cref="TextWriter"/>; warnings,
/// verbose and debug lines carry their usual prefixes; in plain-text mode VT escape sequences (colours) are removed. Prompts are refused (the host is non-interactive), so a
/// mandatory parameter left out is an error, not a hang.
/// </summary>
internal sealed partial class TextWriterHostUserInterface(TextWriter writer, int width, bool plainText) : PSHostUserInterface
{
    private readonly object _gate = new();

    public override bool SupportsVirtualTerminal => !plainText;

    public override PSHostRawUserInterface RawUI { get; } = new TextWriterHostRawUserInterface(width);

    public override void Write(string value) { lock (_gate) writer.Write(Plain(value)); }

    public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => Write(value);

    public override void WriteLine(string value) { lock (_gate) writer.WriteLine(Plain(value)); }

    public override void WriteErrorLine(string value) => WriteLine(value);

    public override void WriteWarningLine(string message) => WriteLine("WARNING: " + message);

    public override void WriteVerboseLine(string message) => WriteLine("VERBOSE: " + message);

    public override void WriteDebugLine(string message) => WriteLine("DEBUG: " + message);

    public override void WriteProgress(long sourceId, ProgressRecord record) { }

    public override string ReadLine() => throw NotInteractive();

    public override SecureString ReadLineAsSecureString() => throw NotInteractive();

    public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) => throw NotInteractive();

    public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice) => throw NotInteractive();

    public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) => throw NotInteractive();

    public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName,
        PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) => throw NotInteractive();

    private string Plain(string value) => plainText ? EscapeSequence().Replace(value, "") : value;

    [GeneratedRegex(@"\x1b\[[0-9;?]*[A-Za-z]")]
    private static partial Regex EscapeSequence();

    private static PSNotSupportedException NotInteractive() => new("This host is not interactive.");
}
