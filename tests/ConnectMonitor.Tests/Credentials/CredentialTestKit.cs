using System.Management.Automation;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Credentials;

/// <summary>Known secrets every credential test signs with, so a leak anywhere can be found by searching for them.</summary>
internal static class Canary
{
    public const string Secret = "CANARY-secret-7f3a9c0d/never-print-me";
    public const string Token = "CANARY-token-b41d2e99/never-print-me";

    /// <summary>New fake keys the Connect double accepts, with the canary secret (and token when asked).</summary>
    public static string NewAccessKey(ConnectDoubleServer server, bool withToken = false, string prefix = "AKIDCANARY")
    {
        var id = prefix + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        server.AddCredentials(id, Secret, withToken ? Token : null);
        return id;
    }
}

/// <summary>A temp folder with a credentials file a test writes profiles into (passed with -ProfileLocation or AWS_SHARED_CREDENTIALS_FILE).</summary>
internal sealed class TempProfiles : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("connectmonitor-profiles-").FullName;

    public string CredentialsFile => Path.Combine(Folder, "credentials");

    public TempProfiles Write(string ini)
    {
        File.WriteAllText(CredentialsFile, ini);
        return this;
    }

    /// <summary>Writes a file in the folder and returns its path.</summary>
    public string File_(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>A credential_process script (sh on Linux/macOS, cmd on Windows) that prints the given keys as the SDK expects.</summary>
    public string CredentialProcess(string accessKeyId, string secret, string? token)
    {
        var json = $$"""{"Version": 1, "AccessKeyId": "{{accessKeyId}}", "SecretAccessKey": "{{secret}}"{{(token is null ? "" : $", \"SessionToken\": \"{token}\"")}}}""";
        return Script("credential-process", OperatingSystem.IsWindows() ? "@echo " + json : "cat <<'JSON'\n" + json + "\nJSON");
    }

    /// <summary>A credential_process script that fails with exit code 3.</summary>
    public string FailingProcess() => Script("failing-process", "echo no session 1>&2\nexit 3");

    private string Script(string name, string body)
    {
        if (OperatingSystem.IsWindows())
        {
            return File_(name + ".cmd", "@echo off\r\n" + body.Replace("\n", "\r\n") + "\r\n");
        }

        return MakeExecutable(File_(name + ".sh", "#!/bin/sh\n" + body + "\n"));
    }

    /// <summary>Lets the owner run <paramref name="path"/> (a /bin/sh script; nothing to do on Windows); returns it.</summary>
    public static string MakeExecutable(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

internal static class RunResultExtensions
{
    /// <summary>The one Connect request the double received for <paramref name="contact"/>, asserting it verified.</summary>
    public static RecordedRequest SignedRequest(this ConnectDoubleFixture connect, string contact)
    {
        var request = Assert.Single(connect.RequestsFor(contact));
        Assert.True(request.SignatureValid, $"signature of {request}");
        return request;
    }

    /// <summary>
    /// Pipes two fresh contacts through with <paramref name="profileName"/> from <paramref name="profileFile"/>, and
    /// asserts what every credential failure must be: one terminating error, for the first contact, with nothing sent.
    /// </summary>
    public static ErrorRecord AssertProfileStopsBeforeSending(this ConnectDoubleFixture connect, string profileName, string profileFile,
        string errorId, ErrorCategory category)
    {
        var contacts = connect.NewContacts(2);
        using var ps = connect.NewSession().SetVariable("c", contacts).SetVariable("profile", profileName).SetVariable("loc", profileFile);

        var run = ps.Run("$c | Start-ConnectContactMonitor -InstanceId $instance -UserId $user -Region $region -EndpointUrl $endpoint -ProfileName $profile -ProfileLocation $loc");

        var error = Assert.Single(run.Errors);
        ErrorAssert.Is(error, errorId, category, contacts[0]);
        Assert.Empty(connect.RequestsFor(contacts));
        return error;
    }

    public static void AssertNoErrors(this RunResult run)
    {
        Assert.Null(run.Exception);
        Assert.True(run.Errors.Count == 0, string.Join(Environment.NewLine, run.Errors.Select(e => e.FullyQualifiedErrorId + ": " + e)));
    }
}
