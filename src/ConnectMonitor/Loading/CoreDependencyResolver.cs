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
        private static bool _hooked;

        /// <summary>True while the resolver is hooked to the default context.</summary>
        public static bool Installed
        {
            get
            {
                lock (Gate)
                {
                    return _hooked;
                }
            }
        }

        /// <summary>Hooks the default context's Resolving event (once until <see cref="Uninstall"/>).</summary>
        public static void Install()
        {
            lock (Gate)
            {
                if (_hooked)
                {
                    return;
                }

                // One context per loaded copy of this assembly: importing the same module again reuses it.
                _context = _context ?? new DependencyLoadContext(DependencyFolder.Path);
                AssemblyLoadContext.Default.Resolving += ResolveEngine;
                _hooked = true;
            }
        }

        /// <summary>
        /// Unhooks the resolver (Remove-Module): nothing of a removed module keeps answering the default context, and a
        /// later import hooks it again. What was loaded stays loaded: a running session cannot unload it (and .NET loads
        /// one version of ConnectMonitor.dll per session, so a newer version needs a new session).
        /// </summary>
        public static void Uninstall()
        {
            lock (Gate)
            {
                if (!_hooked)
                {
                    return;
                }

                AssemblyLoadContext.Default.Resolving -= ResolveEngine;
                _hooked = false;
            }
        }

        private static Assembly ResolveEngine(AssemblyLoadContext defaultContext, AssemblyName name) =>
            DependencyFolder.IsEngine(name) ? _context.LoadFromAssemblyName(name) : null;
    }
}
