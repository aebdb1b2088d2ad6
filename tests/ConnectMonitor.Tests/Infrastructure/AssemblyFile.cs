using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ConnectMonitor.Tests.Infrastructure;

/// <summary>Reads an assembly's metadata from its bytes, without loading it into the test process.</summary>
internal static class AssemblyFile
{
    /// <summary>The value of the assembly's [AssemblyConfiguration] (Debug or Release), or null when it has none.</summary>
    public static string? Configuration(Stream assembly)
    {
        using var pe = new PEReader(assembly, PEStreamOptions.LeaveOpen | PEStreamOptions.PrefetchEntireImage);
        var reader = pe.GetMetadataReader();
        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (AttributeTypeName(reader, attribute) == "System.Reflection.AssemblyConfigurationAttribute")
            {
                var blob = reader.GetBlobReader(attribute.Value);
                blob.ReadUInt16(); // prolog 0x0001
                return blob.ReadSerializedString();
            }
        }

        return null;
    }

    /// <inheritdoc cref="Configuration(Stream)"/>
    public static string? Configuration(string path)
    {
        using var stream = File.OpenRead(path);
        return Configuration(stream);
    }

    private static string AttributeTypeName(MetadataReader reader, CustomAttribute attribute)
    {
        var type = attribute.Constructor.Kind switch
        {
            HandleKind.MemberReference => reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent,
            HandleKind.MethodDefinition => reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType(),
            _ => default,
        };
        return type.Kind switch
        {
            HandleKind.TypeReference => Name(reader, reader.GetTypeReference((TypeReferenceHandle)type)),
            HandleKind.TypeDefinition => reader.GetString(reader.GetTypeDefinition((TypeDefinitionHandle)type).Namespace) + "." +
                                         reader.GetString(reader.GetTypeDefinition((TypeDefinitionHandle)type).Name),
            _ => "",
        };
    }

    private static string Name(MetadataReader reader, TypeReference type) =>
        reader.GetString(type.Namespace) + "." + reader.GetString(type.Name);
}
