using ConnectMonitor.Engine.Connect;
using ConnectMonitor.Engine.Sessions;
using ConnectMonitor.Engine.Tests.Connect;
using Xunit;

namespace ConnectMonitor.Engine.Tests.Sessions;

/// <summary>
/// Which endpoint the configuration the engine builds for a pipeline resolves to, when the endpoint comes from the
/// shared config file. Resolved only, never sent. These write the process's config file, hence the collection.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class ConnectClientFactoryTests
{
    private const string SharedConfig = """
        [profile connect-services]
        services = local-connect

        [services local-connect]
        connect =
          endpoint_url = http://127.0.0.1:4004

        [profile all-services]
        endpoint_url = http://127.0.0.1:4005

        [profile plain]
        region = eu-west-2
        """;

    private static EnvironmentVariables CleanEndpointEnvironment() => new EnvironmentVariables()
        .Set("AWS_ENDPOINT_URL_CONNECT", null)
        .Set("AWS_ENDPOINT_URL", null)
        .Set("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", null)
        .Set("AWS_PROFILE", null);

    private static Uri EndpointOf(string? profileName, string? endpointUrl = null, string? profileLocation = null) =>
        AmazonConnectClient.DetermineEndpoint(ConnectClientFactory.CreateConfig("eu-west-2", endpointUrl, profileName, profileLocation));

    [Theory]
    [InlineData("connect-services", "http://127.0.0.1:4004/")]
    [InlineData("all-services", "http://127.0.0.1:4005/")]
    [InlineData("plain", "https://connect.eu-west-2.amazonaws.com/")]
    [InlineData("only-in-the-credentials-file", "https://connect.eu-west-2.amazonaws.com/")]
    public void The_named_profile_chooses_the_configured_endpoint(string profileName, string expected)
    {
        using var config = new SharedConfigContent(SharedConfig);
        using var env = CleanEndpointEnvironment();

        Assert.Equal(new Uri(expected), EndpointOf(profileName));
    }

    [Fact]
    public void The_named_profile_wins_over_AWS_PROFILE()
    {
        using var config = new SharedConfigContent(SharedConfig);
        using var env = CleanEndpointEnvironment().Set("AWS_PROFILE", "all-services");

        Assert.Equal(new Uri("http://127.0.0.1:4004/"), EndpointOf("connect-services"));
        Assert.Equal(new Uri("http://127.0.0.1:4005/"), EndpointOf(null));
    }

    [Fact]
    public void The_endpoint_parameter_and_the_environment_win_over_the_profile()
    {
        using var config = new SharedConfigContent(SharedConfig);
        using var env = CleanEndpointEnvironment();

        Assert.Equal(new Uri("http://127.0.0.1:4100/"), EndpointOf("connect-services", endpointUrl: "http://127.0.0.1:4100"));
        env.Set("AWS_ENDPOINT_URL_CONNECT", "http://127.0.0.1:4001");
        Assert.Equal(new Uri("http://127.0.0.1:4001/"), EndpointOf("connect-services"));
    }

    [Fact]
    public void A_profile_from_a_profile_location_file_leaves_the_endpoint_to_the_standard_chain()
    {
        using var config = new SharedConfigContent(SharedConfig);
        using var env = CleanEndpointEnvironment();

        Assert.Equal(new Uri("https://connect.eu-west-2.amazonaws.com/"), EndpointOf("connect-services", profileLocation: "/nonexistent/credentials"));
    }
}
