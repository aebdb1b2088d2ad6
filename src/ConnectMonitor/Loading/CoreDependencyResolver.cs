using System.Reflection;
using System.Runtime.Loader;

namespace ConnectMonitor.Loading
{
    /// <summary>
    /// PowerShell 7: when the default load context cannot find the engine (it is not in the module root on purpose),
    /// hand it the engine loaded in the module's own context. Only the engine's name is answered, so the module's
    /// AWSSDK.Core never leaks into what other modules resolve.
    /// </summary>
    internal static class CoreDependencyResolver
    {
        private static readonly object Gate = new object();
        private static DependencyLoadContext _context;

        /// <summary>Hooks the default context's Resolving event once per process.</summary>
        public static void Install()
        {
            lock (Gate)
            {
                if (_context != null)
                {
                    return;
                }

                _context = new DependencyLoadContext(DependencyFolder.Path);
                AssemblyLoadContext.Default.Resolving += ResolveEngine;
            }
        }

        private static Assembly ResolveEngine(AssemblyLoadContext defaultContext, AssemblyName name) =>
            DependencyFolder.IsEngine(name) ? _context.LoadFromAssemblyName(name) : null;
    }
}
