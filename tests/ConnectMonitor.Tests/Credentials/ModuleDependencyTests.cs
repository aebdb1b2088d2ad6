using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Credentials;

/// <summary>The SDK loads its STS and SSO clients by assembly name: they must ship in the module's Dependencies folder.</summary>
public sealed class ModuleDependencyTests
{
    [Theory]
    [InlineData("AWSSDK.Core.dll")]
    [InlineData("AWSSDK.SecurityToken.dll")]
    [InlineData("AWSSDK.SSO.dll")]
    [InlineData("AWSSDK.SSOOIDC.dll")]
    public void The_module_folder_holds_the_assemblies_that_assume_role_and_SSO_profiles_need(string file) =>
        Assert.True(File.Exists(Path.Combine(ModuleFolder.Path, "Dependencies", file)), $"{file} missing from {ModuleFolder.Path}/Dependencies");
}
