using System;
using System.IO;
using System.Reflection;

namespace ConnectMonitor.Loading
{
    /// <summary>
    /// The module's <c>Dependencies</c> folder beside ConnectMonitor.dll: the engine and every third-party assembly
    /// (AWSSDK.*, System.Text.Json...), kept out of the module root so that no default probing finds them.
    /// </summary>
    internal static class DependencyFolder
    {
        /// <summary>The folder name, relative to the module root.</summary>
        public const string Name = "Dependencies";

        /// <summary>The one assembly the cmdlet layer references from the folder: the bridge into the isolated engine.</summary>
        public const string EngineAssemblyName = "ConnectMonitor.Engine";

        /// <summary>The full path of the folder next to the cmdlet assembly.</summary>
        public static string Path { get; } = System.IO.Path.Combine(
            System.IO.Path.GetDirectoryName(typeof(DependencyFolder).Assembly.Location) ?? string.Empty, Name);

        /// <summary>The file in <paramref name="folder"/> that holds <paramref name="name"/>, or null when the folder has none.</summary>
        public static string FileFor(string folder, AssemblyName name)
        {
            if (string.IsNullOrEmpty(name?.Name) || name.Name.IndexOfAny(System.IO.Path.GetInvalidFileNameChars()) >= 0)
            {
                return null;
            }

            var candidate = System.IO.Path.Combine(folder, name.Name + ".dll");
            return File.Exists(candidate) ? candidate : null;
        }

        /// <summary>True for the engine assembly, the only name the default context is helped to find.</summary>
        public static bool IsEngine(AssemblyName name) =>
            string.Equals(name?.Name, EngineAssemblyName, StringComparison.OrdinalIgnoreCase);
    }
}
