using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Compatibility;

/// <summary>
/// Windows PowerShell 5.1 cannot run here, so what can be checked from the built files is: the cmdlet and engine
/// assemblies target netstandard2.0 (which .NET Framework 4.7.2 runs) and reference nothing a .NET Framework process
/// lacks, and every PowerShell type the cmdlet layer uses exists in PowerShellStandard.Library 5.1 (the API Windows
/// PowerShell 5.1 offers).
/// </summary>
public sealed class DesktopCompatibilityTests
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
        Assert.Empty(used.Where(t => !offered.Contains(t)));
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
