using System.Diagnostics;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace ConnectMonitor.Tests.Infrastructure;

/// <summary>
/// A command line running in the background in its own runspace (the module imported by path), for tests that stop
/// it as Ctrl+C does (PowerShell.Stop) and check that it ends at once.
/// </summary>
public sealed class StoppableCommand : IDisposable
{
    private readonly Runspace _runspace;
    private readonly PowerShell _ps;
    private readonly IAsyncResult _invocation;

    private StoppableCommand(string script, object[] args)
    {
        _runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
        _runspace.Open();
        _ps = PowerShell.Create();
        _ps.Runspace = _runspace;
        _ps.AddScript("Import-Module -Name $args[0] -ErrorAction Stop").AddArgument(ModuleFolder.ManifestPath).Invoke();
        _ps.Commands.Clear();
        _ps.AddScript(script);
        foreach (var arg in args)
        {
            _ps.AddArgument(arg);
        }
        _invocation = _ps.BeginInvoke<PSObject, PSObject>(null, Output);
    }

    /// <summary>What the command has written so far.</summary>
    public PSDataCollection<PSObject> Output { get; } = new();

    /// <summary>The warnings the command has written so far.</summary>
    public PSDataCollection<WarningRecord> Warnings => _ps.Streams.Warning;

    /// <summary>
    /// Completes once <paramref name="done"/> holds, checked whenever the command writes an object or a warning (no
    /// polling); fails the test when the command ends first or after <paramref name="limit"/>, a bound for a hung run.
    /// </summary>
    public async Task WaitUntilAsync(Func<StoppableCommand, bool> done, TimeSpan limit)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check(object? sender, EventArgs e)
        {
            if (done(this)) reached.TrySetResult();
            else if (_invocation.IsCompleted) reached.TrySetException(new InvalidOperationException(
                $"The command ended ({_ps.InvocationStateInfo.State}, {_ps.InvocationStateInfo.Reason?.Message}) before the condition held."));
        }
        Output.DataAdded += Check;
        Warnings.DataAdded += Check;
        _ps.InvocationStateChanged += Check;
        try
        {
            Check(null, EventArgs.Empty);
            await reached.Task.WaitAsync(limit);
        }
        finally
        {
            Output.DataAdded -= Check;
            Warnings.DataAdded -= Check;
            _ps.InvocationStateChanged -= Check;
        }
    }

    /// <summary>Starts <paramref name="script"/> with <paramref name="args"/> as its $args, without waiting for it.</summary>
    public static StoppableCommand Begin(string script, params object[] args) => new(script, args);

    /// <summary>Stops the command (Ctrl+C) and asserts that it had ended, in the Stopped state, in less than <paramref name="limit"/>.</summary>
    public void StopAndAssertStoppedWithin(TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        _ps.Stop();
        clock.Stop();

        Assert.True(_invocation.IsCompleted);
        Assert.True(clock.Elapsed < limit, $"Stop took {clock.Elapsed}");
        Assert.Equal(PSInvocationState.Stopped, _ps.InvocationStateInfo.State);
    }

    public void Dispose()
    {
        _ps.Dispose();
        _runspace.Dispose();
    }
}
