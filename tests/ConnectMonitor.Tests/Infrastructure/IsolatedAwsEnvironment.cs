using System.Runtime.CompilerServices;
using ConnectMonitor.ConnectDouble;

namespace ConnectMonitor.Tests.Infrastructure;

/// <summary>
/// Gives the whole test process an AWS environment of its own before any test runs: no instance-metadata or container
/// probing, no developer's home files, and shared config/credentials files in a temp folder whose <c>default</c>
/// profile holds the Connect double's test credentials. Tests that need another environment use
/// <see cref="EnvironmentScope"/> in the non-parallel collection.
/// </summary>
internal static class IsolatedAwsEnvironment
{
    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "connectmonitor-tests-" + Environment.ProcessId);

    public static string ConfigFile => Path.Combine(Folder, "config");

    public static string CredentialsFile => Path.Combine(Folder, "credentials");

    /// <summary>A second profile in the shared files, with its own region.</summary>
    public const string OtherProfile = "supervisor-eu";

    /// <summary>A profile with valid credentials and no region.</summary>
    public const string NoRegionProfile = "no-region";

    /// <summary>A profile whose secret key the Connect double does not accept.</summary>
    public const string WrongSecretProfile = "wrong-secret";

    [ModuleInitializer]
    internal static void Apply()
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(CredentialsFile,
            $"""
            [default]
            aws_access_key_id = {TestCredentials.AccessKeyId}
            aws_secret_access_key = {TestCredentials.SecretAccessKey}

            [{OtherProfile}]
            aws_access_key_id = {TestCredentials.AccessKeyId}
            aws_secret_access_key = {TestCredentials.SecretAccessKey}

            [{NoRegionProfile}]
            aws_access_key_id = {TestCredentials.AccessKeyId}
            aws_secret_access_key = {TestCredentials.SecretAccessKey}

            [{WrongSecretProfile}]
            aws_access_key_id = {TestCredentials.AccessKeyId}
            aws_secret_access_key = not-the-secret-the-double-knows
            """);
        File.WriteAllText(ConfigFile,
            $"""
            [default]
            region = {TestCredentials.Region}

            [profile {OtherProfile}]
            region = eu-west-2
            """);

        AmbientAwsVariables.Clear();

        Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
        Environment.SetEnvironmentVariable("POWERSHELL_TELEMETRY_OPTOUT", "1");
        Environment.SetEnvironmentVariable("POWERSHELL_UPDATECHECK", "Off");
        Environment.SetEnvironmentVariable("AWS_CONFIG_FILE", ConfigFile);
        Environment.SetEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE", CredentialsFile);

        // This process both hosts the Connect double (Kestrel) and blocks pool threads in PowerShell.Invoke. With the
        // default minimum (one worker per core) the pool injects threads slowly, and requests then arrive at the
        // double hundreds of milliseconds after the module sent them, which blurs every timing the bulk tests assert.
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        ThreadPool.SetMinThreads(Math.Max(workers, 32), Math.Max(completionPorts, 32));
    }
}

/// <summary>Sets environment variables for one test and restores them after. Only for tests in <see cref="ProcessEnvironmentCollection"/>.</summary>
internal sealed class EnvironmentScope : IDisposable
{
    private readonly Dictionary<string, string?> _saved = new();

    public EnvironmentScope Set(string name, string? value)
    {
        if (!_saved.ContainsKey(name))
        {
            _saved[name] = Environment.GetEnvironmentVariable(name);
        }

        Environment.SetEnvironmentVariable(name, value);
        return this;
    }

    public void Dispose()
    {
        foreach (var (name, value) in _saved)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }
}

/// <summary>Tests that change process-wide environment variables: xunit runs this collection alone, after the parallel ones.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "Process environment";
}
