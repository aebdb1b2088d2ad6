using System.Management.Automation;
using System.Runtime.InteropServices;

namespace ConnectMonitor.Loading
{
    /// <summary>
    /// Runs when PowerShell imports the module, before any cmdlet runs: makes the engine in the Dependencies folder
    /// loadable, in the module's own load context on PowerShell 7 and from the folder on Windows PowerShell 5.1.
    /// Touches no engine type itself (the engine cannot load until this has run). Remove-Module unhooks it again
    /// (IModuleAssemblyCleanup); a later import hooks it again.
    /// </summary>
    public sealed class ModuleAssemblyInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        /// <summary>Installs the resolver for this process (once; every later import, in any runspace, reuses it).</summary>
        public void OnImport()
        {
            if (IsNetFramework)
            {
                DesktopDependencyResolver.Install();
            }
            else
            {
                CoreDependencyResolver.Install();
            }
        }

        /// <summary>Unhooks the resolver when the module is removed.</summary>
        public void OnRemove(PSModuleInfo psModuleInfo)
        {
            if (IsNetFramework)
            {
                DesktopDependencyResolver.Uninstall();
            }
            else
            {
                CoreDependencyResolver.Uninstall();
            }
        }

        private static bool IsNetFramework =>
            RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", System.StringComparison.OrdinalIgnoreCase);
    }
}
