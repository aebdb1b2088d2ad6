using ConnectMonitor.Engine.Sessions;
using Xunit;

namespace ConnectMonitor.Engine.Tests.Sessions;

public sealed class CredentialSourceCheckTests
{
    private static string? Check(string? source, params (string Name, string Value)[] variables) =>
        CredentialSourceCheck.ProblemWith(source, name => variables.FirstOrDefault(v => v.Name == name).Value);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Environment")]
    [InlineData("environment")]
    public void No_source_or_the_environment_is_left_to_the_SDK(string? source) => Assert.Null(Check(source));

    [Fact]
    public void EcsContainer_needs_a_container_credentials_variable()
    {
        Assert.Contains("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", Check("EcsContainer"));
        Assert.Null(Check("ecscontainer", ("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/credentials/task")));
        Assert.Null(Check("EcsContainer", ("AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://127.0.0.1:9/creds")));
    }

    [Fact]
    public void Ec2InstanceMetadata_is_a_problem_only_when_metadata_is_turned_off()
    {
        Assert.Contains("AWS_EC2_METADATA_DISABLED", Check("Ec2InstanceMetadata", ("AWS_EC2_METADATA_DISABLED", "TRUE")));
        Assert.Null(Check("Ec2InstanceMetadata"));
        Assert.Null(Check("Ec2InstanceMetadata", ("AWS_EC2_METADATA_DISABLED", "false")));
    }

    [Fact]
    public void An_unknown_source_names_the_valid_ones()
    {
        var problem = Check("Ec2Metadata");

        Assert.Contains("'Ec2Metadata'", problem);
        Assert.Contains("Environment, EcsContainer, Ec2InstanceMetadata", problem);
    }
}
