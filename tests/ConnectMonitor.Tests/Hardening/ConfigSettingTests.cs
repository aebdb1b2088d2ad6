using System.Management.Automation;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Tests.Credentials;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Hardening;

/// <summary>
/// Settings read from the environment or the profile in force are held to the rules the AWS CLI applies: a value it
/// would refuse (or that the AWS SDK would drop, read differently, or answer by dropping the whole profile) is one
/// terminating InvalidSetting error naming the variable or key, before anything is sent; an endpoint URL with a query or
/// fragment is InvalidEndpoint wherever it comes from. Values the CLI accepts keep working.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class ConfigSettingTests : IClassFixture<ConnectDoubleFixture>, IDisposable
{
    private const string Monitor = "$c | Start-ConnectContactMonitor -InstanceId $instance -UserId $user -Region $region";
    private readonly ConnectDoubleFixture connect;
    private readonly EnvironmentScope _environment = new();
    private readonly TempProfiles _files = new();

    public ConfigSettingTests(ConnectDoubleFixture connect)
    {
        this.connect = connect;
        _environment.Set("AWS_PROFILE", null).Set("AWS_REGION", null);
    }

    public void Dispose()
    {
        _environment.Dispose();
        _files.Dispose();
    }

    public static TheoryData<string, string> BadVariables => new()
    {
        { "AWS_MAX_ATTEMPTS", "abc" },
        { "AWS_MAX_ATTEMPTS", "0" },
        { "AWS_MAX_ATTEMPTS", "-1" },
        { "AWS_MAX_ATTEMPTS", "99999999999" },
        { "AWS_MAX_ATTEMPTS", "2.5" },
        { "AWS_MAX_ATTEMPTS", "101" },
        { "AWS_MAX_ATTEMPTS", "3 attempts" },
        { "AWS_RETRY_MODE", "bogus" },
        { "AWS_RETRY_MODE", "legacy" },
        { "AWS_RETRY_MODE", "1" },
        { "AWS_RETRY_MODE", "standard,adaptive" },
        { "AWS_DEFAULTS_MODE", "bogus" },
        { "AWS_DEFAULTS_MODE", "legacy" },
        { "AWS_DEFAULTS_MODE", "2" },
        { "AWS_USE_FIPS_ENDPOINT", "yes" },
        { "AWS_USE_FIPS_ENDPOINT", "1" },
        { "AWS_USE_DUALSTACK_ENDPOINT", "on" },
        { "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "yes" },
        { "AWS_DISABLE_CLOCK_SKEW_CORRECTION", "0" },
        { "AWS_EC2_METADATA_DISABLED", "1" },
        { "AWS_EC2_METADATA_DISABLED", "yes" },
        { "AWS_EC2_METADATA_SERVICE_ENDPOINT", "not a url" },
        { "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE", "IPv5" },
        { "AWS_ACCOUNT_ID_ENDPOINT_MODE", "sometimes" },
        { "AWS_REQUEST_CHECKSUM_CALCULATION", "always" },
        { "CONNECTMONITOR_CREDENTIAL_PROCESS_TIMEOUT", "abc" },
        { "CONNECTMONITOR_CREDENTIAL_PROCESS_TIMEOUT", "0" },
        { "CONNECTMONITOR_CREDENTIAL_PROCESS_TIMEOUT", "-1" },
        { "CONNECTMONITOR_CREDENTIAL_PROCESS_TIMEOUT", "NaN" },
        { "CONNECTMONITOR_CREDENTIAL_PROCESS_TIMEOUT", "Infinity" },
        { "CONNECTMONITOR_CREDENTIAL_PROCESS_TIMEOUT", "1,5" },
        { "CONNECTMONITOR_CREDENTIAL_PROCESS_TIMEOUT", "86401" },
        { "CONNECTMONITOR_CREDENTIAL_PROCESS_TIMEOUT", "1e3" },
    };

    [Theory]
    [MemberData(nameof(BadVariables))]
    public void A_variable_the_AWS_CLI_would_refuse_is_InvalidSetting_naming_it_and_nothing_is_sent(string variable, string value)
    {
        _environment.Set(variable, value);

        var (error, contacts) = RunRefused(Monitor + " -EndpointUrl $endpoint");

        ErrorAssert.Is(error, "InvalidSetting", ErrorCategory.InvalidData, contacts[0]);
        Assert.Contains(variable, error.Exception.Message);
        Assert.Contains($"'{value}'", error.Exception.Message);
    }

    public static TheoryData<string, string> GoodVariables => new()
    {
        { "AWS_MAX_ATTEMPTS", "1" },
        { "AWS_MAX_ATTEMPTS", " 3 " },
        { "AWS_MAX_ATTEMPTS", "100" },
        { "AWS_RETRY_MODE", "Standard" },
        { "AWS_RETRY_MODE", "adaptive" },
        { "AWS_DEFAULTS_MODE", "in-region" },
        { "AWS_DEFAULTS_MODE", "cross-region" },
        { "AWS_DEFAULTS_MODE", "InRegion" },
        { "AWS_DEFAULTS_MODE", "mobile" },
        { "AWS_USE_DUALSTACK_ENDPOINT", "FALSE" },
        { "AWS_EC2_METADATA_DISABLED", "True" },
        { "CONNECTMONITOR_CREDENTIAL_PROCESS_TIMEOUT", "0.5" },
        { "CONNECTMONITOR_CREDENTIAL_PROCESS_TIMEOUT", "86400" },
    };

    [Theory]
    [MemberData(nameof(GoodVariables))]
    public void A_variable_the_AWS_CLI_accepts_keeps_working(string variable, string value)
    {
        _environment.Set(variable, value);
        var contacts = connect.NewContacts(1);
        using var ps = connect.NewSession().SetVariable("c", contacts);

        ps.Run(Monitor + " -EndpointUrl $endpoint").AssertNoErrors();

        Assert.Single(connect.RequestsFor(contacts));
    }

    public static TheoryData<string, string> BadProfileKeys => new()
    {
        { "max_attempts", "0" },
        { "max_attempts", "abc" },
        { "max_attempts", "99999999999" },
        { "retry_mode", "bogus" },
        { "retry_mode", "legacy" },
        { "defaults_mode", "fast" },
        { "use_fips_endpoint", "yes" },
        { "use_dualstack_endpoint", "1" },
        { "ignore_configured_endpoint_urls", "maybe" },
        { "ec2_metadata_service_endpoint_mode", "ipv5" },
        { "s3_use_arn_region", "yes" },
        { "request_min_compression_size_bytes", "-1" },
    };

    [Theory]
    [MemberData(nameof(BadProfileKeys))]
    public void A_default_profile_key_the_AWS_CLI_would_refuse_is_InvalidSetting_naming_key_profile_and_file(string key, string value)
    {
        var config = _files.File_("config", $"[default]\nregion = {TestCredentials.Region}\n{key} = {value}\n");
        _environment.Set("AWS_CONFIG_FILE", config);

        var (error, contacts) = RunRefused(Monitor + " -EndpointUrl $endpoint");

        ErrorAssert.Is(error, "InvalidSetting", ErrorCategory.InvalidData, contacts[0]);
        Assert.Contains($"{key} = '{value}'", error.Exception.Message);
        Assert.Contains("'default'", error.Exception.Message);
        Assert.Contains($"'{config}'", error.Exception.Message);
    }

    [Theory]
    [InlineData("-ProfileName ops")]
    [InlineData("")]
    public void A_named_profile_with_a_bad_key_says_so_instead_of_ProfileNotFound(string selection)
    {
        // Today's SDK drops a profile holding retry_mode = bogus: -ProfileName ops was ProfileNotFound, AWS_PROFILE=ops too.
        var config = _files.File_("config", $"[default]\nregion = {TestCredentials.Region}\n\n[profile ops]\nregion = {TestCredentials.Region}\nretry_mode = bogus\n");
        var credentials = _files.File_("credentials", $"[ops]\naws_access_key_id = {TestCredentials.AccessKeyId}\naws_secret_access_key = {TestCredentials.SecretAccessKey}\n");
        _environment.Set("AWS_CONFIG_FILE", config).Set("AWS_SHARED_CREDENTIALS_FILE", credentials).Set("AWS_PROFILE", selection == "" ? "ops" : null);

        var (error, _) = RunRefused(Monitor + " -EndpointUrl $endpoint " + selection);

        Assert.Equal("InvalidSetting", error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Contains("retry_mode = 'bogus'", error.Exception.Message);
        Assert.Contains("'ops'", error.Exception.Message);
    }

    [Fact]
    public void A_bad_key_in_a_profile_not_in_force_is_not_read()
    {
        var config = _files.File_("config", $"[default]\nregion = {TestCredentials.Region}\n\n[profile other]\nmax_attempts = abc\n");
        _environment.Set("AWS_CONFIG_FILE", config);
        var contacts = connect.NewContacts(1);
        using var ps = connect.NewSession().SetVariable("c", contacts);

        ps.Run(Monitor + " -EndpointUrl $endpoint").AssertNoErrors();

        Assert.Single(connect.RequestsFor(contacts));
    }

    [Fact]
    public void Get_ConnectLiveContact_refuses_the_same_settings()
    {
        _environment.Set("AWS_RETRY_MODE", "bogus");
        var before = connect.Server.Requests.Count;
        using var ps = connect.NewSession();

        var run = ps.Run("Get-ConnectLiveContact -InstanceId $instance -Agent $user -Region $region -EndpointUrl $endpoint");

        var error = Assert.Single(AllErrors(run));
        Assert.Equal("InvalidSetting,ConnectMonitor.Commands.GetConnectLiveContactCommand", error.FullyQualifiedErrorId);
        Assert.Equal(before, connect.Server.Requests.Count);
    }

    public static TheoryData<string> EndpointsWithQueryOrFragment => new()
    {
        "/?Action=x",
        "/path?x=1#f",
        "/#fragment",
        "?",
        "/prefix/?",
        "#",
    };

    [Theory]
    [MemberData(nameof(EndpointsWithQueryOrFragment))]
    public void An_EndpointUrl_with_a_query_or_fragment_is_InvalidEndpoint_and_nothing_is_sent(string tail)
    {
        var (error, contacts) = RunRefused(Monitor + " -EndpointUrl ($endpoint.TrimEnd('/') + $args[0])", tail);

        ErrorAssert.Is(error, "InvalidEndpoint", ErrorCategory.InvalidArgument, contacts[0]);
        Assert.Contains("-EndpointUrl", error.Exception.Message);
    }

    [Theory]
    [InlineData("AWS_ENDPOINT_URL_CONNECT", "/?Action=x")]
    [InlineData("AWS_ENDPOINT_URL", "/path?x=1#f")]
    [InlineData("profile endpoint_url", "/#f")]
    [InlineData("services endpoint_url", "/p?q")]
    public void A_configured_endpoint_with_a_query_or_fragment_is_InvalidEndpoint_and_nothing_is_sent(string source, string tail)
    {
        var url = connect.Endpoint.TrimEnd('/') + tail;
        var config = source switch
        {
            "profile endpoint_url" => $"[default]\nregion = {TestCredentials.Region}\nendpoint_url = {url}\n",
            "services endpoint_url" => $"[default]\nregion = {TestCredentials.Region}\nservices = local\n\n[services local]\nconnect =\n  endpoint_url = {url}\n",
            _ => $"[default]\nregion = {TestCredentials.Region}\n",
        };
        _environment.Set("AWS_CONFIG_FILE", _files.File_("config", config));
        if (source.StartsWith("AWS_", StringComparison.Ordinal))
        {
            _environment.Set(source, url);
        }

        var (error, contacts) = RunRefused(Monitor);

        ErrorAssert.Is(error, "InvalidEndpoint", ErrorCategory.InvalidArgument, contacts[0]);
        Assert.Contains(source.StartsWith("AWS_", StringComparison.Ordinal) ? source : "endpoint_url", error.Exception.Message);
    }

    [Fact]
    public void AWS_IGNORE_CONFIGURED_ENDPOINT_URLS_leaves_a_bad_configured_endpoint_unread()
    {
        _environment.Set("AWS_ENDPOINT_URL_CONNECT", "http://127.0.0.1:1/?Action=x").Set("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true");
        var contacts = connect.NewContacts(1);
        using var ps = connect.NewSession().SetVariable("c", contacts);

        ps.Run(Monitor + " -EndpointUrl $endpoint").AssertNoErrors();

        Assert.Single(connect.RequestsFor(contacts));
    }

    [Theory]
    [InlineData("-EndpointUrl ($endpoint.TrimEnd('/') + '/prefix')", null)]
    [InlineData("", "AWS_ENDPOINT_URL_CONNECT")]
    [InlineData("", "AWS_ENDPOINT_URL")]
    public void A_plain_path_prefix_keeps_working_and_the_operation_path_follows_it(string parameter, string? variable)
    {
        if (variable != null)
        {
            _environment.Set(variable, connect.Endpoint.TrimEnd('/') + "/prefix/");
        }

        var before = connect.Server.Requests.Count;
        var contacts = connect.NewContacts(1);
        using var ps = connect.NewSession().SetVariable("c", contacts);

        var run = ps.Run(Monitor + " " + parameter);

        // The double serves no prefix, so it answers "unknown operation"; what matters is where the request went.
        Assert.DoesNotContain(AllErrors(run), e => e.FullyQualifiedErrorId.StartsWith("InvalidEndpoint", StringComparison.Ordinal));
        var sent = Assert.Single(connect.Server.Requests.Skip(before));
        Assert.Equal("/prefix/contact/monitor", sent.Path);
    }

    private (ErrorRecord Error, string[] Contacts) RunRefused(string script, params object?[] args)
    {
        var contacts = connect.NewContacts(2);
        var before = connect.Server.Requests.Count;
        using var ps = connect.NewSession().SetVariable("c", contacts);

        var run = ps.Run(script, args);

        var error = Assert.Single(AllErrors(run));
        Assert.Empty(run.Output);
        Assert.Equal(before, connect.Server.Requests.Count);
        Assert.Empty(connect.RequestsFor(contacts));
        return (error, contacts);
    }

    private static IEnumerable<ErrorRecord> AllErrors(RunResult run) =>
        run.Errors.Concat(run.Exception is RuntimeException { ErrorRecord: { } record } ? new[] { record } : Array.Empty<ErrorRecord>())
            .DistinctBy(e => e.Exception?.Message);
}
