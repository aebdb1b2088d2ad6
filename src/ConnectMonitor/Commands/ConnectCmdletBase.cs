using System;
using System.Management.Automation;
using System.Security;
using ConnectMonitor.Completion;
using ConnectMonitor.Credentials;
using ConnectMonitor.Engine.Monitoring;
using ConnectMonitor.Engine.Sessions;
using ConnectMonitor.Inputs;

namespace ConnectMonitor.Commands
{
    /// <summary>
    /// The AWS common parameters every ConnectMonitor cmdlet takes (named and aliased as AWS Tools for PowerShell names
    /// them), and how they become the engine's session settings. No AWS SDK type appears in a parameter's type:
    /// credential objects are read by their shape.
    /// </summary>
    public abstract class ConnectCmdletBase : PSCmdlet
    {
        /// <summary>
        /// <para type="description">The AWS region to call, e.g. us-east-1 (tab completes the regions where Amazon Connect has an endpoint; a typo gets "did
        /// you mean"). Without it, the region comes from the other sources in the order NOTES lists (Region).</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("RegionToCall")]
        [TrimWireText]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(RegionCompleter))]
        public string Region { get; set; }

        /// <summary>
        /// <para type="description">A custom endpoint URL to send requests to (a VPC endpoint, a proxy, or a local Connect
        /// endpoint for dry runs). Requests are still signed for the region.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string EndpointUrl { get; set; }

        /// <summary>
        /// <para type="description">The name of a profile in the shared AWS config and credentials files (tab completes) to take
        /// credentials and the region from: static keys, session keys, credential_process, a role to assume (source_profile,
        /// role_session_name, external_id), web identity, or an IAM Identity Center (SSO) sign-in. A profile that does not exist
        /// is an error.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("StoredCredentials", "AWSProfileName")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ProfileNameCompleter))]
        public string ProfileName { get; set; }

        /// <summary>
        /// <para type="description">The path of a shared credentials file (ini format) to read -ProfileName and the default
        /// profile from, instead of ~/.aws/credentials and AWS_SHARED_CREDENTIALS_FILE.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("AWSProfilesLocation", "ProfilesLocation")]
        [ValidateNotNullOrEmpty]
        public string ProfileLocation { get; set; }

        /// <summary>
        /// <para type="description">An AWS access key id; use with -SecretKey (and -SessionToken for temporary credentials).
        /// Explicit keys win over every other source.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("AK")]
        [ValidateNotNullOrEmpty]
        public string AccessKey { get; set; }

        /// <summary>
        /// <para type="description">The secret access key for -AccessKey: a string or a SecureString. It is kept in a
        /// SecureString until the request is signed and never appears in output, errors or streams.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("SK", "SecretAccessKey")]
        [SecureStringTransformation]
        [ValidateNotNull]
        public SecureString SecretKey { get; set; }

        /// <summary>
        /// <para type="description">The session token of temporary credentials given with -AccessKey and -SecretKey: a string
        /// or a SecureString, kept like -SecretKey.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("ST")]
        [SecureStringTransformation]
        [ValidateNotNull]
        public SecureString SessionToken { get; set; }

        /// <summary>
        /// <para type="description">Credentials to sign with: a PSCredential whose user name is the access key id and whose
        /// password is the secret access key (e.g. from Get-Credential or a secret vault), or an AWS credentials object made
        /// by AWS Tools or the AWS SDK (anything with a GetCredentials() method). Where it stands among the other sources of
        /// credentials: NOTES (Credentials).</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateCredentialShape]
        public object Credential { get; set; }

        /// <summary>
        /// <para type="description">Seconds to wait for one HTTP attempt before giving up on it (fractions allowed; default:
        /// the AWS SDK's 100 seconds). A timed-out attempt is retried like a connection failure.</para>
        /// </summary>
        [Parameter]
        [ValidateRange(0.01, 3600.0)]
        [PSDefaultValue(Help = "100 (the AWS SDK's default)")]
        public double TimeoutSec { get; set; }

        /// <summary>-TimeoutSec as a time span when it was given, else null (the SDK's default).</summary>
        protected TimeSpan? RequestTimeout =>
            MyInvocation.BoundParameters.ContainsKey(nameof(TimeoutSec)) ? TimeSpan.FromSeconds(TimeoutSec) : (TimeSpan?)null;

        /// <summary>
        /// The pipeline's sending options, the one place every cmdlet gets them: pacing (adaptive when
        /// <paramref name="pinnedRate"/> is null, pinned, or off for 0) with <paramref name="burst"/>, the bulk retry
        /// budget, and -TimeoutSec for every attempt of every operation.
        /// </summary>
        private protected MonitorContactOptions PipelineOptions(double? pinnedRate = null, int burst = 5) =>
            MonitorContactOptions.ForPipeline(pinnedRate, burst, RequestTimeout);

        private object[] _lastSettingsInputs;
        private ConnectSessionSettings _lastSettings;

        /// <summary>
        /// The engine settings for the parameters as they are bound right now (they can change per pipeline input).
        /// Returns the same instance as the previous call while every parameter and shell default is the same value
        /// (the same object, for credentials), so a pipeline does not rebuild them for every input.
        /// </summary>
        protected ConnectSessionSettings CurrentSessionSettings()
        {
            var shellCredential = ShellDefaults.Credentials(SessionState);
            var shellRegion = ShellDefaults.Region(SessionState);
            var inputs = new object[]
            {
                Region, EndpointUrl, ProfileName, ProfileLocation, AccessKey, SecretKey, SessionToken, Credential, shellCredential, shellRegion,
            };
            if (_lastSettings != null && SameInputs(inputs, _lastSettingsInputs))
            {
                return _lastSettings;
            }

            _lastSettingsInputs = inputs;
            _lastSettings = SessionSettings(Region, EndpointUrl, ProfileName, ProfileLocation, AccessKey, SecretKey, SessionToken, Credential, shellCredential, shellRegion);
            return _lastSettings;
        }

        /// <summary>The engine settings for these parameter values and shell defaults (also what tab completion reads names with).</summary>
        internal static ConnectSessionSettings SessionSettings(string region, string endpointUrl, string profileName, string profileLocation,
            string accessKey, SecureString secretKey, SecureString sessionToken, object credential, object shellCredential, string shellRegion)
        {
            return new ConnectSessionSettings
            {
                Region = region,
                EndpointUrl = endpointUrl,
                ProfileName = profileName,
                ProfileLocation = profileLocation,
                AccessKeys = CredentialInputs.FromKeys(accessKey, secretKey, sessionToken),
                Credential = CredentialInputs.FromObject(credential, "-Credential"),
                ShellCredential = CredentialInputs.FromObject(shellCredential, "$" + ShellDefaults.CredentialsVariable),
                ShellRegion = shellRegion,
            };
        }

        // Strings by value; credential objects and SecureStrings by identity (a different object may hold other keys).
        private static bool SameInputs(object[] current, object[] previous)
        {
            for (var i = 0; i < current.Length; i++)
            {
                var same = current[i] is string text ? string.Equals(text, previous[i] as string, StringComparison.Ordinal) : ReferenceEquals(current[i], previous[i]);
                if (!same)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
