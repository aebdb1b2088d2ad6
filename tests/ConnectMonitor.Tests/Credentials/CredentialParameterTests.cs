using System.Management.Automation;
using Amazon.PowerShell.Common;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Credentials;

/// <summary>
/// The AWS.Tools credential parameters and shell defaults, and the first links of the resolution order (explicit keys,
/// -ProfileName, -Credential, $StoredAWSCredentials, the default profile). Nothing here changes the process environment.
/// </summary>
public sealed class CredentialParameterTests(ConnectDoubleFixture connect) : IClassFixture<ConnectDoubleFixture>
{
    private const string Monitor = "Start-ConnectContactMonitor $contact -InstanceId $instance -UserId $user -Region $region -EndpointUrl $endpoint";

    private PowerShellSession Session(string contact) => connect.NewSession().SetVariable("contact", contact);

    [Theory]
    [InlineData("Region", "RegionToCall")]
    [InlineData("ProfileName", "StoredCredentials,AWSProfileName")]
    [InlineData("ProfileLocation", "AWSProfilesLocation,ProfilesLocation")]
    [InlineData("AccessKey", "AK")]
    [InlineData("SecretKey", "SK,SecretAccessKey")]
    [InlineData("SessionToken", "ST")]
    [InlineData("Credential", "")]
    [InlineData("EndpointUrl", "")]
    public void Common_parameters_are_named_and_aliased_as_AWS_Tools_names_them_and_bind_by_property_name(string name, string aliases)
    {
        using var ps = PowerShellSession.WithModule();
        var parameter = (ParameterMetadata)ps.Run("(Get-Command Start-ConnectContactMonitor).Parameters[$args[0]]", name).Output[0].BaseObject;

        Assert.Equal(aliases.Split(',', StringSplitOptions.RemoveEmptyEntries).Order(), parameter.Aliases.Order());
        Assert.All(parameter.ParameterSets.Values, set => Assert.True(set.ValueFromPipelineByPropertyName));
        Assert.DoesNotContain("Amazon", parameter.ParameterType.FullName);
    }

    [Fact]
    public void Explicit_keys_sign_the_request_as_a_string_or_a_SecureString_with_a_session_token()
    {
        var plain = Canary.NewAccessKey(connect.Server);
        var session = Canary.NewAccessKey(connect.Server, withToken: true);
        var contacts = connect.NewContacts(2);
        using var ps = connect.NewSession().SetVariable("ak", plain).SetVariable("ak2", session)
            .SetVariable("sk", Canary.Secret).SetVariable("st", Canary.Token).SetVariable("c", contacts);

        var run = ps.Run("""
            Start-ConnectContactMonitor $c[0] -InstanceId $instance -UserId $user -Region $region -EndpointUrl $endpoint -AK $ak -SK $sk
            $secure = [securestring]::new(); foreach ($ch in $sk.ToCharArray()) { $secure.AppendChar($ch) }
            $token = [securestring]::new(); foreach ($ch in $st.ToCharArray()) { $token.AppendChar($ch) }
            Start-ConnectContactMonitor $c[1] -InstanceId $instance -UserId $user -Region $region -EndpointUrl $endpoint -AccessKey $ak2 -SecretAccessKey $secure -ST $token
            """);

        run.AssertNoErrors();
        Assert.Equal(plain, connect.SignedRequest(contacts[0]).AccessKeyId);
        var second = connect.SignedRequest(contacts[1]);
        Assert.Equal(session, second.AccessKeyId);
        Assert.True(second.HasSecurityToken);
    }

    [Fact]
    public void Keys_bind_by_property_name_from_piped_objects()
    {
        var key = Canary.NewAccessKey(connect.Server);
        var contact = connect.NewContacts(1)[0];
        using var ps = Session(contact).SetVariable("ak", key).SetVariable("sk", Canary.Secret);

        var run = ps.Run("[pscustomobject]@{ ContactId = $contact; InstanceId = $instance; UserId = $user; Region = $region; EndpointUrl = $endpoint; AccessKey = $ak; SecretKey = $sk } | Start-ConnectContactMonitor");

        run.AssertNoErrors();
        Assert.Equal(key, connect.SignedRequest(contact).AccessKeyId);
    }

