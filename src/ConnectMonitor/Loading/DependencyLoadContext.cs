using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace ConnectMonitor.Loading
{
    /// <summary>
    /// PowerShell 7: the module's own load context. It loads the engine and the third-party assemblies from the
    /// Dependencies folder, whatever versions of the same names (AWSSDK.Core, for one) other modules have loaded into
    /// the default context, before or after. Assemblies of the .NET runtime itself are shared with the default context,
    /// so framework types (Span, Stream, Task) stay one type on both sides. Where the folder holds precompiled
    /// (ReadyToRun) copies for this platform and runtime (<see cref="ReadyToRunFolder"/>), those are loaded instead.
    /// </summary>
    internal sealed class DependencyLoadContext : AssemblyLoadContext
    {
        private readonly string _folder;
        private readonly string _runtimeFolder;
        private readonly Lazy<string> _readyToRunFolder;

        public DependencyLoadContext(string folder)
        {
            _folder = folder;
            _runtimeFolder = Path.GetDirectoryName(typeof(object).Assembly.Location);
            _readyToRunFolder = new Lazy<string>(() => ReadyToRunFolder.Find(folder)); // looked up on the first load, not at import
        }

        /// <inheritdoc />
        protected override Assembly Load(AssemblyName assemblyName)
        {
            var file = DependencyFolder.FileFor(_folder, assemblyName);
            if (file == null || IsRuntimeAssembly(assemblyName))
            {
                return null; // the default context provides it: the runtime, PowerShell itself
            }

            if (_readyToRunFolder.Value != null)
            {
                file = DependencyFolder.FileFor(_readyToRunFolder.Value, assemblyName) ?? file;
            }

            return LoadFromAssemblyPath(file);
        }

        // netstandard2.0 builds of System.Memory, System.Text.Json & co. ship in Dependencies for Windows PowerShell;
        // on .NET the runtime's own (newer) copies must win, or framework types would exist twice.
        private bool IsRuntimeAssembly(AssemblyName assemblyName) =>
            !string.IsNullOrEmpty(_runtimeFolder) && File.Exists(Path.Combine(_runtimeFolder, assemblyName.Name + ".dll"));
    }
}
