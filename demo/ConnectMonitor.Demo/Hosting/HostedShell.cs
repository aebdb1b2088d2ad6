using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace ConnectMonitor.Demo.Hosting;

/// <summary>
/// A runspace of the real PowerShell engine (System.Management.Automation) attached to a <see cref="TextWriterHost"/>:
/// commands run through <c>Out-Default</c>, so their output reaches the writer exactly as PowerShell formats it
/// (the module's table view, error views), as plain text unless colours are asked for.
/// </summary>
public sealed class HostedShell : IDisposable
{
    private readonly Runspace _runspace;

    /// <summary>Opens a runspace whose console is <paramref name="console"/>, <paramref name="width"/> columns wide;
    /// <paramref name="plainText"/> false keeps PowerShell's colours (for a real terminal).</summary>
    public HostedShell(TextWriter console, int width = 200, bool plainText = true)
    {
        Host = new TextWriterHost(console, width, plainText);
        var state = InitialSessionState.CreateDefault2();
        if (OperatingSystem.IsWindows())
        {
            state.ExecutionPolicy = Microsoft.PowerShell.ExecutionPolicy.Bypass;
        }

        _runspace = RunspaceFactory.CreateRunspace(Host, state);
        _runspace.Open();
    }

    /// <summary>The host the runspace writes to.</summary>
    public TextWriterHost Host { get; }

    /// <summary>Runs a script file with named parameters; see <see cref="Render(string, object?[])"/>.</summary>
    public RuntimeException? RenderFile(string path, IDictionary parameters) =>
        Invoke(ps => ps.AddCommand(path).AddParameters(parameters));

    /// <summary>
    /// Runs <paramref name="script"/> (arguments reach it as <c>$args</c>) with its errors merged into its output and
    /// everything piped to <c>Out-Default</c>. Returns the terminating error, if one ended the script (its message is
    /// written to the console too).
    /// </summary>
    public RuntimeException? Render(string script, params object?[] args) =>
        Invoke(ps =>
        {
            ps.AddScript(script);
            foreach (var arg in args)
            {
                ps.AddArgument(arg);
            }
        });

    /// <inheritdoc />
    public void Dispose() => _runspace.Dispose();

    private RuntimeException? Invoke(Action<PowerShell> addCommand)
    {
        using var ps = PowerShell.Create();
        ps.Runspace = _runspace;
        addCommand(ps);
        ps.Commands.Commands[0].MergeMyResults(PipelineResultTypes.Error, PipelineResultTypes.Output);
        ps.AddCommand("Out-Default");
        try
        {
            ps.Invoke();
            return null;
        }
        catch (RuntimeException e)
        {
            Host.UI.WriteErrorLine(e.ErrorRecord?.ToString() ?? e.Message);
            return e;
        }
    }
}