    [Fact]
    public void An_access_key_without_a_secret_is_one_terminating_error_before_sending()
    {
        var contacts = connect.NewContacts(2);
        using var ps = connect.NewSession().SetVariable("c", contacts);

        var run = ps.Run("$c | Start-ConnectContactMonitor -InstanceId $instance -UserId $user -Region $region -EndpointUrl $endpoint -AccessKey AKIDONLY");

        var error = Assert.Single(run.Errors);
        ErrorAssert.Is(error, "InvalidCredentials", ErrorCategory.AuthenticationError, contacts[0]);
        Assert.Contains("-SecretKey", error.Exception.Message);
        Assert.Empty(connect.RequestsFor(contacts));
    }

    [Fact]
    public void A_PSCredential_signs_with_its_user_name_as_access_key_id_and_its_password_as_secret()
    {
        var key = Canary.NewAccessKey(connect.Server);
        var contact = connect.NewContacts(1)[0];
        using var ps = Session(contact).SetVariable("ak", key).SetVariable("sk", Canary.Secret);

        var run = ps.Run("""
            $secure = [securestring]::new(); foreach ($ch in $sk.ToCharArray()) { $secure.AppendChar($ch) }
            Start-ConnectContactMonitor $contact -InstanceId $instance -UserId $user -Region $region -EndpointUrl $endpoint -Credential ([pscredential]::new($ak, $secure))
            """);

        run.AssertNoErrors();
        Assert.Equal(key, connect.SignedRequest(contact).AccessKeyId);
    }

    [Fact]
    public void An_AWS_SDK_credentials_object_is_read_through_GetCredentials()
    {
        var key = Canary.NewAccessKey(connect.Server, withToken: true);
        var contact = connect.NewContacts(1)[0];
        using var ps = Session(contact).SetVariable("ak", key).SetVariable("sk", Canary.Secret).SetVariable("st", Canary.Token)
            .SetVariable("sdk", Path.Combine(ModuleFolder.Path, "Dependencies", "AWSSDK.Core.dll"));

        // The module keeps its AWSSDK.Core to itself; load a copy into the shell's own context, as AWS.Tools would, so the
        // object comes from an assembly the module does not share.
        var run = ps.Run("""
            $sdkTypes = [System.Reflection.Assembly]::LoadFrom($sdk)
            $cred = $sdkTypes.GetType('Amazon.Runtime.SessionAWSCredentials')::new($ak, $sk, $st)

            """ + Monitor + " -Credential $cred");

        run.AssertNoErrors();
        Assert.True(connect.SignedRequest(contact).HasSecurityToken);
    }

    [Fact]
    public void Credential_objects_are_read_by_shape_not_by_type_identity()
    {
        var key = Canary.NewAccessKey(connect.Server);
        var contacts = connect.NewContacts(2);
        var foreign = new ForeignAwsCredentials(key, Canary.Secret, null);
        using var ps = connect.NewSession().SetVariable("c", contacts).SetVariable("foreign", foreign)
            .SetVariable("ak", key).SetVariable("sk", Canary.Secret);

        var run = ps.Run("""
            $c[0] | Start-ConnectContactMonitor -InstanceId $instance -UserId $user -Region $region -EndpointUrl $endpoint -Credential $foreign
            $bag = [pscustomobject]@{ Name = 'script-made' }
            $bag.psobject.Methods.Add([System.Management.Automation.PSScriptMethod]::new('GetCredentials', { [pscustomobject]@{ AccessKey = $ak; SecretKey = $sk; Token = $null } }))
            $c[1] | Start-ConnectContactMonitor -InstanceId $instance -UserId $user -Region $region -EndpointUrl $endpoint -Credential $bag
            """);

        run.AssertNoErrors();
        Assert.Equal(key, connect.SignedRequest(contacts[0]).AccessKeyId);
        Assert.Equal(key, connect.SignedRequest(contacts[1]).AccessKeyId);
        Assert.Equal(1, foreign.Reads);
    }

