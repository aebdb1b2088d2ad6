using System;
using System.Reflection;

namespace ConnectMonitor.Loading
{
    /// <summary>
    /// Windows PowerShell 5.1 (.NET Framework) has no load contexts: assemblies the AppDomain cannot find are loaded from
    /// the Dependencies folder. There is no isolation there: an AWSSDK.Core another module loaded first is the one used.
    /// </summary>
    internal static class DesktopDependencyResolver
    {
        private static readonly object Gate = new object();
        private static bool _installed;

        /// <summary>Hooks AppDomain.AssemblyResolve once per AppDomain.</summary>
        public static void Install()
        {
            lock (Gate)
            {
                if (_installed)
                {
                    return;
                }

                AppDomain.CurrentDomain.AssemblyResolve += ResolveFromDependencies;
                _installed = true;
            }
        }

        /// <summary>Unhooks the resolver (Remove-Module), so that a later import hooks its own.</summary>
        public static void Uninstall()
        {
            lock (Gate)
            {
                if (!_installed)
                {
                    return;
                }

                AppDomain.CurrentDomain.AssemblyResolve -= ResolveFromDependencies;
                _installed = false;
            }
        }

        private static Assembly ResolveFromDependencies(object sender, ResolveEventArgs args)
        {
            var file = DependencyFolder.FileFor(DependencyFolder.Path, new AssemblyName(args.Name));
            return file == null ? null : Assembly.LoadFrom(file);
        }
    }
}
