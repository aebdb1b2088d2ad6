using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Credentials;

/// <summary>Tab completion of -Region and -ProfileName through PowerShell's own completion API.</summary>
public sealed class CompletionTests
{
    private static List<string> Complete(string input)
    {
        using var ps = PowerShellSession.WithModule().SetVariable("line", input);
        return ps.Run("(TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object CompletionText")
            .Output.Select(o => o.ToString()).ToList();
    }

    [Fact]
    public void Region_completes_the_SDK_region_names()
    {
        var matches = Complete("Start-ConnectContactMonitor -Region eu-we");

        Assert.Contains("eu-west-1", matches);
        Assert.Contains("eu-west-2", matches);
        Assert.All(matches, m => Assert.StartsWith("eu-we", m));
    }

    [Fact]
    public void Region_alias_completes_too()
    {
        Assert.Contains("us-east-1", Complete("Start-ConnectContactMonitor -RegionToCall us-ea"));
    }

    [Fact]
    public void ProfileName_completes_the_profiles_in_the_shared_files()
    {
        var matches = Complete("Start-ConnectContactMonitor -ProfileName ");

        Assert.Contains("default", matches);
        Assert.Contains(IsolatedAwsEnvironment.OtherProfile, matches);
        Assert.Contains(IsolatedAwsEnvironment.NoRegionProfile, matches);
    }

    [Fact]
    public void ProfileName_completes_from_ProfileLocation_and_quotes_names_that_need_it()
    {
        using var profiles = new TempProfiles().Write("""
            [ops-east]
            aws_access_key_id = AKIDX
            aws_secret_access_key = x

            [ops team]
            aws_access_key_id = AKIDY
            aws_secret_access_key = y
            """);

        var matches = Complete($"Start-ConnectContactMonitor -ProfileLocation '{profiles.CredentialsFile}' -ProfileName ops");

        Assert.Contains("ops-east", matches);
        Assert.Contains("'ops team'", matches);
    }
}