    [Fact]
    public void Something_that_is_not_a_credential_is_rejected_at_binding()
    {
        using var ps = PowerShellSession.WithModule();

        var run = ps.Run("Start-ConnectContactMonitor c1 -InstanceId i -UserId u -Region us-east-1 -Credential 42");

        var error = Assert.Single(run.Errors);
        Assert.StartsWith("ParameterArgumentValidationError", error.FullyQualifiedErrorId);
        Assert.Contains("PSCredential", error.Exception.Message);
    }

    [Fact]
    public void StoredAWSCredentials_from_Set_AWSCredential_are_used_when_nothing_is_given()
    {
        var key = Canary.NewAccessKey(connect.Server);
        var contact = connect.NewContacts(1)[0];
        var stored = new AWSPSCredentials(new ForeignAwsCredentials(key, Canary.Secret, null), "ops-profile");
        using var ps = Session(contact).SetVariable("StoredAWSCredentials", stored);

        var run = ps.Run(Monitor);

        run.AssertNoErrors();
        Assert.Equal(key, connect.SignedRequest(contact).AccessKeyId);
    }

    [Fact]
    public void Credential_order_is_keys_then_profile_then_Credential_then_StoredAWSCredentials_then_the_default_profile()
    {
        var keys = Canary.NewAccessKey(connect.Server, prefix: "AKIDKEYS");
        var credential = Canary.NewAccessKey(connect.Server, prefix: "AKIDCRED");
        var stored = Canary.NewAccessKey(connect.Server, prefix: "AKIDSTORED");
        using var profiles = new TempProfiles().Write($"""
            [from-profile]
            aws_access_key_id = {TestCredentials.AccessKeyId}
            aws_secret_access_key = {TestCredentials.SecretAccessKey}
            """);
        var c = connect.NewContacts(5);
        using var ps = connect.NewSession().SetVariable("c", c).SetVariable("loc", profiles.CredentialsFile)
            .SetVariable("keys", keys).SetVariable("sk", Canary.Secret)
            .SetVariable("cred", new ForeignAwsCredentials(credential, Canary.Secret, null))
            .SetVariable("StoredAWSCredentials", new AWSPSCredentials(new ForeignAwsCredentials(stored, Canary.Secret, null), "stored"));

        var run = ps.Run("""
            $common = @{ InstanceId = $instance; UserId = $user; Region = $region; EndpointUrl = $endpoint }
            Start-ConnectContactMonitor $c[0] @common -AccessKey $keys -SecretKey $sk -ProfileName from-profile -ProfileLocation $loc -Credential $cred
            Start-ConnectContactMonitor $c[1] @common -ProfileName from-profile -ProfileLocation $loc -Credential $cred
            Start-ConnectContactMonitor $c[2] @common -Credential $cred
            Start-ConnectContactMonitor $c[3] @common
            $StoredAWSCredentials = $null
            Start-ConnectContactMonitor $c[4] @common
            """);

        run.AssertNoErrors();
        Assert.Equal(keys, connect.SignedRequest(c[0]).AccessKeyId);
        Assert.Equal(TestCredentials.AccessKeyId, connect.SignedRequest(c[1]).AccessKeyId);
        Assert.Equal(credential, connect.SignedRequest(c[2]).AccessKeyId);
        Assert.Equal(stored, connect.SignedRequest(c[3]).AccessKeyId);
        Assert.Equal(TestCredentials.AccessKeyId, connect.SignedRequest(c[4]).AccessKeyId); // the process's 'default' profile
    }

    [Fact]
    public void An_unknown_profile_is_an_error_even_when_later_sources_have_credentials()
    {
        var contact = connect.NewContacts(1)[0];
        using var ps = Session(contact).SetVariable("StoredAWSCredentials",
            new AWSPSCredentials(new ForeignAwsCredentials(TestCredentials.AccessKeyId, TestCredentials.SecretAccessKey, null), "x"));

        var run = ps.Run(Monitor + " -ProfileName no-such-profile");

        var error = Assert.Single(run.Errors);
        ErrorAssert.Is(error, "ProfileNotFound", ErrorCategory.ObjectNotFound, contact);
        Assert.Empty(connect.RequestsFor(contact));
    }

