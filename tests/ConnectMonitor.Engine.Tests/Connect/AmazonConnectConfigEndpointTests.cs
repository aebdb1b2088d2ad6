using Xunit;
using Amazon;
using ConnectMonitor.Engine.Connect;

namespace ConnectMonitor.Engine.Tests.Connect;

/// <summary>
/// Where a config sends, through <see cref="AmazonConnectClient.DetermineEndpoint"/> (nothing is sent).
/// These configs ignore configured endpoint URLs, so the machine's environment cannot leak in.
/// </summary>
public sealed class AmazonConnectConfigEndpointTests
{
    internal static AmazonConnectConfig HermeticConfig(RegionEndpoint? region = null) => new()
    {
        RegionEndpoint = region ?? RegionEndpoint.EUWest2,
        IgnoreConfiguredEndpointUrls = true,
        UseFIPSEndpoint = false,
        UseDualstackEndpoint = false,
    };

    [Fact]
    public void Config_carries_the_model_identity()
    {
        var config = HermeticConfig();
        Assert.Equal("Connect", config.ServiceId);
        Assert.Equal("connect", config.AuthenticationServiceName);
        Assert.Equal("connect", config.RegionEndpointServiceName);
        Assert.Equal("2017-08-08", config.ServiceVersion);
    }

    [Theory]
    [InlineData("us-east-1", "https://connect.us-east-1.amazonaws.com/")]
    [InlineData("eu-west-2", "https://connect.eu-west-2.amazonaws.com/")]
    [InlineData("cn-north-1", "https://connect.cn-north-1.amazonaws.com.cn/")]
    [InlineData("us-gov-west-1", "https://connect.us-gov-west-1.amazonaws.com/")]
    public void Region_picks_the_regional_endpoint(string region, string expected) =>
        Assert.Equal(new Uri(expected), AmazonConnectClient.DetermineEndpoint(HermeticConfig(RegionEndpoint.GetBySystemName(region))));

    [Fact]
    public void Fips_setting_is_honoured()
    {
        var config = HermeticConfig(RegionEndpoint.USEast1);
        config.UseFIPSEndpoint = true;
        Assert.Equal(new Uri("https://connect-fips.us-east-1.amazonaws.com/"), AmazonConnectClient.DetermineEndpoint(config));
    }

    [Fact]
    public void Dual_stack_setting_is_honoured()
    {
        var config = HermeticConfig(RegionEndpoint.EUWest2);
        config.UseDualstackEndpoint = true;
        Assert.Equal(new Uri("https://connect.eu-west-2.api.aws/"), AmazonConnectClient.DetermineEndpoint(config));
    }

    [Fact]
    public void Fips_and_dual_stack_together()
    {
        var config = HermeticConfig(RegionEndpoint.USGovCloudWest1);
        config.UseFIPSEndpoint = true;
        config.UseDualstackEndpoint = true;
        Assert.Equal(new Uri("https://connect-fips.us-gov-west-1.api.aws/"), AmazonConnectClient.DetermineEndpoint(config));
    }

    [Fact]
    public void Fips_pseudo_region_turns_into_fips_endpoint()
    {
        var config = HermeticConfig();
        config.RegionEndpoint = RegionEndpoint.GetBySystemName("fips-us-east-1");
        Assert.Equal(new Uri("https://connect-fips.us-east-1.amazonaws.com/"), AmazonConnectClient.DetermineEndpoint(config));
    }

    [Fact]
    public void Custom_endpoint_keeps_the_intended_signing_region()
    {
        var config = HermeticConfig();
        config.SetCustomEndpoint("http://127.0.0.1:4566", "ap-southeast-2");

        Assert.Equal(new Uri("http://127.0.0.1:4566/"), AmazonConnectClient.DetermineEndpoint(config));
        Assert.Equal("ap-southeast-2", config.AuthenticationRegion);
    }

    [Fact]
    public void Custom_endpoint_with_fips_fails_with_the_rule_set_message()
    {
        var config = HermeticConfig();
        config.SetCustomEndpoint("http://127.0.0.1:4566", "eu-west-2");
        config.UseFIPSEndpoint = true;

        var error = Assert.Throws<ConnectEndpointException>(() => AmazonConnectClient.DetermineEndpoint(config));
        Assert.Equal(ConnectEndpointRules.FipsWithCustomEndpointError, error.Message);
    }

    [Fact]
    public void Custom_endpoint_with_dual_stack_fails_with_the_rule_set_message()
    {
        var config = HermeticConfig();
        config.SetCustomEndpoint("http://127.0.0.1:4566", "eu-west-2");
        config.UseDualstackEndpoint = true;

        var error = Assert.Throws<ConnectEndpointException>(() => AmazonConnectClient.DetermineEndpoint(config));
        Assert.Equal(ConnectEndpointRules.DualStackWithCustomEndpointError, error.Message);
    }

