using System.Management.Automation;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Credentials;

public sealed partial class CredentialChainTests
{
    /// <summary>
    /// Runs every credential path, successful and failing, with known secrets, -Verbose and -Debug, every stream merged
    /// into the output, then searches all of it (output objects serialized in depth, error records with their exceptions,
    /// $Error) for any secret.
    /// </summary>
    [Fact]
    public void No_secret_appears_in_any_output_stream_error_or_Error_on_any_path()
    {
        var key = Canary.NewAccessKey(connect.Server);
        var sessionKey = Canary.NewAccessKey(connect.Server, withToken: true);
        var role = connect.Server.Sts.AllowRole($"arn:aws:iam::{Account}:role/leak-check");
        connect.Server.Sts.DenyRole($"arn:aws:iam::{Account}:role/leak-denied");
        var sso = connect.Server.Sso.AllowRole("sso-access-token-leak", Account, "LeakRole");
        WriteSsoToken("sso-access-token-leak", DateTime.UtcNow.AddHours(2));
        var process = _profiles.CredentialProcess(sessionKey, Canary.Secret, Canary.Token);
        _profiles.Write($"""
            [keys]
            aws_access_key_id = {sessionKey}
            aws_secret_access_key = {Canary.Secret}
            aws_session_token = {Canary.Token}

            [wrong]
            aws_access_key_id = {key}
            aws_secret_access_key = {Canary.Secret}-but-wrong

            [process]
            credential_process = {process}

            [role]
            role_arn = arn:aws:iam::{Account}:role/leak-check
            source_profile = keys

            [denied]
            role_arn = arn:aws:iam::{Account}:role/leak-denied
            source_profile = keys

            {SsoProfile("sso", "LeakRole")}
            {SsoProfile("sso-denied", "NotGranted")}
            """);
        _environment.Set("AWS_ACCESS_KEY_ID", sessionKey).Set("AWS_SECRET_ACCESS_KEY", Canary.Secret).Set("AWS_SESSION_TOKEN", Canary.Token);
        var contacts = connect.NewContacts(16);
        using var ps = connect.NewSession().SetVariable("c", contacts).SetVariable("loc", _profiles.CredentialsFile)
            .SetVariable("ak", key).SetVariable("sak", sessionKey).SetVariable("sk", Canary.Secret).SetVariable("st", Canary.Token)
            .SetVariable("foreign", new ForeignAwsCredentials(sessionKey, Canary.Secret, Canary.Token));

        var run = ps.Run("""
            $secure = [securestring]::new(); foreach ($ch in $sk.ToCharArray()) { $secure.AppendChar($ch) }
            $token = [securestring]::new(); foreach ($ch in $st.ToCharArray()) { $token.AppendChar($ch) }
            $common = @{ InstanceId = $instance; UserId = $user; Region = $region; EndpointUrl = $endpoint; ProfileLocation = $loc; Verbose = $true; Debug = $true }
            $runs = @(
                { Start-ConnectContactMonitor $c[0] @common -AccessKey $ak -SecretKey $sk },
                { Start-ConnectContactMonitor $c[1] @common -AccessKey $sak -SecretKey $secure -SessionToken $token },
                { Start-ConnectContactMonitor $c[2] @common -AccessKey $sak -SecretKey $sk },
                { Start-ConnectContactMonitor $c[3] @common -SecretKey $secure },
                { Start-ConnectContactMonitor $c[4] @common -Credential ([pscredential]::new($ak, $secure)) },
                { Start-ConnectContactMonitor $c[5] @common -Credential ([pscredential]::new($ak, $token)) },
                { Start-ConnectContactMonitor $c[6] @common -Credential $foreign },
                { Start-ConnectContactMonitor $c[7] @common },
                { Start-ConnectContactMonitor $c[8] @common -ProfileName keys },
                { Start-ConnectContactMonitor $c[9] @common -ProfileName wrong },
                { Start-ConnectContactMonitor $c[10] @common -ProfileName process },
                { Start-ConnectContactMonitor $c[11] @common -ProfileName role },
                { Start-ConnectContactMonitor $c[12] @common -ProfileName denied },
                { Start-ConnectContactMonitor $c[13] @common -ProfileName sso },
                { Start-ConnectContactMonitor $c[14] @common -ProfileName sso-denied },
                { $StoredAWSCredentials = $foreign; Start-ConnectContactMonitor $c[15] @common -ErrorAction Stop }
            )
            foreach ($r in $runs) { try { & $r *>&1 } catch { $_ } }
            $Error
            """);

        // Some paths succeed, some fail: make sure both kinds really ran.
        Assert.True(run.Output.Count(o => o.BaseObject is ErrorRecord) >= 6, "expected the failing paths to produce errors");
        Assert.True(connect.RequestsFor(contacts).Count(r => r.ResponseStatus == 200) >= 8, "expected the good paths to succeed");

        var secrets = new[]
        {
            Canary.Secret, Canary.Token, role.SecretAccessKey, role.SessionToken, sso.SecretAccessKey, sso.SessionToken,
            "sso-access-token-leak", TestCredentials.SecretAccessKey,
        };
        var texts = new List<string>();
        foreach (var item in run.Output.Concat(run.Errors.Select(e => new PSObject(e))))
        {
            texts.Add(item.ToString());
            texts.Add(PSSerializer.Serialize(item, depth: 4));
            if (item.BaseObject is ErrorRecord error)
            {
                texts.Add(error.Exception.ToString());
                texts.Add(error.ErrorDetails?.Message ?? "");
            }
        }

        texts.AddRange(run.Warnings);
        texts.AddRange(run.Verbose);
        if (run.Exception != null)
        {
            texts.Add(run.Exception.ToString());
        }

        foreach (var secret in secrets)
        {
            var leak = texts.FirstOrDefault(t => t.Contains(secret, StringComparison.Ordinal));
            Assert.True(leak == null, $"secret '{secret[..6]}…' leaked in: {leak?[..Math.Min(leak.Length, 400)]}");
        }
    }
}
