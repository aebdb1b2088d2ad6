using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace ConnectMonitor.Tests.Infrastructure;

/// <summary>
/// A fresh runspace of the real PowerShell engine with ConnectMonitor imported by path from the built module folder.
/// One per test; runs real command lines and captures output and every stream.
/// </summary>
public sealed class PowerShellSession : IDisposable
{
    private readonly Runspace _runspace;

    private PowerShellSession(bool importModule, System.Management.Automation.Host.PSHost? host = null)
    {
        var state = InitialSessionState.CreateDefault2();
        if (OperatingSystem.IsWindows())
        {
            state.ExecutionPolicy = Microsoft.PowerShell.ExecutionPolicy.Bypass;
        }

        _runspace = host == null ? RunspaceFactory.CreateRunspace(state) : RunspaceFactory.CreateRunspace(host, state);
        _runspace.Open();
        if (importModule)
        {
            var import = Run("Import-Module -Name $args[0] -ErrorAction Stop", ModuleFolder.ManifestPath);
            if (import.Errors.Count > 0 || import.Exception != null)
            {
                throw new InvalidOperationException("Import-Module failed: " + (import.Exception?.Message ?? import.Errors[0].ToString()));
            }
        }
    }

    /// <summary>A runspace with the module imported.</summary>
    public static PowerShellSession WithModule() => new(importModule: true);

    /// <summary>A runspace with the module imported, whose host answers prompts and records what it is shown.</summary>
    public static PowerShellSession WithModule(System.Management.Automation.Host.PSHost host) => new(importModule: true, host);

    /// <summary>A bare runspace (for import tests).</summary>
    public static PowerShellSession Bare() => new(importModule: false);

    /// <summary>Sets a PowerShell variable for the scripts that follow.</summary>
    public PowerShellSession SetVariable(string name, object? value)
    {
        _runspace.SessionStateProxy.SetVariable(name, value);
        return this;
    }

    /// <summary>
    /// Runs <paramref name="script"/> (its arguments reach it as $args). A terminating error is captured in
    /// <see cref="RunResult.Exception"/> with the output written before it kept.
    /// </summary>
    public RunResult Run(string script, params object?[] args)
    {
        using var ps = PowerShell.Create();
        ps.Runspace = _runspace;
        ps.AddScript(script);
        foreach (var arg in args)
        {
            ps.AddArgument(arg);
        }

        var output = new PSDataCollection<PSObject>();
        Exception? exception = null;
        try
        {
            ps.Invoke(input: null, output: output);
        }
        catch (RuntimeException ex)
        {
            exception = ex;
        }

        return new RunResult(
            new Collection<PSObject>(output.ToList()),
            ps.Streams.Error.ToList(),
            ps.Streams.Warning.Select(w => w.Message).ToList(),
            ps.Streams.Verbose.Select(v => v.Message).ToList(),
            ps.Streams.Progress.ToList(),
            exception);
    }

    public void Dispose() => _runspace.Dispose();
}

/// <summary>What one command line produced.</summary>
public sealed record RunResult(
    Collection<PSObject> Output,
    List<ErrorRecord> Errors,
    List<string> Warnings,
    List<string> Verbose,
    List<ProgressRecord> Progress,
    Exception? Exception)
{
    /// <summary>The output's base objects of type <typeparamref name="T"/> seen through PowerShell's adapter, as property bags.</summary>
    public IReadOnlyList<PSObject> Objects => Output;

    /// <summary>Reads a property of the n-th output object through PowerShell's adapter.</summary>
    public object? Property(int index, string name) => Output[index].Properties[name]?.Value;
}
