using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using ConnectMonitor.Tests.Infrastructure;

namespace ConnectMonitor.Tests.Packaging;

/// <summary>
/// The seam between the cmdlet layer and the engine: the engine makes public only what ConnectMonitor.dll uses (or a
/// base class of it); everything else (the Amazon Connect client, its models, modelled exceptions, endpoint rules,
/// the pacing internals) is internal, with InternalsVisibleTo for the engine's own tests.
/// </summary>
public sealed class EngineSurfaceTests
{
    [Fact]
    public void Every_public_engine_type_is_used_by_the_cmdlet_assembly()
    {
        var used = EngineTypesReferencedBy(Path.Combine(ModuleFolder.Path, "ConnectMonitor.dll"));
        var (exported, baseTypes) = PublicTypesOf(Path.Combine(ModuleFolder.Path, "Dependencies", "ConnectMonitor.Engine.dll"));

        var unused = exported.Where(t => !used.Contains(t) && !baseTypes.Contains(t)).Order(StringComparer.Ordinal).ToList();

        Assert.True(unused.Count == 0, "public engine types the cmdlet layer never uses (make them internal): " + string.Join(", ", unused));
        Assert.DoesNotContain("ConnectMonitor.Engine.Connect.AmazonConnectClient", exported);
    }

    private static HashSet<string> EngineTypesReferencedBy(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in reader.TypeReferences)
        {
            var reference = reader.GetTypeReference(handle);
            var scope = reference.ResolutionScope;
            while (scope.Kind == HandleKind.TypeReference)
            {
                scope = reader.GetTypeReference((TypeReferenceHandle)scope).ResolutionScope; // nested types: their outer type's scope
            }

            if (scope.Kind == HandleKind.AssemblyReference &&
                reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)scope).Name) == "ConnectMonitor.Engine")
            {
                names.Add(reader.GetString(reference.Namespace) + "." + StripArity(reader.GetString(reference.Name)));
            }
        }

        return names;
    }

    private static (HashSet<string> Exported, HashSet<string> BaseTypes) PublicTypesOf(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var exported = new HashSet<string>(StringComparer.Ordinal);
        var baseTypes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            if ((type.Attributes & TypeAttributes.VisibilityMask) != TypeAttributes.Public)
            {
                continue;
            }

            exported.Add(reader.GetString(type.Namespace) + "." + StripArity(reader.GetString(type.Name)));
            if (type.BaseType.Kind == HandleKind.TypeDefinition)
            {
                var baseType = reader.GetTypeDefinition((TypeDefinitionHandle)type.BaseType);
                baseTypes.Add(reader.GetString(baseType.Namespace) + "." + StripArity(reader.GetString(baseType.Name)));
            }
        }

        return (exported, baseTypes);
    }

    private static string StripArity(string name) => name.Split('`')[0];
}
