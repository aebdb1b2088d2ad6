using System.Reflection;
using Amazon.Runtime.CredentialManagement;
using ConnectMonitor.Engine.Sessions;
using Xunit;

namespace ConnectMonitor.Engine.Tests.Sessions;

/// <summary>
/// Every AWS SDK member the module reaches by reflection (all of them in <see cref="SdkInternals"/>) is there in the SDK
/// the module ships with, and does what the module relies on. An SDK update that removes or renames one fails here,
/// naming the member, instead of quietly leaving the SDK on the files it found first in the process.
/// </summary>
public sealed class SdkInternalsTests
{
    private static IEnumerable<string> MemberNames =>
        typeof(SdkInternals).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => f.Name);

    public static TheoryData<string> Members => new(MemberNames);

    [Fact]
    public void The_list_of_members_is_the_one_the_module_uses()
    {
        Assert.Equal(
            ["ConfigFilePathSetter", "DefaultConfigFilePath", "DefaultCredentialsFilePath", "StoreRefresh"],
            MemberNames.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Members))]
    public void Each_member_exists_in_the_shipped_SDK(string member)
    {
        var value = typeof(SdkInternals).GetField(member, BindingFlags.Public | BindingFlags.Static)!.GetValue(null);

        Assert.True(value != null, $"SdkInternals.{member}: the AWS SDK no longer has the member it reaches ({string.Join("; ", SdkInternals.Missing)}).");
        Assert.Empty(SdkInternals.Missing);
    }

    [Fact]
    public void The_default_file_fields_hold_what_the_public_properties_read()
    {
        var config = SdkInternals.DefaultConfigFilePath.GetValue(null);
        var credentials = SdkInternals.DefaultCredentialsFilePath.GetValue(null);

        Assert.Equal(SharedCredentialsFile.DefaultConfigFilePath, config);
        Assert.Equal(SharedCredentialsFile.DefaultFilePath, credentials);
    }

    [Fact]
    public void The_store_members_point_one_store_at_another_config_file_and_re_read_it()
    {
        var folder = Directory.CreateTempSubdirectory("connectmonitor-sdk-internals-").FullName;
        try
        {
            var credentials = Path.Combine(folder, "credentials");
            var config = Path.Combine(folder, "config");
            File.WriteAllText(credentials, "[default]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = secret\n");
            File.WriteAllText(config, "[profile only-in-this-config]\nregion = eu-west-3\n");
            var store = new SharedCredentialsFile(credentials);

            SdkInternals.ConfigFilePathSetter.Invoke(store, [config]);
            SdkInternals.StoreRefresh.Invoke(store, null);

            Assert.Equal(config, store.ConfigFilePath);
            Assert.True(store.TryGetProfile("only-in-this-config", out var profile));
            Assert.Equal("eu-west-3", profile.Region.SystemName);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
