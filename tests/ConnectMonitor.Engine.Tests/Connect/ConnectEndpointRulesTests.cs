using Xunit;
using ConnectMonitor.Engine.Connect;

namespace ConnectMonitor.Engine.Tests.Connect;

/// <summary>The Connect endpoint rule set (endpoint-rule-set-1.json), pure: nothing is sent anywhere.</summary>
public sealed class ConnectEndpointRulesTests
{
    private static string Resolve(string? region, bool fips = false, bool dualStack = false, string? endpoint = null) =>
        ConnectEndpointRules.ResolveUrl(new ConnectEndpointParameters
        {
            Region = region!,
            UseFIPS = fips,
            UseDualStack = dualStack,
            Endpoint = endpoint!,
        });

    private static string ResolveError(string? region, bool fips = false, bool dualStack = false, string? endpoint = null) =>
        Assert.Throws<ConnectEndpointException>(() => Resolve(region, fips, dualStack, endpoint)).Message;

    [Theory]
    [InlineData("us-east-1", "https://connect.us-east-1.amazonaws.com")]
    [InlineData("eu-west-2", "https://connect.eu-west-2.amazonaws.com")]
    [InlineData("ap-southeast-2", "https://connect.ap-southeast-2.amazonaws.com")]
    [InlineData("cn-north-1", "https://connect.cn-north-1.amazonaws.com.cn")]
    [InlineData("us-gov-west-1", "https://connect.us-gov-west-1.amazonaws.com")]
    [InlineData("us-iso-east-1", "https://connect.us-iso-east-1.c2s.ic.gov")]
    [InlineData("us-isob-east-1", "https://connect.us-isob-east-1.sc2s.sgov.gov")]
    public void Regional_endpoint_uses_the_partition_dns_suffix(string region, string expected) =>
        Assert.Equal(expected, Resolve(region));

    [Theory]
    [InlineData("us-east-1", "https://connect-fips.us-east-1.amazonaws.com")]
    [InlineData("cn-north-1", "https://connect-fips.cn-north-1.amazonaws.com.cn")]
    [InlineData("us-gov-west-1", "https://connect.us-gov-west-1.amazonaws.com")]
    [InlineData("us-gov-east-1", "https://connect.us-gov-east-1.amazonaws.com")]
    public void Fips_endpoint(string region, string expected) =>
        Assert.Equal(expected, Resolve(region, fips: true));

    [Theory]
    [InlineData("eu-west-2", "https://connect.eu-west-2.api.aws")]
    [InlineData("cn-north-1", "https://connect.cn-north-1.api.amazonwebservices.com.cn")]
    [InlineData("us-gov-west-1", "https://connect.us-gov-west-1.api.aws")]
    public void Dual_stack_endpoint(string region, string expected) =>
        Assert.Equal(expected, Resolve(region, dualStack: true));

    [Theory]
    [InlineData("us-east-1", "https://connect-fips.us-east-1.api.aws")]
    [InlineData("cn-north-1", "https://connect-fips.cn-north-1.api.amazonwebservices.com.cn")]
    [InlineData("us-gov-west-1", "https://connect-fips.us-gov-west-1.api.aws")]
    public void Fips_and_dual_stack_endpoint(string region, string expected) =>
        Assert.Equal(expected, Resolve(region, fips: true, dualStack: true));

    [Fact]
    public void Unknown_but_well_formed_region_falls_back_to_the_aws_partition() =>
        Assert.Equal("https://connect.mars-west-1.amazonaws.com", Resolve("mars-west-1"));

    [Fact]
    public void Custom_endpoint_is_used_as_given() =>
        Assert.Equal("https://connect.example.test:8443/base", Resolve("eu-west-2", endpoint: "https://connect.example.test:8443/base"));

    [Fact]
    public void Custom_endpoint_with_fips_is_the_rule_set_error() =>
        Assert.Equal("Invalid Configuration: FIPS and custom endpoint are not supported",
            ResolveError("us-east-1", fips: true, endpoint: "https://connect.example.test"));

    [Fact]
    public void Custom_endpoint_with_dual_stack_is_the_rule_set_error() =>
        Assert.Equal("Invalid Configuration: Dualstack and custom endpoint are not supported",
            ResolveError("us-east-1", dualStack: true, endpoint: "https://connect.example.test"));

    [Fact]
    public void Custom_endpoint_with_fips_and_dual_stack_reports_fips_first() =>
        Assert.Equal(ConnectEndpointRules.FipsWithCustomEndpointError,
            ResolveError("us-east-1", fips: true, dualStack: true, endpoint: "https://connect.example.test"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Missing_region_is_an_error_unless_a_custom_endpoint_is_given(string? region)
    {
        Assert.Equal(ConnectEndpointRules.MissingRegionError, ResolveError(region));
        Assert.Equal("https://connect.example.test", Resolve(region, endpoint: "https://connect.example.test"));
    }

    [Theory]
    [InlineData("eu west 2")]
    [InlineData("eu-west-2.evil.example")]
    [InlineData("-eu-west-2")]
    public void Region_that_cannot_form_a_host_name_is_an_error(string region) =>
        Assert.Contains("not a valid region name", ResolveError(region));

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://connect.example.test")]
    [InlineData("/relative/path")]
    public void Custom_endpoint_that_is_not_an_absolute_http_url_is_an_error(string endpoint) =>
        Assert.Contains("not an absolute http(s) URL", ResolveError("eu-west-2", endpoint: endpoint));

    [Fact]
    public void Null_parameters_are_rejected() =>
        Assert.Throws<ArgumentNullException>(() => ConnectEndpointRules.ResolveUrl(null!));

    [Fact]
    public void Endpoint_errors_are_sdk_client_exceptions() =>
        Assert.IsAssignableFrom<Amazon.Runtime.AmazonClientException>(
            Assert.Throws<ConnectEndpointException>(() => Resolve("us-east-1", fips: true, endpoint: "https://x.test")));
}
