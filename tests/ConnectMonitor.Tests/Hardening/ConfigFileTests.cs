using System.Diagnostics;
using System.Management.Automation;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Tests.Credentials;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Hardening;

/// <summary>
/// The shared config and credentials files as the AWS CLI reads them: a broken file is one clear error naming the file
/// and line (never the line), and the session works again as soon as it is fixed; the config file's region counts
/// whichever credentials file is used; AWS_CONFIG_FILE and AWS_PROFILE are read as they are now. Also: every wait for
/// credentials (a hanging credential_process, an STS endpoint that never answers) ends at once on Stop, and a
/// credential_process that hangs is stopped after its time-out.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class ConfigFileTests : IClassFixture<ConnectDoubleFixture>, IDisposable
{
    private const string Secret = "CANARY-broken-line-secret/never-print-me";
    private readonly ConnectDoubleFixture connect;
    private readonly EnvironmentScope _environment = new();
    private readonly TempProfiles _files = new();

    public ConfigFileTests(ConnectDoubleFixture connect)
    {
        this.connect = connect;
        _environment.Set("AWS_ENDPOINT_URL_STS", connect.Endpoint).Set("AWS_PROFILE", null).Set("AWS_REGION", null);
    }

    public void Dispose()
    {
        _environment.Dispose();
        _files.Dispose();
    }

    private static readonly string GoodConfigText = $"[default]\nregion = {TestCredentials.Region}\n";

    private static readonly string GoodCredentialsText =
        $"[default]\naws_access_key_id = {TestCredentials.AccessKeyId}\naws_secret_access_key = {TestCredentials.SecretAccessKey}\n";

    private string GoodConfig => _files.File_("config", GoodConfigText);

    private string GoodCredentials => _files.File_("credentials", GoodCredentialsText);

    private static RunResult Monitor(PowerShellSession ps, string contact, string extra = "") =>
        ps.SetVariable("contact", contact).Run("Start-ConnectContactMonitor $contact -InstanceId $instance -UserId $user -EndpointUrl $endpoint " + extra);

    public static TheoryData<string, string, int> BrokenFiles => new()
    {
        // which file, its content, the line the error must name
        { "config", $"[default]\nregion = us-east-1\nthis line has no equals sign {Secret}\n", 3 },
        { "config", $"# comment\n\n[profile x]\nregion = us-east-1\n{Secret}\n", 5 },
        { "credentials", $"[default]\naws_access_key_id = AKIDX\naws_secret_access_key {Secret}\n", 3 },
        { "credentials", $"{Secret}\n[default]\n", 1 },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void A_broken_file_is_one_clear_error_naming_file_and_line_and_fixing_it_works_at_once(string which, string content, int line)
    {
        _environment.Set("AWS_CONFIG_FILE", GoodConfig).Set("AWS_SHARED_CREDENTIALS_FILE", GoodCredentials);
        var broken = _files.File_(which, content);
        var contacts = connect.NewContacts(5);
        using var ps = connect.NewSession();

        // Explicit keys, region and endpoint: a broken credentials file does not matter (the AWS CLI does not read it
        // then either); a broken config file stops every command, as with the AWS CLI.
        var explicitKeys = ps.SetVariable("c", contacts[..2]).Run(
            "$c | Start-ConnectContactMonitor -InstanceId $instance -UserId $user -EndpointUrl $endpoint -Region $region -AccessKey $args[0] -SecretKey $args[1]",
            TestCredentials.AccessKeyId, TestCredentials.SecretAccessKey);
        if (which == "credentials")
        {
            explicitKeys.AssertNoErrors();
            Assert.Equal(2, explicitKeys.Output.Count);
        }
        else
        {
            AssertBrokenFileError(explicitKeys, broken, line, contacts[0]);
        }

        // The profile chain reads the file: one error, naming the file and line.
        var fromChain = ps.SetVariable("c", contacts[2..4]).Run("$c | Start-ConnectContactMonitor -InstanceId $instance -UserId $user -EndpointUrl $endpoint -Region $region *>&1; $Error");
        AssertBrokenFileError(fromChain, broken, line, contacts[2]);
        Assert.Empty(connect.RequestsFor(contacts[2..4]));

        // Fixed: the next command in the same session works.
        File.WriteAllText(broken, which == "config" ? GoodConfigText : GoodCredentialsText);
        Monitor(ps, contacts[4], "-Region $region").AssertNoErrors();
        Assert.Single(connect.RequestsFor(contacts[4]));
    }

    private static void AssertBrokenFileError(RunResult run, string file, int line, string target)
    {
        var error = Assert.Single(run.Errors.Concat(run.Output.Select(o => o.BaseObject).OfType<ErrorRecord>()).DistinctBy(e => e.FullyQualifiedErrorId));
        ErrorAssert.Is(error, "InvalidConfigFile", ErrorCategory.InvalidData, target);
        Assert.Contains($"'{file}'", error.Exception.Message);
        Assert.Contains($"line {line} ", error.Exception.Message);
        Assert.DoesNotContain("TypeInitializationException", error.Exception.ToString());
        var everything = string.Join("\n", run.Output.Select(o => PSSerializer.Serialize(o, 4)).Append(error.Exception.ToString()).Append(error.ToString()));
        Assert.DoesNotContain(Secret, everything);
    }

    [Fact]
    public void The_config_file_region_counts_with_AWS_SHARED_CREDENTIALS_FILE_set_and_AWS_CONFIG_FILE_is_read_as_it_is_now()
    {
        var credentials = _files.File_("only-credentials", $"[default]\naws_access_key_id = {TestCredentials.AccessKeyId}\naws_secret_access_key = {TestCredentials.SecretAccessKey}\n");
        var first = _files.File_("config-a", "[default]\nregion = eu-west-2\n");
        var second = _files.File_("config-b", "[default]\nregion = ap-southeast-2\n");
        _environment.Set("AWS_SHARED_CREDENTIALS_FILE", credentials).Set("AWS_CONFIG_FILE", first);
        var contacts = connect.NewContacts(2);
        using var ps = connect.NewSession();

        Monitor(ps, contacts[0]).AssertNoErrors();
        _environment.Set("AWS_CONFIG_FILE", second);
        Monitor(ps, contacts[1]).AssertNoErrors();

        Assert.Equal("eu-west-2", connect.SignedRequest(contacts[0]).SigningRegion);
        Assert.Equal("ap-southeast-2", connect.SignedRequest(contacts[1]).SigningRegion);
    }

    [Fact]
    public void AWS_PROFILE_naming_a_missing_profile_is_ProfileNotFound_saying_so()
    {
        _environment.Set("AWS_CONFIG_FILE", GoodConfig).Set("AWS_SHARED_CREDENTIALS_FILE", GoodCredentials).Set("AWS_PROFILE", "no-such-profile");
        var contacts = connect.NewContacts(2);
        using var ps = connect.NewSession().SetVariable("c", contacts);

        var run = ps.Run("$c | Start-ConnectContactMonitor -InstanceId $instance -UserId $user -EndpointUrl $endpoint -Region $region");

        var error = Assert.Single(run.Errors);
        ErrorAssert.Is(error, "ProfileNotFound", ErrorCategory.ObjectNotFound, contacts[0]);
        Assert.Contains("'no-such-profile'", error.Exception.Message);
        Assert.Contains("AWS_PROFILE", error.Exception.Message);
        Assert.Empty(connect.RequestsFor(contacts));
    }

    [Fact]
    public void A_hanging_credential_process_is_stopped_after_its_time_out_with_a_clear_error_and_its_stderr_cleaned()
    {
        var hang = _files.File_("hang.sh", "#!/bin/sh\necho \"waiting \x1b[2J for a prompt\" 1>&2\nexec sleep 30\n");
        TempProfiles.MakeExecutable(hang);
        var fail = _files.File_("fail.sh", "#!/bin/sh\nprintf 'bad \\033]0;title\\007 session\\n' 1>&2\nexit 3\n");
        TempProfiles.MakeExecutable(fail);
        var profiles = _files.File_("process-profiles", $"[hang]\ncredential_process = {hang}\n\n[fail]\ncredential_process = {fail}\n\n" +
            $"[role-over-hang]\nrole_arn = arn:aws:iam::{TestCredentials.AccountId}:role/never-reached\nsource_profile = hang\n");
        _environment.Set("CONNECTMONITOR_CREDENTIAL_PROCESS_TIMEOUT", "0.5");

        var clock = Stopwatch.StartNew();
        var timedOut = connect.AssertProfileStopsBeforeSending("hang", profiles, "CredentialProcessTimeout", ErrorCategory.OperationTimeout);
        clock.Stop();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        Assert.Contains("CONNECTMONITOR_CREDENTIAL_PROCESS_TIMEOUT", timedOut.Exception.Message);

        // Also when the process is a role profile's source_profile (the SDK's own runner would wait for ever).
        var viaRole = connect.AssertProfileStopsBeforeSending("role-over-hang", profiles, "CredentialProcessTimeout", ErrorCategory.OperationTimeout);
        Assert.Contains("'hang'", viaRole.Exception.Message);

        var failed = connect.AssertProfileStopsBeforeSending("fail", profiles, "InvalidProfile", ErrorCategory.InvalidData);
        Assert.Contains("exit code 3", failed.Exception.Message);
        Assert.Contains("bad", failed.Exception.Message);
        Assert.DoesNotContain('\u001b', failed.Exception.ToString());
        Assert.DoesNotContain('\u0007', failed.Exception.ToString());
    }

    [Theory]
    [InlineData("process")]
    [InlineData("role")]
    [InlineData("sso")]
    [InlineData("role-over-process")]
    [InlineData("container")]
    public async Task Stop_returns_at_once_while_credentials_are_being_fetched(string kind)
    {
        // Container credentials: the endpoint accepts and never answers; no profile or key comes before it in the chain.
        var containerHungBefore = connect.Server.Metadata.HungCount;
        if (kind == "container")
        {
            connect.Server.Metadata.HangContainer(TimeSpan.FromSeconds(30));
            var empty = _files.File_("empty-" + Guid.NewGuid().ToString("N"), "");
            _environment.Set("AWS_SHARED_CREDENTIALS_FILE", empty).Set("AWS_CONFIG_FILE", empty)
                .Set("AWS_CONTAINER_CREDENTIALS_FULL_URI", new Uri(connect.Server.Endpoint, MetadataDouble.ContainerPath).ToString());
        }

        // SSO: a cached token whose GetRoleCredentials call the double holds without answering.
        const string startUrl = "https://connect-double.awsapps.com/stop";
        var ssoToken = "sso-hang-" + Guid.NewGuid().ToString("N");
        connect.Server.Sso.HangToken(ssoToken, TimeSpan.FromSeconds(30));
        var ssoHungBefore = connect.Server.Sso.HungCount;
        var cache = Directory.CreateDirectory(Path.Combine(_files.Folder, ".aws", "sso", "cache")).FullName;
        var cacheFile = Convert.ToHexStringLower(System.Security.Cryptography.SHA1.HashData(System.Text.Encoding.UTF8.GetBytes(startUrl))) + ".json";
        File.WriteAllText(Path.Combine(cache, cacheFile),
            $$"""{"startUrl": "{{startUrl}}", "region": "us-east-1", "accessToken": "{{ssoToken}}", "expiresAt": "{{DateTime.UtcNow.AddHours(2):yyyy-MM-ddTHH:mm:ssZ}}"}""");
        _environment.Set("HOME", _files.Folder).Set("AWS_ENDPOINT_URL_SSO", connect.Endpoint);

        var started = _files.File_("started-" + Guid.NewGuid().ToString("N"), "");
        File.Delete(started);
        var hang = _files.File_("hang-stop.sh", $"#!/bin/sh\necho $$ > '{started}.tmp'\nmv '{started}.tmp' '{started}'\nexec sleep 30\n");
        TempProfiles.MakeExecutable(hang);
        var role = $"arn:aws:iam::{TestCredentials.AccountId}:role/hang-{Guid.NewGuid():N}";
        connect.Server.Sts.HangRole(role, TimeSpan.FromSeconds(30));
        var hungBefore = connect.Server.Sts.HungCount;
        var profiles = _files.File_("stop-profiles", $"""
            [keys]
            aws_access_key_id = {TestCredentials.AccessKeyId}
            aws_secret_access_key = {TestCredentials.SecretAccessKey}

            [process]
            credential_process = {hang}

            [role]
            role_arn = {role}
            source_profile = keys

            [role-over-process]
            role_arn = {role}
            source_profile = process

            [sso]
            sso_start_url = {startUrl}
            sso_region = us-east-1
            sso_account_id = {TestCredentials.AccountId}
            sso_role_name = Hang
            """);
        var contacts = connect.NewContacts(2);

        using var command = StoppableCommand.Begin(
            kind == "container"
                ? "$args[0] | Start-ConnectContactMonitor -InstanceId $args[1] -UserId $args[2] -EndpointUrl $args[3] -Region us-east-1"
                : "$args[0] | Start-ConnectContactMonitor -InstanceId $args[1] -UserId $args[2] -EndpointUrl $args[3] -Region us-east-1 -ProfileName $args[4] -ProfileLocation $args[5]",
            contacts, TestCredentials.InstanceId, TestCredentials.UserId, connect.Endpoint, kind, profiles);
        using (var wait = new CancellationTokenSource(TimeSpan.FromSeconds(20)))
        {
            // Stop only once the wait has really begun: the process has started, or STS holds the request.
            while (!(kind.EndsWith("process", StringComparison.Ordinal) ? File.Exists(started)
                     : kind == "role" ? connect.Server.Sts.HungCount > hungBefore
                     : kind == "container" ? connect.Server.Metadata.HungCount > containerHungBefore
                     : connect.Server.Sso.HungCount > ssoHungBefore))
            {
                await Task.Delay(20, wait.Token);
            }
        }

        var arrived = connect.Server.ArrivedCount;
        command.StopAndAssertStoppedWithin(TimeSpan.FromSeconds(2));
        await connect.Server.AssertNothingMoreArrivesAsync(arrived);
        Assert.Empty(connect.RequestsFor(contacts));
        if (kind.EndsWith("process", StringComparison.Ordinal))
        {
            // The credential process does not outlive the stopped command.
            var pid = int.Parse(File.ReadAllText(started).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            var gone = Stopwatch.StartNew();
            while (IsRunning(pid))
            {
                Assert.True(gone.Elapsed < TimeSpan.FromSeconds(10), $"the credential process {pid} still runs {gone.Elapsed} after Stop");
                await Task.Delay(50);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
