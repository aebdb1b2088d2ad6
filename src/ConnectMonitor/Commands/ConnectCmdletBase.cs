using System.Management.Automation;
using ConnectMonitor.Engine.Sessions;

namespace ConnectMonitor.Commands
{
    /// <summary>
    /// The AWS common parameters every ConnectMonitor cmdlet takes (named as AWS Tools for PowerShell names them),
    /// and how they become the engine's session settings.
    /// </summary>
    public abstract class ConnectCmdletBase : PSCmdlet
    {
        /// <summary>
        /// <para type="description">The AWS region to call, e.g. us-east-1. Defaults to the region of a contact ARN, then
        /// AWS_REGION / AWS_DEFAULT_REGION, then the profile's region.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("RegionToCall")]
        [ValidateNotNullOrEmpty]
        public string Region { get; set; }

        /// <summary>
        /// <para type="description">A custom endpoint URL to send requests to (a VPC endpoint, a proxy, or a local Connect
        /// endpoint for dry runs). Requests are still signed for the region.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string EndpointUrl { get; set; }

        /// <summary>
        /// <para type="description">The name of a profile in the shared AWS config and credentials files to take credentials
        /// (and the region) from. A profile that does not exist is an error.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("StoredCredentials", "AWSProfileName")]
        [ValidateNotNullOrEmpty]
        public string ProfileName { get; set; }

        /// <summary>The engine settings for the parameters as they are bound right now (they can change per pipeline input).</summary>
        protected ConnectSessionSettings CurrentSessionSettings() => new ConnectSessionSettings
        {
            Region = Region,
            EndpointUrl = EndpointUrl,
            ProfileName = ProfileName,
        };
    }
}
