using System.Text.Json;
using Amazon.Runtime.Endpoints;
using ConnectMonitor.Engine.Connect;
using Xunit;

namespace ConnectMonitor.Engine.Tests.Connect;

/// <summary>
/// Every case of Amazon Connect's published endpoint tests (endpoint-tests-1.json from botocore 1.43.67, copied
/// into TestData): parameters in, URL or error out, through the endpoint provider the client's config uses.
/// Resolution only: nothing is sent.
/// </summary>
public sealed class PublishedEndpointCasesTests
{
    private static readonly string CasesFile = Path.Combine(AppContext.BaseDirectory, "Connect", "TestData", "endpoint-tests-1.json");

    public static TheoryData<string> CaseNames()
    {
        var names = new TheoryData<string>();
        foreach (JsonElement testCase in ReadCases())
        {
            names.Add(testCase.GetProperty("documentation").GetString()!);
        }
        return names;
    }

    /// <summary>The cases that name a region or a custom endpoint (all but "Missing region").</summary>
    public static TheoryData<string> CaseNamesForAConfig()
    {
        var names = new TheoryData<string>();
        foreach (JsonElement testCase in ReadCases())
        {
            if (testCase.TryGetProperty("params", out JsonElement p) && (p.TryGetProperty("Region", out _) || p.TryGetProperty("Endpoint", out _)))
            {
                names.Add(testCase.GetProperty("documentation").GetString()!);
            }
        }
        return names;
    }

    [Fact]
    public void All_32_published_cases_are_read() => Assert.Equal(32, ReadCases().Count);

    [Fact]
    public void Case_names_are_unique_so_each_is_its_own_test() =>
        Assert.Equal(ReadCases().Count, ReadCases().Select(c => c.GetProperty("documentation").GetString()).Distinct().Count());

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Published_case_resolves_as_published(string documentation)
    {
        JsonElement testCase = ReadCases().Single(c => c.GetProperty("documentation").GetString() == documentation);
        var parameters = ToParameters(testCase.TryGetProperty("params", out JsonElement p) ? p : default);
        JsonElement expect = testCase.GetProperty("expect");
        IEndpointProvider provider = new AmazonConnectConfig().EndpointProvider;

        if (expect.TryGetProperty("endpoint", out JsonElement endpoint))
        {
            Assert.Equal(endpoint.GetProperty("url").GetString(), provider.ResolveEndpoint(parameters).URL);
        }
        else
        {
            var error = Assert.Throws<ConnectEndpointException>(() => provider.ResolveEndpoint(parameters));
            Assert.Equal(expect.GetProperty("error").GetString(), error.Message);
        }
    }

    /// <summary>
    /// The same cases through a whole client config (RegionEndpoint, UseFIPSEndpoint, UseDualstackEndpoint, ServiceURL
    /// with AuthenticationRegion) and <see cref="AmazonConnectClient.DetermineEndpoint"/>. The one case without a region
    /// and without an endpoint is covered above only: a config without a region would look for one in the environment.
    /// </summary>
    [Theory]
    [MemberData(nameof(CaseNamesForAConfig))]
    public void Published_case_resolves_as_published_through_a_client_config(string documentation)
    {
        JsonElement testCase = ReadCases().Single(c => c.GetProperty("documentation").GetString() == documentation);
        var parameters = ToParameters(testCase.GetProperty("params"));

        var config = new AmazonConnectConfig { IgnoreConfiguredEndpointUrls = true };
        if (!string.IsNullOrEmpty(parameters.Endpoint))
        {
            // A custom endpoint with no region in the case: the signing region only, which the rule set ignores.
            config.SetCustomEndpoint(parameters.Endpoint, parameters.Region ?? "us-east-1");
        }
        else
        {
            config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(parameters.Region);
        }
        config.UseFIPSEndpoint = parameters.UseFIPS;
        config.UseDualstackEndpoint = parameters.UseDualStack;

        JsonElement expect = testCase.GetProperty("expect");
        if (expect.TryGetProperty("endpoint", out JsonElement endpoint))
        {
            Assert.Equal(new Uri(endpoint.GetProperty("url").GetString()!), AmazonConnectClient.DetermineEndpoint(config));
        }
        else
        {
            var error = Assert.Throws<ConnectEndpointException>(() => AmazonConnectClient.DetermineEndpoint(config));
            Assert.Equal(expect.GetProperty("error").GetString(), error.Message);
        }
    }

    private static ConnectEndpointParameters ToParameters(JsonElement published)
    {
        var parameters = new ConnectEndpointParameters();
        if (published.ValueKind != JsonValueKind.Object)
        {
            return parameters;
        }
        foreach (JsonProperty property in published.EnumerateObject())
        {
            switch (property.Name)
            {
                case "Region": parameters.Region = property.Value.GetString()!; break;
                case "UseFIPS": parameters.UseFIPS = property.Value.GetBoolean(); break;
                case "UseDualStack": parameters.UseDualStack = property.Value.GetBoolean(); break;
                case "Endpoint": parameters.Endpoint = property.Value.GetString()!; break;
                default: throw new InvalidOperationException("Unknown endpoint parameter in the published cases: " + property.Name);
            }
        }
        return parameters;
    }

    private static List<JsonElement> ReadCases()
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(CasesFile));
        return document.RootElement.GetProperty("testCases").EnumerateArray().Select(c => c.Clone()).ToList();
    }
}
