using System.Management.Automation;
using System.Security.Cryptography;
using System.Text;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Credentials;

/// <summary>
/// The environment-driven links of the credential and region chains, and the profile kinds that call STS or SSO
/// (their endpoints pointed at the double with AWS_ENDPOINT_URL_STS / AWS_ENDPOINT_URL_SSO). These change process-wide
/// environment variables (HOME, for the SSO token cache), so they run alone.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed partial class CredentialChainTests : IClassFixture<ConnectDoubleFixture>, IDisposable
{
    private const string Account = TestCredentials.AccountId;
    private const string StartUrl = "https://connect-double.awsapps.com/start";
    private readonly ConnectDoubleFixture connect;
    private readonly EnvironmentScope _environment = new();
    private readonly TempProfiles _profiles = new();

    public CredentialChainTests(ConnectDoubleFixture connect)
    {
        this.connect = connect;
        _environment
            .Set("AWS_ENDPOINT_URL_STS", connect.Endpoint)
            .Set("AWS_ENDPOINT_URL_SSO", connect.Endpoint)
            .Set("HOME", _profiles.Folder); // the SSO token cache is read from ~/.aws/sso/cache
    }

    public void Dispose()
    {
        _environment.Dispose();
        _profiles.Dispose();
    }

    private RunResult Monitor(string contact, string extra = "")
    {
        using var ps = connect.NewSession().SetVariable("contact", contact).SetVariable("loc", _profiles.CredentialsFile);
        return ps.Run("Start-ConnectContactMonitor $contact -InstanceId $instance -UserId $user -Region $region -EndpointUrl $endpoint " + extra);
    }

    private void UseCredentialsFile(string ini)
    {
        _profiles.Write(ini);
        _environment.Set("AWS_SHARED_CREDENTIALS_FILE", _profiles.CredentialsFile);
    }

    private void WriteSsoToken(string accessToken, DateTime expiresAt, string cacheKey = StartUrl)
    {
        var name = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(cacheKey))) + ".json";
        var folder = Directory.CreateDirectory(Path.Combine(_profiles.Folder, ".aws", "sso", "cache")).FullName;
        File.WriteAllText(Path.Combine(folder, name),
            $$"""{"startUrl": "{{StartUrl}}", "region": "us-east-1", "accessToken": "{{accessToken}}", "expiresAt": "{{expiresAt:yyyy-MM-ddTHH:mm:ssZ}}"}""");
    }

    private static string SsoProfile(string name, string role) => $"""
        [{name}]
        sso_start_url = {StartUrl}
        sso_region = us-east-1
        sso_account_id = {Account}
        sso_role_name = {role}

        """;

    [Fact]
    public void Environment_keys_come_before_AWS_PROFILE_which_comes_before_the_default_profile()
    {
        var envKey = Canary.NewAccessKey(connect.Server, prefix: "AKIDENV");
        var profileKey = Canary.NewAccessKey(connect.Server, prefix: "AKIDAWSPROFILE");
        UseCredentialsFile($"""
            [default]
            aws_access_key_id = {TestCredentials.AccessKeyId}
            aws_secret_access_key = {TestCredentials.SecretAccessKey}

            [chosen]
            aws_access_key_id = {profileKey}
            aws_secret_access_key = {Canary.Secret}
            """);
        var c = connect.NewContacts(3);

        _environment.Set("AWS_ACCESS_KEY_ID", envKey).Set("AWS_SECRET_ACCESS_KEY", Canary.Secret).Set("AWS_PROFILE", "chosen");
        Monitor(c[0]).AssertNoErrors();
        _environment.Set("AWS_ACCESS_KEY_ID", null).Set("AWS_SECRET_ACCESS_KEY", null);
        Monitor(c[1]).AssertNoErrors();
        _environment.Set("AWS_PROFILE", null);
        Monitor(c[2]).AssertNoErrors();

        Assert.Equal(envKey, connect.SignedRequest(c[0]).AccessKeyId);
        Assert.Equal(profileKey, connect.SignedRequest(c[1]).AccessKeyId);
        Assert.Equal(TestCredentials.AccessKeyId, connect.SignedRequest(c[2]).AccessKeyId);
    }

    [Fact]
    public void StoredAWSCredentials_come_before_environment_variables()
    {
        var stored = Canary.NewAccessKey(connect.Server, prefix: "AKIDSTORED");
        var envKey = Canary.NewAccessKey(connect.Server, prefix: "AKIDENV");
        _environment.Set("AWS_ACCESS_KEY_ID", envKey).Set("AWS_SECRET_ACCESS_KEY", Canary.Secret);
        var contact = connect.NewContacts(1)[0];
        using var ps = connect.NewSession().SetVariable("contact", contact)
            .SetVariable("StoredAWSCredentials", new Amazon.PowerShell.Common.AWSPSCredentials(new ForeignAwsCredentials(stored, Canary.Secret, null), "s"));

        ps.Run("Start-ConnectContactMonitor $contact -InstanceId $instance -UserId $user -Region $region -EndpointUrl $endpoint").AssertNoErrors();

        Assert.Equal(stored, connect.SignedRequest(contact).AccessKeyId);
    }

    [Fact]
    public void Container_credentials_come_after_the_profiles_and_instance_metadata_last()
    {
        UseCredentialsFile("");
        var container = connect.Server.Metadata.ServeContainer();
        var c = connect.NewContacts(2);

        _environment.Set("AWS_CONTAINER_CREDENTIALS_FULL_URI", new Uri(connect.Server.Endpoint, MetadataDouble.ContainerPath).ToString());
        Monitor(c[0]).AssertNoErrors();

        // The SDK fixes its instance-metadata address for the process on first use; only this test uses it.
        var instance = connect.Server.Metadata.ServeInstance("sa-east-1");
        // A profile that exists but has neither keys nor a region (the process's config file gives 'default' a region).
        UseCredentialsFile("[profile-without-a-region]\noutput = json\n");
        _environment.Set("AWS_CONTAINER_CREDENTIALS_FULL_URI", null)
            .Set("AWS_EC2_METADATA_DISABLED", null)
            .Set("AWS_PROFILE", "profile-without-a-region")
            .Set("AWS_EC2_METADATA_SERVICE_ENDPOINT", connect.Endpoint.TrimEnd('/'));
        using var ps = connect.NewSession().SetVariable("contact", c[1]);
        var run = ps.Run("Start-ConnectContactMonitor $contact -InstanceId $instance -UserId $user -EndpointUrl $endpoint");
        run.AssertNoErrors();

        Assert.Equal(container.AccessKeyId, connect.SignedRequest(c[0]).AccessKeyId);
        var fromInstance = connect.SignedRequest(c[1]);
        Assert.Equal(instance.AccessKeyId, fromInstance.AccessKeyId);
        Assert.Equal("sa-east-1", fromInstance.SigningRegion); // region from the instance identity document
    }

    [Fact]
    public void Region_order_after_StoredAWSRegion_is_AWS_REGION_then_AWS_DEFAULT_REGION_then_the_profile()
    {
        var c = connect.NewContacts(4);
        using var ps = connect.NewSession().SetVariable("c", c).SetVariable("StoredAWSRegion", "eu-north-1");
        const string Send = "Start-ConnectContactMonitor $args[0] -InstanceId $instance -UserId $user -EndpointUrl $endpoint";

        _environment.Set("AWS_REGION", "ap-northeast-1").Set("AWS_DEFAULT_REGION", "ap-south-1");
        ps.Run(Send, c[0]).AssertNoErrors();
        ps.Run("$StoredAWSRegion = $null; " + Send, c[1]).AssertNoErrors();
        _environment.Set("AWS_REGION", null);
        ps.Run(Send, c[2]).AssertNoErrors();
        _environment.Set("AWS_DEFAULT_REGION", null);
        ps.Run(Send + " -ProfileName " + IsolatedAwsEnvironment.OtherProfile, c[3]).AssertNoErrors();

        Assert.Equal("eu-north-1", connect.SignedRequest(c[0]).SigningRegion);
        Assert.Equal("ap-northeast-1", connect.SignedRequest(c[1]).SigningRegion);
        Assert.Equal("ap-south-1", connect.SignedRequest(c[2]).SigningRegion);
        Assert.Equal("eu-west-2", connect.SignedRequest(c[3]).SigningRegion);
    }

    [Fact]
    public void An_unknown_StoredAWSRegion_is_rejected_before_sending()
    {
        var contact = connect.NewContacts(1)[0];
        using var ps = connect.NewSession().SetVariable("contact", contact).SetVariable("StoredAWSRegion", "moon-1");

        var run = ps.Run("Start-ConnectContactMonitor $contact -InstanceId $instance -UserId $user");

        var error = Assert.Single(run.Errors);
        ErrorAssert.Is(error, "UnknownRegion", ErrorCategory.InvalidArgument, contact);
        Assert.Contains("$StoredAWSRegion", error.Exception.Message);
        Assert.Empty(connect.RequestsFor(contact));
    }

    [Fact]
    public void An_assume_role_profile_calls_STS_with_its_source_profile_and_signs_with_the_role_credentials()
    {
        var sourceKey = Canary.NewAccessKey(connect.Server, prefix: "AKIDSOURCE");
        var plain = connect.Server.Sts.AllowRole($"arn:aws:iam::{Account}:role/plain");
        var named = connect.Server.Sts.AllowRole($"arn:aws:iam::{Account}:role/external", externalId: "ext-4711");
        _profiles.Write($"""
            [source]
            aws_access_key_id = {sourceKey}
            aws_secret_access_key = {Canary.Secret}

            [plain-role]
            role_arn = arn:aws:iam::{Account}:role/plain
            source_profile = source

            [external-role]
            role_arn = arn:aws:iam::{Account}:role/external
            source_profile = source
            role_session_name = supervisor-session
            external_id = ext-4711
            """);
        var c = connect.NewContacts(2);

        Monitor(c[0], "-ProfileName plain-role -ProfileLocation $loc").AssertNoErrors();
        Monitor(c[1], "-ProfileName external-role -ProfileLocation $loc").AssertNoErrors();

        Assert.Equal(plain.AccessKeyId, connect.SignedRequest(c[0]).AccessKeyId);
        Assert.Equal(named.AccessKeyId, connect.SignedRequest(c[1]).AccessKeyId);
        var calls = connect.Server.Sts.Calls.Where(call => call.SignedByAccessKeyId == sourceKey).ToList();
        Assert.Equal(2, calls.Count);
        Assert.All(calls, call => Assert.True(call.SignatureValid));
        var external = Assert.Single(calls, call => call.RoleArn!.EndsWith("/external"));
        Assert.Equal("supervisor-session", external.RoleSessionName);
        Assert.Equal("ext-4711", external.ExternalId);
    }

    [Fact]
    public void A_role_profile_with_credential_source_Environment_assumes_the_role_with_the_environment_keys()
    {
        var environmentKey = Canary.NewAccessKey(connect.Server, prefix: "AKIDENVSRC");
        var role = connect.Server.Sts.AllowRole($"arn:aws:iam::{Account}:role/from-environment");
        _environment.Set("AWS_ACCESS_KEY_ID", environmentKey).Set("AWS_SECRET_ACCESS_KEY", Canary.Secret);
        _profiles.Write($"""
            [env-role]
            role_arn = arn:aws:iam::{Account}:role/from-environment
            credential_source = Environment
            """);
        var contact = connect.NewContacts(1)[0];

        Monitor(contact, "-ProfileName env-role -ProfileLocation $loc").AssertNoErrors();

        Assert.Equal(role.AccessKeyId, connect.SignedRequest(contact).AccessKeyId);
        var call = Assert.Single(connect.Server.Sts.Calls, call => call.RoleArn!.EndsWith("/from-environment"));
        Assert.Equal(environmentKey, call.SignedByAccessKeyId);
        Assert.True(call.SignatureValid);
    }

    [Fact]
    public void A_role_profile_whose_credential_source_is_absent_is_one_terminating_error_not_another_identity()
    {
        // Left to the SDK, EcsContainer outside a container would sign AssumeRole with the default chain's keys.
        connect.Server.Sts.AllowRole($"arn:aws:iam::{Account}:role/from-container");
        _profiles.Write($"""
            [container-role]
            role_arn = arn:aws:iam::{Account}:role/from-container
            credential_source = EcsContainer
            """);
        var error = connect.AssertProfileStopsBeforeSending("container-role", _profiles.CredentialsFile, "InvalidProfile", ErrorCategory.InvalidData);
        Assert.Contains("EcsContainer", error.Exception.Message);
        Assert.DoesNotContain(connect.Server.Sts.Calls, call => call.RoleArn!.EndsWith("/from-container"));
    }

    [Fact]
    public void A_denied_role_is_one_terminating_error_before_any_Connect_request()
    {
        connect.Server.Sts.DenyRole($"arn:aws:iam::{Account}:role/denied");
        _profiles.Write($"""
            [denied-role]
            role_arn = arn:aws:iam::{Account}:role/denied
            source_profile = src

            [src]
            aws_access_key_id = {TestCredentials.AccessKeyId}
            aws_secret_access_key = {TestCredentials.SecretAccessKey}
            """);
        var error = connect.AssertProfileStopsBeforeSending("denied-role", _profiles.CredentialsFile, "AssumeRoleDenied", ErrorCategory.PermissionDenied);
        Assert.Contains("role/denied", error.Exception.Message);
        Assert.Contains("trust policy", error.Exception.Message);
    }

    [Fact]
    public void Web_identity_works_from_a_profile_and_from_AWS_ROLE_ARN_and_AWS_WEB_IDENTITY_TOKEN_FILE()
    {
        var tokenFile = _profiles.File_("web-identity-token", "eyJ.web-identity.token");
        var fromProfile = connect.Server.Sts.AllowRole($"arn:aws:iam::{Account}:role/web-profile", webIdentityToken: "eyJ.web-identity.token");
        var fromEnvironment = connect.Server.Sts.AllowRole($"arn:aws:iam::{Account}:role/web-env", webIdentityToken: "eyJ.web-identity.token");
        _profiles.Write($"""
            [web]
            role_arn = arn:aws:iam::{Account}:role/web-profile
            web_identity_token_file = {tokenFile}
            role_session_name = web-session
            """);
        var c = connect.NewContacts(2);

        Monitor(c[0], "-ProfileName web -ProfileLocation $loc").AssertNoErrors();
        UseCredentialsFile(File.ReadAllText(_profiles.CredentialsFile).Replace("[web]", "[not-default]"));
        _environment.Set("AWS_ROLE_ARN", $"arn:aws:iam::{Account}:role/web-env").Set("AWS_WEB_IDENTITY_TOKEN_FILE", tokenFile);
        Monitor(c[1]).AssertNoErrors();

        Assert.Equal(fromProfile.AccessKeyId, connect.SignedRequest(c[0]).AccessKeyId);
        Assert.Equal(fromEnvironment.AccessKeyId, connect.SignedRequest(c[1]).AccessKeyId);
    }

    [Fact]
    public void An_SSO_profile_uses_the_cached_token_to_get_role_credentials()
    {
        var issued = connect.Server.Sso.AllowRole("sso-access-token-1", Account, "ConnectSupervisor");
        WriteSsoToken("sso-access-token-1", DateTime.UtcNow.AddHours(2));
        _profiles.Write(SsoProfile("sso", "ConnectSupervisor"));
        var contact = connect.NewContacts(1)[0];

        Monitor(contact, "-ProfileName sso -ProfileLocation $loc").AssertNoErrors();

        var request = connect.SignedRequest(contact);
        Assert.Equal(issued.AccessKeyId, request.AccessKeyId);
        Assert.True(request.HasSecurityToken);
        Assert.Contains(connect.Server.Sso.Calls, call => call.AccessToken == "sso-access-token-1" && call.Status == 200);
    }

    [Fact]
    public void An_SSO_profile_with_an_sso_session_section_uses_the_token_cached_under_the_session_name()
    {
        // What "aws configure sso" writes today: the start URL lives in an [sso-session] section of the shared config
        // file, and the token cache file is named for the session, not the URL.
        var issued = connect.Server.Sso.AllowRole("sso-session-token-1", Account, "ConnectSupervisor");
        WriteSsoToken("sso-session-token-1", DateTime.UtcNow.AddHours(2), cacheKey: "corp");
        var original = File.ReadAllText(IsolatedAwsEnvironment.ConfigFile);
        File.WriteAllText(IsolatedAwsEnvironment.ConfigFile, original + $"""


            [profile sso-session-user]
            sso_session = corp
            sso_account_id = {Account}
            sso_role_name = ConnectSupervisor

            [sso-session corp]
            sso_start_url = {StartUrl}
            sso_region = us-east-1
            sso_registration_scopes = sso:account:access
            """);
        try
        {
            var contact = connect.NewContacts(1)[0];

            Monitor(contact, "-ProfileName sso-session-user").AssertNoErrors();

            Assert.Equal(issued.AccessKeyId, connect.SignedRequest(contact).AccessKeyId);
            Assert.Contains(connect.Server.Sso.Calls, call => call.AccessToken == "sso-session-token-1" && call.Status == 200);
        }
        finally
        {
            File.WriteAllText(IsolatedAwsEnvironment.ConfigFile, original);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_expired_or_missing_SSO_token_is_one_terminating_error_that_says_to_sign_in(bool tokenExists)
    {
        if (tokenExists)
        {
            WriteSsoToken("sso-expired-token", DateTime.UtcNow.AddHours(-1));
        }

        _profiles.Write(SsoProfile("sso-expired", "ConnectSupervisor"));
        var error = connect.AssertProfileStopsBeforeSending("sso-expired", _profiles.CredentialsFile, "SsoTokenExpired", ErrorCategory.AuthenticationError);
        Assert.Contains("aws sso login --profile sso-expired", error.Exception.Message);
    }

    [Fact]
    public void No_credentials_anywhere_names_every_source_tried()
    {
        UseCredentialsFile("");
        var contact = connect.NewContacts(1)[0];

        var run = Monitor(contact);

        var error = Assert.Single(run.Errors);
        ErrorAssert.Is(error, "NoCredentials", ErrorCategory.AuthenticationError, contact);
        foreach (var tried in new[] { "-AccessKey", "-ProfileName", "-Credential", "$StoredAWSCredentials", "AWS_ACCESS_KEY_ID", "AWS_PROFILE", "container", "instance metadata" })
        {
            Assert.Contains(tried, error.Exception.Message);
        }

        Assert.Empty(connect.RequestsFor(contact));
    }
}
