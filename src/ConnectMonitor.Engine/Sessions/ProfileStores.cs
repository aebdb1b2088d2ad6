using Amazon.Runtime.CredentialManagement;

namespace ConnectMonitor.Engine.Sessions
{
    /// <summary>Opens the shared config/credentials profile store, at the default locations or at a given credentials file.</summary>
    internal static class ProfileStores
    {
        public static CredentialProfileStoreChain Open(string profileLocation) =>
            string.IsNullOrEmpty(profileLocation) ? new CredentialProfileStoreChain() : new CredentialProfileStoreChain(profileLocation);
    }
}
