using System;
using System.Collections.Generic;
using System.Reflection;
using Amazon.Runtime.CredentialManagement;

namespace ConnectMonitor.Engine.Sessions
{
    /// <summary>
    /// Every member of the AWS SDK that the module reaches by reflection, in one place. Each is looked up once; a member
    /// a newer SDK no longer has is null here, the module then keeps the SDK's own behaviour (the files it found first
    /// in the process), and <see cref="Missing"/> names it, which a test asserts is empty. Public SDK types (such as the
    /// INI parser, <c>ProfileIniFile</c>) are used directly, so the compiler checks them.
    /// </summary>
    internal static class SdkInternals
    {
        /// <summary>The static backing field of <c>SharedCredentialsFile.DefaultFilePath</c> (the credentials file the SDK reads on its own).</summary>
        public static readonly FieldInfo DefaultCredentialsFilePath = StaticBackingField(nameof(SharedCredentialsFile.DefaultFilePath));

        /// <summary>The static backing field of <c>SharedCredentialsFile.DefaultConfigFilePath</c> (the config file the SDK reads on its own).</summary>
        public static readonly FieldInfo DefaultConfigFilePath = StaticBackingField(nameof(SharedCredentialsFile.DefaultConfigFilePath));

        /// <summary>The non-public setter of <c>SharedCredentialsFile.ConfigFilePath</c> (one store's config file).</summary>
        public static readonly MethodInfo ConfigFilePathSetter =
            typeof(SharedCredentialsFile).GetProperty(nameof(SharedCredentialsFile.ConfigFilePath))?.GetSetMethod(nonPublic: true);

        /// <summary>The non-public <c>SharedCredentialsFile.Refresh()</c> (re-reads one store's files).</summary>
        public static readonly MethodInfo StoreRefresh =
            typeof(SharedCredentialsFile).GetMethod("Refresh", BindingFlags.Instance | BindingFlags.NonPublic, null, Type.EmptyTypes, null);

        /// <summary>The members above that this SDK does not have, by name; empty when all are there.</summary>
        public static IReadOnlyList<string> Missing
        {
            get
            {
                var missing = new List<string>();
                void Check(object member, string name)
                {
                    if (member == null)
                    {
                        missing.Add(name);
                    }
                }

                Check(DefaultCredentialsFilePath, "SharedCredentialsFile.<DefaultFilePath>k__BackingField");
                Check(DefaultConfigFilePath, "SharedCredentialsFile.<DefaultConfigFilePath>k__BackingField");
                Check(ConfigFilePathSetter, "SharedCredentialsFile.ConfigFilePath (non-public setter)");
                Check(StoreRefresh, "SharedCredentialsFile.Refresh()");
                return missing;
            }
        }

        private static FieldInfo StaticBackingField(string property) =>
            typeof(SharedCredentialsFile).GetField($"<{property}>k__BackingField", BindingFlags.NonPublic | BindingFlags.Static);
    }
}
