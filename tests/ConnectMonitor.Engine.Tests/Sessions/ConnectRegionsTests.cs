using System.Text.Json;
using ConnectMonitor.Engine.Sessions;
using Xunit;

namespace ConnectMonitor.Engine.Tests.Sessions;

/// <summary>
/// -Region completion offers the regions where Amazon Connect has an endpoint: those of the service's own endpoints in
/// its published endpoint tests (TestData/endpoint-tests-1.json), known to the AWS SDK, and nothing else.
/// </summary>
public sealed class ConnectRegionsTests
{
    // The rule set's partition-wide samples: checks of the rules, not regions Connect serves.
    private static readonly string[] PartitionSamples = ["cn-north-1", "us-gov-east-1", "us-iso-east-1", "us-isob-east-1"];

    private static IReadOnlyList<string> StandardCaseRegions()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "Connect", "TestData", "endpoint-tests-1.json");
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        return document.RootElement.GetProperty("testCases").EnumerateArray()
            .Where(c => c.TryGetProperty("params", out _))
            .Select(c => c.GetProperty("params"))
            .Where(p => p.TryGetProperty("Region", out _) && !p.TryGetProperty("Endpoint", out _)
                        && !(p.TryGetProperty("UseFIPS", out var fips) && fips.GetBoolean())
                        && !(p.TryGetProperty("UseDualStack", out var dualStack) && dualStack.GetBoolean()))
            .Select(p => p.GetProperty("Region").GetString()!)
            .Distinct().ToList();
    }

    [Fact]
    public void The_list_is_the_published_tests_service_regions()
    {
        Assert.Equal(StandardCaseRegions().Except(PartitionSamples).Order(StringComparer.Ordinal), ConnectRegions.FromEndpointTests.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_offered_region_is_known_to_the_sdk_and_has_a_connect_endpoint()
    {
        Assert.Equal(ConnectRegions.FromEndpointTests.Order(StringComparer.Ordinal), ConnectRegions.All);
        Assert.All(ConnectRegions.All, r => Assert.True(KnownRegions.IsKnown(r), r));
    }

    [Theory]
    [InlineData("eu-isoe-west-1")]
    [InlineData("us-east-1-regional")]
    [InlineData("eu-west-1")]
    [InlineData("cn-north-1")]
    [InlineData("us-iso-east-1")]
    public void A_region_without_a_connect_endpoint_is_not_offered(string region)
    {
        Assert.DoesNotContain(region, ConnectRegions.All);
    }
}
