using ConnectMonitor.ConnectDouble;

namespace ConnectMonitor.Benchmarks.ColdStart;

/// <summary>The AWS CLI on PATH, for context only: found only when <c>aws --version</c> answers.</summary>
internal sealed class AwsCli(string path, string version, string description)
{
    public string Version { get; } = version;

    public string Description { get; } = description;

    public static async Task<AwsCli?> DetectAsync(IReadOnlyDictionary<string, string?> environment)
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, OperatingSystem.IsWindows() ? "aws.exe" : "aws"))
            .FirstOrDefault(File.Exists);
        if (path == null)
        {
            return null;
        }

        try
        {
            var run = await ChildRun.RunAsync(path, ["--version"], environment);
            var text = (run.Output + run.Error).Trim();
            if (run.ExitCode != 0 || !text.StartsWith("aws-cli/", StringComparison.Ordinal))
            {
                return null;
            }

            var version = text.Split(' ')[0]["aws-cli/".Length..];
            return new AwsCli(path, "v" + version.Split('.')[0], $"{path}: {text}");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    public (string File, IEnumerable<string> Arguments) MonitorContact(string contact, string endpoint) =>
        (path, ["connect", "monitor-contact", "--instance-id", TestCredentials.InstanceId, "--contact-id", contact,
            "--user-id", TestCredentials.UserId, "--endpoint-url", endpoint, "--region", TestCredentials.Region, "--output", "json"]);
}
