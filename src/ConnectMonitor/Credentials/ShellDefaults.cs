using System.Management.Automation;

namespace ConnectMonitor.Credentials
{
    /// <summary>
    /// The shell-wide defaults AWS Tools for PowerShell leaves in session variables: Set-AWSCredential stores an
    /// AWSPSCredentials object in $StoredAWSCredentials, Set-DefaultAWSRegion stores a region name in $StoredAWSRegion.
    /// Read as the caller's scope sees them (so -Scope Local/Script/Global all work); AWS Tools need not be loaded.
    /// </summary>
    internal static class ShellDefaults
    {
        public const string CredentialsVariable = "StoredAWSCredentials";
        public const string RegionVariable = "StoredAWSRegion";

        public static object Credentials(SessionState state) => CredentialsFrom(state.PSVariable.GetValue(CredentialsVariable));

        public static string Region(SessionState state) => RegionFrom(state.PSVariable.GetValue(RegionVariable));

        /// <summary>A $StoredAWSCredentials value as the cmdlets take it (null for an empty wrapper).</summary>
        public static object CredentialsFrom(object value) => value is PSObject wrapped && wrapped.BaseObject == null ? null : value;

        /// <summary>A $StoredAWSRegion value as a region name, or null.</summary>
        public static string RegionFrom(object value)
        {
            var unwrapped = value is PSObject wrapped ? wrapped.BaseObject : value;
            // Older AWS Tools versions stored an AWSRegion object: its Region property holds the system name.
            if (unwrapped != null && !(unwrapped is string))
            {
                unwrapped = PSObject.AsPSObject(unwrapped).Properties["Region"]?.Value ?? unwrapped;
            }

            var text = unwrapped?.ToString();
            return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        }
    }
}
