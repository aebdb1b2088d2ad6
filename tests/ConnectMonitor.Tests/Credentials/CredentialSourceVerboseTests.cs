using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Credentials;

/// <summary>-Verbose says once per service client where its credentials came from, and never what they are.</summary>
public sealed class CredentialSourceVerboseTests(ConnectDoubleFixture connect) : IClassFixture<ConnectDoubleFixture>
{
    private const string Pipeline = """
        @(
            [pscustomobject]@{ ContactId = $c[0]; AccessKey = $ak; SecretKey = $sk; SessionToken = $st },
            [pscustomobject]@{ ContactId = $c[1]; AccessKey = $ak; SecretKey = $sk; SessionToken = $st },
            [pscustomobject]@{ ContactId = $c[2]; ProfileName = 'keys' },
            [pscustomobject]@{ ContactId = $c[3]; ProfileName = 'keys' }
        ) | Start-ConnectContactMonitor -InstanceId $instance -UserId $user -Region $region -EndpointUrl $endpoint -ProfileLocation $loc
        """;

    [Fact]
    public void Verbose_names_each_clients_credential_source_once_and_no_secret()
    {
        using var profiles = new TempProfiles();
        var key = Canary.NewAccessKey(connect.Server, withToken: true);
        var profileKey = Canary.NewAccessKey(connect.Server);
        profiles.Write($"""
            [keys]
            aws_access_key_id = {profileKey}
            aws_secret_access_key = {Canary.Secret}
            """);
        using var ps = connect.NewSession().SetVariable("c", connect.NewContacts(4)).SetVariable("loc", profiles.CredentialsFile)
            .SetVariable("ak", key).SetVariable("sk", Canary.Secret).SetVariable("st", Canary.Token);

        var run = ps.Run(Pipeline + " -Verbose");

        run.AssertNoErrors();
        Assert.Equal(4, run.Output.Count);
        var sources = run.Verbose.Where(v => v.StartsWith("Credentials from ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, sources.Count);
        Assert.Contains("-AccessKey/-SecretKey", sources[0]);
        Assert.Contains("the profile 'keys'", sources[1]);
        Assert.Equal(4, run.Verbose.Count(v => v.StartsWith("MonitorContact", StringComparison.Ordinal)));
        foreach (var secret in new[] { Canary.Secret, Canary.Token })
        {
            Assert.DoesNotContain(run.Verbose, v => v.Contains(secret, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Without_verbose_nothing_is_written_to_the_verbose_stream()
    {
        using var profiles = new TempProfiles();
        var key = Canary.NewAccessKey(connect.Server, withToken: true);
        profiles.Write($"""
            [keys]
            aws_access_key_id = {Canary.NewAccessKey(connect.Server)}
            aws_secret_access_key = {Canary.Secret}
            """);
        using var ps = connect.NewSession().SetVariable("c", connect.NewContacts(4)).SetVariable("loc", profiles.CredentialsFile)
            .SetVariable("ak", key).SetVariable("sk", Canary.Secret).SetVariable("st", Canary.Token);

        var quiet = ps.Run(Pipeline);
        var preference = ps.Run("$VerbosePreference = 'Continue'; " + Pipeline);

        quiet.AssertNoErrors();
        Assert.Equal(4, quiet.Output.Count);
        Assert.Empty(quiet.Verbose);
        Assert.Equal(2, preference.Verbose.Count(v => v.StartsWith("Credentials from ", StringComparison.Ordinal)));
    }
}
