using System.Management.Automation;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Credentials;

/// <summary>A credentials object whose GetCredentials() fails with hostile text in its message.</summary>
public sealed class HostileFailingCredentials
{
    public object GetCredentials() => throw new InvalidOperationException("vault locked \u001b[2J\u001b]0;owned\u0007 \u202e try again");
}

public sealed partial class CredentialChainTests
{
    /// <summary>
    /// The paths where text from outside reaches the user (a broken credentials file line, an endpoint URL with a
    /// password, a credential process's stderr, a credential object's failure, a service error message), with every
    /// stream merged and $Error: no secret, and no escape or control character, anywhere.
    /// </summary>
    [Fact]
    public void No_secret_and_no_control_character_from_outside_reaches_any_stream()
    {
        var broken = _profiles.File_("broken-credentials", $"[default]\naws_access_key_id = AKIDBROKEN\naws_secret_access_key {Canary.Secret}\n");
        var noisy = _profiles.File_("noisy.sh", $"#!/bin/sh\nprintf 'token expired \\033[31m\\033]0;t\\007\\n' 1>&2\nexit 1\n");
        TempProfiles.MakeExecutable(noisy);
        var processProfiles = _profiles.File_("process-credentials", $"[noisy]\ncredential_process = {noisy}\n");
        var contacts = connect.NewContacts(5);
        connect.Server.Faults.Always(contacts[4], Fault.HostileErrorText());
        var withPassword = connect.Endpoint.Replace("http://", $"http://user:{Uri.EscapeDataString(Canary.Secret)}@");
        using var ps = connect.NewSession().SetVariable("c", contacts).SetVariable("broken", broken).SetVariable("procs", processProfiles)
            .SetVariable("ep", withPassword).SetVariable("hostile", new HostileFailingCredentials());

        var run = ps.Run("""
            $common = @{ InstanceId = $instance; UserId = $user; Region = $region; Verbose = $true; Debug = $true }
            $runs = @(
                { Start-ConnectContactMonitor $c[0] @common -EndpointUrl $endpoint -ProfileLocation $broken -ProfileName default },
                { Start-ConnectContactMonitor $c[1] @common -EndpointUrl $ep },
                { Start-ConnectContactMonitor $c[2] @common -EndpointUrl $endpoint -ProfileLocation $procs -ProfileName noisy },
                { Start-ConnectContactMonitor $c[3] @common -EndpointUrl $endpoint -Credential $hostile },
                { Start-ConnectContactMonitor $c[4] @common -EndpointUrl $endpoint }
            )
            foreach ($r in $runs) { try { & $r *>&1 } catch { $_ } }
            $Error
            """);

        var errors = run.Output.Select(o => o.BaseObject).OfType<ErrorRecord>().Concat(run.Errors).ToList();
        Assert.Contains(errors, e => e.FullyQualifiedErrorId.StartsWith("InvalidConfigFile,"));
        Assert.Contains(errors, e => e.FullyQualifiedErrorId.StartsWith("InvalidProfile,") && e.Exception.Message.Contains("token expired"));
        Assert.Contains(errors, e => e.FullyQualifiedErrorId.StartsWith("InvalidCredentials,") && e.Exception.Message.Contains("vault locked"));
        Assert.Contains(errors, e => e.FullyQualifiedErrorId.StartsWith("AccessDeniedException,"));
        Assert.Single(connect.RequestsFor(contacts[1]));

        var texts = new List<string>();
        foreach (var item in run.Output)
        {
            texts.Add(PSSerializer.Serialize(item, depth: 4));
        }

        foreach (var error in errors)
        {
            texts.Add(error.ToString());
            texts.Add(error.Exception.ToString());
            texts.Add(error.ErrorDetails?.Message ?? "");
        }

        texts.AddRange(run.Verbose);
        foreach (var text in texts)
        {
            Assert.DoesNotContain(Canary.Secret, text);
            Assert.DoesNotContain(Uri.EscapeDataString(Canary.Secret), text);
        }

        foreach (var text in errors.Select(e => e.Exception.ToString()).Concat(run.Verbose))
        {
            var bad = text.FirstOrDefault(ch => (ch < 0x20 && ch != '\n' && ch != '\r') || ch == 0x7f || (ch >= 0x80 && ch <= 0x9f) || ch == '\u202e');
            Assert.True(bad == default, $"control character U+{(int)bad:X4} in: {text[..Math.Min(300, text.Length)]}");
        }
    }
}
