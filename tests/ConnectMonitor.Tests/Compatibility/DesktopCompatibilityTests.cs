using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using ConnectMonitor.ConnectDouble;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Compatibility;

/// <summary>
/// Windows PowerShell 5.1 cannot run here, so what can be checked from the built files is: the cmdlet and engine
/// assemblies target netstandard2.0 (which .NET Framework 4.7.2 runs) and reference nothing a .NET Framework process
/// lacks, and every PowerShell type the cmdlet layer uses exists in PowerShellStandard.Library 5.1 (the API Windows
/// PowerShell 5.1 offers). The 5.1 resolver (DesktopDependencyResolver) is run on .NET in a process of its own.
/// </summary>
public sealed class DesktopCompatibilityTests(ConnectDoubleFixture connect) : IClassFixture<ConnectDoubleFixture>
{
    private static readonly string CmdletAssembly = Path.Combine(ModuleFolder.Path, "ConnectMonitor.dll");
    private static readonly string EngineAssembly = Path.Combine(ModuleFolder.Path, "Dependencies", "ConnectMonitor.Engine.dll");

    // Assemblies of .NET (Core) itself: a reference to one means the assembly was built for .NET, not netstandard2.0.
    private static readonly string[] CoreOnly = ["System.Runtime", "System.Private.CoreLib", "System.Console", "System.Collections", "System.Linq", "System.Net.Http"];

    [Theory]
    [InlineData("ConnectMonitor.dll")]
    [InlineData("Dependencies/ConnectMonitor.Engine.dll")]
    public void The_assembly_targets_netstandard2_0_and_references_no_assembly_of_NET_Core(string file)
    {
        using var pe = new PEReader(File.OpenRead(Path.Combine(ModuleFolder.Path, file)));
        var reader = pe.GetMetadataReader();

        Assert.Equal(".NETStandard,Version=v2.0", TargetFramework(reader));
        var references = References(reader);
        Assert.Contains(references, r => r.Name == "netstandard" && r.Version == new Version(2, 0, 0, 0));
        Assert.Empty(references.Where(r => CoreOnly.Contains(r.Name)).Select(r => r.FullName));
    }

    [Fact]
    public void The_cmdlet_layer_references_PowerShell_3_0_and_only_types_PowerShellStandard_5_1_has()
    {
        using var pe = new PEReader(File.OpenRead(CmdletAssembly));
        var reader = pe.GetMetadataReader();
        var sma = Assert.Single(References(reader), r => r.Name == "System.Management.Automation");
        Assert.Equal(new Version(3, 0, 0, 0), sma.Version);

        var standard = typeof(DesktopCompatibilityTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "PowerShellStandardReference").Value!;
        using var standardPe = new PEReader(File.OpenRead(standard));
        var standardReader = standardPe.GetMetadataReader();
        var offered = standardReader.TypeDefinitions.Select(h => standardReader.GetTypeDefinition(h))
            .Select(t => standardReader.GetString(t.Namespace) + "." + standardReader.GetString(t.Name)).ToHashSet(StringComparer.Ordinal);

        var used = reader.TypeReferences.Select(h => reader.GetTypeReference(h))
            .Where(t => t.ResolutionScope.Kind == HandleKind.AssemblyReference &&
                        reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)t.ResolutionScope).Name) == "System.Management.Automation")
            .Select(t => reader.GetString(t.Namespace) + "." + reader.GetString(t.Name)).ToList();

        Assert.NotEmpty(used);
        Assert.DoesNotContain(used, t => !offered.Contains(t));
    }

    [Fact]
    public void Only_the_PowerShell_7_resolver_touches_AssemblyLoadContext()
    {
        // System.Runtime.Loader does not exist on .NET Framework: the cmdlet assembly may reference it only from the
        // classes that run on PowerShell 7 (the 5.1 path, DesktopDependencyResolver, uses AppDomain.AssemblyResolve).
        using var pe = new PEReader(File.OpenRead(CmdletAssembly));
        var reader = pe.GetMetadataReader();
        var loaderTypes = reader.TypeReferences.Select(h => reader.GetTypeReference(h))
            .Where(t => t.ResolutionScope.Kind == HandleKind.AssemblyReference &&
                        reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)t.ResolutionScope).Name) == "System.Runtime.Loader")
            .Select(t => reader.GetString(t.Name)).ToList();
        Assert.All(loaderTypes, t => Assert.Equal("AssemblyLoadContext", t));

        var source = Path.Combine(ModuleFolder.RepositoryRoot, "src", "ConnectMonitor");
        var users = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("using System.Runtime.Loader;", StringComparison.Ordinal))
            .Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["CoreDependencyResolver.cs", "DependencyLoadContext.cs"], users);
    }

    [Fact]
    public void The_Windows_PowerShell_resolver_serves_the_engine_and_the_AWS_SDK_from_Dependencies()
    {
        // In a process of its own (tests/ConnectMonitor.CoexistenceHost): the cmdlet assembly loaded without Import-Module,
        // so only DesktopDependencyResolver (AppDomain.AssemblyResolve, the 5.1 path) can find the engine, and a real call.
        var contact = connect.NewContacts(1)[0];

        var report = Coexistence.CoexistenceHostProcess.Run("desktop-resolver", ModuleFolder.ManifestPath, connect.Endpoint,
            TestCredentials.InstanceId, TestCredentials.UserId, TestCredentials.Region, contact);

        Assert.Equal("not found (FileNotFoundException)", report["unknown"].Single());
        Assert.Equal("loaded ConnectMonitor.Engine", report["engine"].Single());
        Assert.Equal(contact, report["call"].Single());
        var loaded = report["loaded"].ToList();
        Assert.Contains("ConnectMonitor.Engine from Dependencies/ConnectMonitor.Engine.dll in Default", loaded);
        Assert.Contains("AWSSDK.Core from Dependencies/AWSSDK.Core.dll in Default", loaded);
        Assert.DoesNotContain(loaded, l => l.Contains("DependencyLoadContext", StringComparison.Ordinal));
        Assert.True(Assert.Single(connect.RequestsFor(contact)).SignatureValid);
    }

    private static string? TargetFramework(MetadataReader reader)
    {
        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind != HandleKind.MemberReference) continue;
            var parent = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
            if (parent.Kind == HandleKind.TypeReference && reader.GetString(reader.GetTypeReference((TypeReferenceHandle)parent).Name) == "TargetFrameworkAttribute")
            {
                var blob = reader.GetBlobReader(attribute.Value);
                blob.ReadUInt16();
                return blob.ReadSerializedString();
            }
        }

        return null;
    }

    private static List<AssemblyName> References(MetadataReader reader) =>
        reader.AssemblyReferences.Select(h => reader.GetAssemblyReference(h).GetAssemblyName()).ToList();
}