    [Fact]
    public void Region_order_is_Region_then_the_contact_ARN_then_StoredAWSRegion()
    {
        var c = connect.NewContacts(3);
        string Arn(string id, string region) => $"arn:aws:connect:{region}:{TestCredentials.AccountId}:instance/{TestCredentials.InstanceId}/contact/{id}";
        using var ps = connect.NewSession().SetVariable("c", new[] { c[0], Arn(c[1], "ap-southeast-2"), c[2] }).SetVariable("StoredAWSRegion", "eu-west-3");

        var run = ps.Run("""
            Start-ConnectContactMonitor $c[0] -InstanceId $instance -UserId $user -EndpointUrl $endpoint -Region ca-central-1
            Start-ConnectContactMonitor $c[1] -UserId $user -EndpointUrl $endpoint
            Start-ConnectContactMonitor $c[2] -InstanceId $instance -UserId $user -EndpointUrl $endpoint
            """);

        run.AssertNoErrors();
        Assert.Equal("ca-central-1", connect.SignedRequest(c[0]).SigningRegion);
        Assert.Equal("ap-southeast-2", connect.SignedRequest(c[1]).SigningRegion);
        Assert.Equal("eu-west-3", connect.SignedRequest(c[2]).SigningRegion);
    }

    [Fact]
    public void An_unknown_Region_is_rejected_before_sending_with_the_valid_names()
    {
        var contact = connect.NewContacts(1)[0];
        using var ps = Session(contact);

        var run = ps.Run("Start-ConnectContactMonitor $contact -InstanceId $instance -UserId $user -Region mars-north-1");

        var error = Assert.Single(run.Errors);
        ErrorAssert.Is(error, "UnknownRegion", ErrorCategory.InvalidArgument, contact);
        Assert.Contains("us-east-1", error.Exception.Message);
        Assert.Empty(connect.RequestsFor(contact));
    }

    [Fact]
    public void Profile_kinds_static_session_and_credential_process_work_from_ProfileLocation()
    {
        var session = Canary.NewAccessKey(connect.Server, withToken: true);
        var process = Canary.NewAccessKey(connect.Server, withToken: true, prefix: "ASIAPROC");
        using var profiles = new TempProfiles();
        var script = profiles.CredentialProcess(process, Canary.Secret, Canary.Token);
        profiles.Write($"""
            [static]
            aws_access_key_id = {TestCredentials.AccessKeyId}
            aws_secret_access_key = {TestCredentials.SecretAccessKey}

            [session]
            aws_access_key_id = {session}
            aws_secret_access_key = {Canary.Secret}
            aws_session_token = {Canary.Token}

            [process]
            credential_process = {script}
            """);
        var c = connect.NewContacts(3);
        using var ps = connect.NewSession().SetVariable("c", c).SetVariable("loc", profiles.CredentialsFile);

        var run = ps.Run("""
            $common = @{ InstanceId = $instance; UserId = $user; Region = $region; EndpointUrl = $endpoint; ProfileLocation = $loc }
            Start-ConnectContactMonitor $c[0] @common -ProfileName static
            Start-ConnectContactMonitor $c[1] @common -AWSProfileName session
            Start-ConnectContactMonitor $c[2] @common -StoredCredentials process
            """);

        run.AssertNoErrors();
        Assert.Equal(TestCredentials.AccessKeyId, connect.SignedRequest(c[0]).AccessKeyId);
        Assert.Equal(session, connect.SignedRequest(c[1]).AccessKeyId);
        Assert.True(connect.SignedRequest(c[1]).HasSecurityToken);
        Assert.Equal(process, connect.SignedRequest(c[2]).AccessKeyId);
    }

    [Fact]
    public void A_failing_credential_process_is_one_terminating_error_before_sending()
    {
        using var profiles = new TempProfiles();
        var script = profiles.FailingProcess();
        profiles.Write($"[broken]\ncredential_process = {script}\n");
        var error = connect.AssertProfileStopsBeforeSending("broken", profiles.CredentialsFile, "InvalidProfile", ErrorCategory.InvalidData);
        Assert.Contains("broken", error.Exception.Message);
    }
}
