using System.Globalization;
using System.Management.Automation.Host;

namespace ConnectMonitor.Demo.Hosting;

/// <summary>
/// A non-interactive PowerShell host whose console is a <see cref="TextWriter"/>: what <c>Out-Default</c> and
/// <c>Out-Host</c> render (tables from the module's format file, error views, warnings) is written there as text.
/// Used by the demo and by tests that assert on PowerShell's formatting.
/// </summary>
public sealed class TextWriterHost : PSHost
{
    private readonly Guid _instanceId = Guid.NewGuid();

    /// <summary>A host writing to <paramref name="writer"/>, formatting tables for a console <paramref name="width"/> columns
    /// wide; <paramref name="plainText"/> removes the VT colour codes PowerShell's formatting adds.</summary>
    public TextWriterHost(TextWriter writer, int width = 200, bool plainText = true)
    {
        UI = new TextWriterHostUserInterface(writer, width, plainText);
    }

    /// <inheritdoc />
    public override string Name => "ConnectMonitor.TextWriterHost";

    /// <inheritdoc />
    public override Version Version { get; } = new(1, 0);

    /// <inheritdoc />
    public override Guid InstanceId => _instanceId;

    /// <inheritdoc />
    public override PSHostUserInterface UI { get; }

    /// <inheritdoc />
    public override CultureInfo CurrentCulture => CultureInfo.InvariantCulture;

    /// <inheritdoc />
    public override CultureInfo CurrentUICulture => CultureInfo.InvariantCulture;

    /// <summary>The exit code a script asked for with <c>exit N</c>, if any.</summary>
    public int? ExitCode { get; private set; }

    /// <inheritdoc />
    public override void SetShouldExit(int exitCode) => ExitCode = exitCode;

    /// <inheritdoc />
    public override void EnterNestedPrompt() => throw new NotSupportedException("This host is not interactive.");

    /// <inheritdoc />
    public override void ExitNestedPrompt() => throw new NotSupportedException("This host is not interactive.");

    /// <inheritdoc />
    public override void NotifyBeginApplication() { }

    /// <inheritdoc />
    public override void NotifyEndApplication() { }
}