    [Theory]
    [InlineData("", "eu-west-2")]
    [InlineData("http://127.0.0.1:1", "")]
    public void SetCustomEndpoint_requires_both_values(string url, string region) =>
        Assert.Throws<ArgumentException>(() => HermeticConfig().SetCustomEndpoint(url, region));
}

/// <summary>
/// The SDK's configured-endpoint sources in the environment, which the config gets for free because
/// its service id is "Connect". These change process state, hence the collection.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class AmazonConnectConfiguredEndpointTests
{
    private static EnvironmentVariables CleanEndpointEnvironment() => new EnvironmentVariables()
        .Set("AWS_ENDPOINT_URL_CONNECT", null)
        .Set("AWS_ENDPOINT_URL", null)
        .Set("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", null)
        .Set("AWS_USE_FIPS_ENDPOINT", null)
        .Set("AWS_USE_DUALSTACK_ENDPOINT", null)
        // A profile name nobody has, so an endpoint_url in the machine's default profile cannot leak in.
        // (AWS_CONFIG_FILE cannot be redirected per test: the SDK reads it once per process.)
        .Set("AWS_PROFILE", "connectmonitor-tests-no-such-profile");

    private static AmazonConnectConfig Config() => new() { RegionEndpoint = RegionEndpoint.EUWest2 };

    [Fact]
    public void Service_specific_variable_sets_the_endpoint()
    {
        using var env = CleanEndpointEnvironment().Set("AWS_ENDPOINT_URL_CONNECT", "http://127.0.0.1:4001");
        Assert.Equal(new Uri("http://127.0.0.1:4001/"), AmazonConnectClient.DetermineEndpoint(Config()));
    }

    [Fact]
    public void Global_variable_sets_the_endpoint()
    {
        using var env = CleanEndpointEnvironment().Set("AWS_ENDPOINT_URL", "http://127.0.0.1:4002");
        Assert.Equal(new Uri("http://127.0.0.1:4002/"), AmazonConnectClient.DetermineEndpoint(Config()));
    }

    [Fact]
    public void Service_specific_variable_wins_over_global()
    {
        using var env = CleanEndpointEnvironment()
            .Set("AWS_ENDPOINT_URL", "http://127.0.0.1:4002")
            .Set("AWS_ENDPOINT_URL_CONNECT", "http://127.0.0.1:4001");
        Assert.Equal(new Uri("http://127.0.0.1:4001/"), AmazonConnectClient.DetermineEndpoint(Config()));
    }

    [Fact]
    public void Ignore_variable_turns_configured_endpoints_off()
    {
        using var env = CleanEndpointEnvironment()
            .Set("AWS_ENDPOINT_URL_CONNECT", "http://127.0.0.1:4001")
            .Set("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true");
        Assert.Equal(new Uri("https://connect.eu-west-2.amazonaws.com/"), AmazonConnectClient.DetermineEndpoint(Config()));
    }

    [Fact]
    public void Service_url_in_code_wins_over_the_environment()
    {
        using var env = CleanEndpointEnvironment().Set("AWS_ENDPOINT_URL_CONNECT", "http://127.0.0.1:4001");
        var config = Config();
        config.SetCustomEndpoint("http://127.0.0.1:4003", "eu-west-2");
        Assert.Equal(new Uri("http://127.0.0.1:4003/"), AmazonConnectClient.DetermineEndpoint(config));
    }

    [Fact]
    public void A_services_section_of_the_profile_sets_the_endpoint_and_the_environment_wins_over_it()
    {
        using var config = new SharedConfigContent("""
            [profile connect-services]
            services = local-connect

            [services local-connect]
            connect =
              endpoint_url = http://127.0.0.1:4004
            """);
        using var env = CleanEndpointEnvironment().Set("AWS_PROFILE", "connect-services");
        Assert.Equal(new Uri("http://127.0.0.1:4004/"), AmazonConnectClient.DetermineEndpoint(Config()));

        env.Set("AWS_ENDPOINT_URL_CONNECT", "http://127.0.0.1:4001");
        Assert.Equal(new Uri("http://127.0.0.1:4001/"), AmazonConnectClient.DetermineEndpoint(Config()));
    }

    [Fact]
    public void Configured_endpoint_with_fips_from_environment_is_the_rule_set_error()
    {
        using var env = CleanEndpointEnvironment()
            .Set("AWS_ENDPOINT_URL_CONNECT", "http://127.0.0.1:4001")
            .Set("AWS_USE_FIPS_ENDPOINT", "true");
        var error = Assert.Throws<ConnectEndpointException>(() => AmazonConnectClient.DetermineEndpoint(Config()));
        Assert.Equal(ConnectEndpointRules.FipsWithCustomEndpointError, error.Message);
    }
}
