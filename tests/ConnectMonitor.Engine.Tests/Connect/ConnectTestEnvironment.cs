using Xunit;
using System.Runtime.CompilerServices;

namespace ConnectMonitor.Engine.Tests.Connect;

/// <summary>
/// Process-wide test hygiene for the Connect client tests: no EC2 instance-metadata or container
/// credential probing, whatever the machine's environment says. Runs when the test assembly loads.
/// </summary>
internal static class ConnectTestEnvironment
{
    [ModuleInitializer]
    internal static void DisableAmbientCredentialProbing()
    {
        Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
        Environment.SetEnvironmentVariable("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", null);
        Environment.SetEnvironmentVariable("AWS_CONTAINER_CREDENTIALS_FULL_URI", null);
        Environment.SetEnvironmentVariable("AWS_CONTAINER_AUTHORIZATION_TOKEN", null);
        Environment.SetEnvironmentVariable("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE", null);
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
