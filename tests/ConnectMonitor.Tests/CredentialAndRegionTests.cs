using System.Management.Automation;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests;

/// <summary>
/// Where credentials, region and endpoint come from when the command line does not say. These tests change
/// process-wide environment variables, so they run alone.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class CredentialAndRegionTests(ConnectDoubleFixture connect) : IClassFixture<ConnectDoubleFixture>, IDisposable
{
    private readonly EnvironmentScope _environment = new();
    private readonly string _emptyFolder = Directory.CreateTempSubdirectory("connectmonitor-empty-").FullName;

    public void Dispose()
    {
        _environment.Dispose();
        Directory.Delete(_emptyFolder, recursive: true);
    }

    // The SDK reads AWS_CONFIG_FILE once per process (the test config file holds only regions); the credentials file
    // the engine follows as it changes.
    private void UseNoSharedCredentials()
    {
        File.WriteAllText(Path.Combine(_emptyFolder, "credentials"), "");
        _environment.Set("AWS_SHARED_CREDENTIALS_FILE", Path.Combine(_emptyFolder, "credentials"));
    }

    [Fact]
    public void No_credentials_anywhere_is_one_terminating_error_before_anything_is_sent()
    {
        UseNoSharedCredentials();
        var contacts = connect.NewContacts(2);
        using var ps = connect.NewSession();

        var run = ps.Run("$args | Start-ConnectContactMonitor -InstanceId $instance -UserId $user -Region $region -EndpointUrl $endpoint", contacts.Cast<object>().ToArray());

        var error = Assert.Single(run.Errors);
        ErrorAssert.Is(error, "NoCredentials", ErrorCategory.AuthenticationError, contacts[0]);
        Assert.Contains("AWS_ACCESS_KEY_ID", error.Exception.Message);
        Assert.Empty(run.Output);
        Assert.Empty(connect.RequestsFor(contacts));
    }

    [Fact]
    public void No_region_anywhere_is_one_terminating_error_before_anything_is_sent()
    {
        _environment.Set("AWS_PROFILE", IsolatedAwsEnvironment.NoRegionProfile);
        var contact = connect.NewContacts(1)[0];
        using var ps = connect.NewSession();

        var run = ps.Run("Start-ConnectContactMonitor $args[0] -InstanceId $instance -UserId $user -EndpointUrl $endpoint", contact);

        var error = Assert.Single(run.Errors);
        ErrorAssert.Is(error, "NoRegion", ErrorCategory.InvalidOperation, contact);
        Assert.Contains("-Region", error.Exception.Message);
        Assert.Empty(connect.RequestsFor(contact));
    }

    [Fact]
    public void Environment_credentials_and_AWS_REGION_are_used_when_no_profile_exists()
    {
        UseNoSharedCredentials();
        _environment
            .Set("AWS_ACCESS_KEY_ID", TestCredentials.AccessKeyId)
            .Set("AWS_SECRET_ACCESS_KEY", TestCredentials.SecretAccessKey)
            .Set("AWS_REGION", "eu-central-1");
        var contact = connect.NewContacts(1)[0];
        using var ps = connect.NewSession();

        var run = ps.Run("Start-ConnectContactMonitor $args[0] -InstanceId $instance -UserId $user -EndpointUrl $endpoint", contact);

        Assert.Empty(run.Errors);
        Assert.Equal("eu-central-1", run.Property(0, "Region"));
        Assert.Equal("eu-central-1", Assert.Single(connect.RequestsFor(contact)).SigningRegion);
    }

    [Fact]
    public void A_named_profile_supplies_credentials_and_its_region()
    {
        var contact = connect.NewContacts(1)[0];
        using var ps = connect.NewSession();

        var run = ps.Run("Start-ConnectContactMonitor $args[0] -InstanceId $instance -UserId $user -EndpointUrl $endpoint -ProfileName $args[1]",
            contact, IsolatedAwsEnvironment.OtherProfile);

        Assert.Empty(run.Errors);
        Assert.Equal("eu-west-2", Assert.Single(connect.RequestsFor(contact)).SigningRegion);
    }

    [Fact]
    public void An_unknown_profile_is_a_terminating_error_not_a_fall_through()
    {
        var contact = connect.NewContacts(1)[0];
        using var ps = connect.NewSession();

        var run = ps.Run("Start-ConnectContactMonitor $args[0] -InstanceId $instance -UserId $user -EndpointUrl $endpoint -ProfileName no-such-profile", contact);

        var error = Assert.Single(run.Errors);
        ErrorAssert.Is(error, "ProfileNotFound", ErrorCategory.ObjectNotFound, contact);
        Assert.Contains("no-such-profile", error.Exception.Message);
        Assert.Empty(connect.RequestsFor(contact));
    }

    [Fact]
    public void AWS_ENDPOINT_URL_CONNECT_sends_to_the_configured_endpoint_signed_for_the_region()
    {
        _environment.Set("AWS_ENDPOINT_URL_CONNECT", connect.Endpoint);
        var contact = connect.NewContacts(1)[0];
        using var ps = connect.NewSession();

        var run = ps.Run("Start-ConnectContactMonitor $args[0] -InstanceId $instance -UserId $user -Region us-west-2", contact);

        Assert.Empty(run.Errors);
        var request = Assert.Single(connect.RequestsFor(contact));
        Assert.True(request.SignatureValid);
        Assert.Equal("us-west-2", request.SigningRegion);
    }

    [Fact]
    public void ProfileName_chooses_the_profile_whose_services_section_sets_the_endpoint()
    {
        // The default profile's endpoint is a closed loopback port, so a regression fails here without ever
        // reaching for a real AWS host.
        var original = File.ReadAllText(IsolatedAwsEnvironment.ConfigFile);
        File.WriteAllText(IsolatedAwsEnvironment.ConfigFile,
            $"""
            [default]
            region = {TestCredentials.Region}
            endpoint_url = http://127.0.0.1:1/

            [profile {IsolatedAwsEnvironment.OtherProfile}]
            region = eu-west-2
            services = connect-double

            [services connect-double]
            connect =
              endpoint_url = {connect.Endpoint}
            """);
        try
        {
            var contact = connect.NewContacts(1)[0];
            using var ps = connect.NewSession();

            var run = ps.Run($"Start-ConnectContactMonitor $args[0] -InstanceId $instance -UserId $user -ProfileName {IsolatedAwsEnvironment.OtherProfile}", contact);

            Assert.Empty(run.Errors);
            var request = Assert.Single(connect.RequestsFor(contact));
            Assert.True(request.SignatureValid);
            Assert.Equal("eu-west-2", request.SigningRegion);
        }
        finally
        {
            File.WriteAllText(IsolatedAwsEnvironment.ConfigFile, original);
        }
    }

    [Fact]
    public void AWS_ENDPOINT_URL_is_the_fallback_configured_endpoint()
    {
        _environment.Set("AWS_ENDPOINT_URL", connect.Endpoint);
        var contact = connect.NewContacts(1)[0];
        using var ps = connect.NewSession();

        var run = ps.Run("Start-ConnectContactMonitor $args[0] -InstanceId $instance -UserId $user", contact);

        Assert.Empty(run.Errors);
        Assert.Equal("us-east-1", Assert.Single(connect.RequestsFor(contact)).SigningRegion);
    }
}
