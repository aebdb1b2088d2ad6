using System;
using System.IO;
using System.Runtime.InteropServices;

namespace ConnectMonitor.Loading
{
    /// <summary>
    /// PowerShell 7: the folder of precompiled (ReadyToRun) copies of the engine and AWSSDK.Core under
    /// <c>Dependencies/ReadyToRun/net&lt;major&gt;.0-&lt;os&gt;-&lt;arch&gt;</c> (see ReadyToRun.targets) that fits this process:
    /// same OS and architecture, compiled for this .NET major version or an earlier one (the newest such). Their native
    /// code saves the JIT work of a first call; the IL copies in Dependencies serve every other case.
    /// </summary>
    internal static class ReadyToRunFolder
    {
        /// <summary>The folder name under Dependencies.</summary>
        public const string Name = "ReadyToRun";

        /// <summary>The fitting folder under <paramref name="dependencies"/>, or null when there is none.</summary>
        public static string Find(string dependencies)
        {
            var root = Path.Combine(dependencies, Name);
            var platform = Platform();
            if (platform == null || !Directory.Exists(root))
            {
                return null;
            }

            string best = null;
            var bestMajor = -1;
            foreach (var folder in Directory.GetDirectories(root))
            {
                var major = CompiledMajor(Path.GetFileName(folder), platform);
                if (major >= 0 && major <= Environment.Version.Major && major > bestMajor)
                {
                    best = folder;
                    bestMajor = major;
                }
            }

            return best;
        }

        /// <summary>The .NET major version of a folder named <c>net10.0-linux-x64</c> for <paramref name="platform"/> <c>linux-x64</c>; else -1.</summary>
        public static int CompiledMajor(string folderName, string platform)
        {
            var dash = folderName.IndexOf('-');
            if (!folderName.StartsWith("net", StringComparison.OrdinalIgnoreCase) || dash < 0
                || !string.Equals(folderName.Substring(dash + 1), platform, StringComparison.OrdinalIgnoreCase)
                || !Version.TryParse(folderName.Substring(3, dash - 3), out var version))
            {
                return -1;
            }

            return version.Major;
        }

        /// <summary>This process's OS and architecture as the build names them (linux-x64, osx-arm64, win-x64...), or null.</summary>
        public static string Platform()
        {
            var os = RuntimeInformation.IsOSPlatform(OSPlatform.Linux) ? "linux"
                : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "osx"
                : RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "win"
                : null;
            var arch = RuntimeInformation.ProcessArchitecture switch
            {
                Architecture.X64 => "x64",
                Architecture.Arm64 => "arm64",
                Architecture.X86 => "x86",
                Architecture.Arm => "arm",
                _ => null,
            };
            return os == null || arch == null ? null : os + "-" + arch;
        }
    }
}
