using System;
using Amazon.Runtime.CredentialManagement;

namespace ConnectMonitor.Engine.Sessions
{
    /// <summary>
    /// Opens the shared config/credentials profile store: at a given credentials file, else at the file
    /// AWS_SHARED_CREDENTIALS_FILE names right now, else at the default location. (The SDK reads that variable once per
    /// process; a long-lived PowerShell session should follow it when it changes. AWS_CONFIG_FILE the SDK still reads
    /// once per process.)
    /// </summary>
    internal static class ProfileStores
    {
        public static CredentialProfileStoreChain Open(string profileLocation)
        {
            var location = string.IsNullOrEmpty(profileLocation)
                ? Environment.GetEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE")
                : profileLocation;
            return string.IsNullOrEmpty(location) ? new CredentialProfileStoreChain() : new CredentialProfileStoreChain(location);
        }
    }
}
