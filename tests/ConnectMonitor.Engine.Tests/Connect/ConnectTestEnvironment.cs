using ConnectMonitor.ConnectDouble;
using Xunit;
using System.Runtime.CompilerServices;

namespace ConnectMonitor.Engine.Tests.Connect;

/// <summary>
/// Process-wide test hygiene for the engine tests: no EC2 instance-metadata or container credential probing, and
/// shared config/credentials files in a temp folder instead of the developer's home, whatever the machine's
/// environment says. Runs when the test assembly loads, before the SDK reads anything.
/// </summary>
internal static class ConnectTestEnvironment
{
    /// <summary>The process's own AWS folder; its config file is empty until a test writes one.</summary>
    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "connectmonitor-engine-tests-" + Environment.ProcessId);

    /// <summary>The shared config file the SDK reads for this whole process (AWS_CONFIG_FILE is read once per process).</summary>
    public static string ConfigFile => Path.Combine(Folder, "config");

    [ModuleInitializer]
    internal static void Isolate()
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(ConfigFile, "");
        File.WriteAllText(Path.Combine(Folder, "credentials"), "");
        AmbientAwsVariables.Clear();

        Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
        Environment.SetEnvironmentVariable("AWS_CONFIG_FILE", ConfigFile);
        Environment.SetEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE", Path.Combine(Folder, "credentials"));
    }
}

/// <summary>
/// Tests that change process environment variables run in this collection: never in parallel with
/// any other test, and each restores what it changed (see <see cref="EnvironmentVariables"/>).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "Process environment (not parallel)";
}

/// <summary>
/// Sets environment variables for the duration of a test and restores the previous values. The SDK
/// caches some environment settings (e.g. AWS_IGNORE_CONFIGURED_ENDPOINT_URLS) process-wide, so that
/// cache is reset after every change.
/// </summary>
internal sealed class EnvironmentVariables : IDisposable
{
    private readonly Dictionary<string, string?> _previous = new();

    public EnvironmentVariables Set(string name, string? value)
    {
        if (!_previous.ContainsKey(name))
        {
            _previous[name] = Environment.GetEnvironmentVariable(name);
        }
        Environment.SetEnvironmentVariable(name, value);
        Amazon.Runtime.Internal.FallbackInternalConfigurationFactory.Reset();
        return this;
    }

    public void Dispose()
    {
        foreach (var (name, value) in _previous)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
        Amazon.Runtime.Internal.FallbackInternalConfigurationFactory.Reset();
    }
}

/// <summary>
/// Puts content into this process's shared config file for one test and empties it again after. Only for tests in
/// <see cref="ProcessEnvironmentCollection"/>.
/// </summary>
internal sealed class SharedConfigContent : IDisposable
{
    public SharedConfigContent(string content)
    {
        File.WriteAllText(ConnectTestEnvironment.ConfigFile, content);
        Amazon.Runtime.Internal.FallbackInternalConfigurationFactory.Reset();
    }

    public void Dispose()
    {
        File.WriteAllText(ConnectTestEnvironment.ConfigFile, "");
        Amazon.Runtime.Internal.FallbackInternalConfigurationFactory.Reset();
    }
}
