using System.Management.Automation;
using System.Runtime.CompilerServices;
using System.Security;
using System.Threading;
using ConnectMonitor.Engine.Sessions;

namespace ConnectMonitor.Credentials
{
    /// <summary>
    /// Turns what the user gave (keys, a PSCredential, an AWS credentials object, $StoredAWSCredentials) into the
    /// engine's <see cref="CredentialInput"/>: secrets stay in their SecureString or object until the engine reads them.
    /// </summary>
    internal static class CredentialInputs
    {
        private static readonly ConditionalWeakTable<object, object> ObjectIds = new ConditionalWeakTable<object, object>();
        private static long _nextObjectId;

        /// <summary>Explicit keys, or null when none of them was given.</summary>
        public static CredentialInput FromKeys(string accessKey, SecureString secretKey, SecureString sessionToken)
        {
            if (string.IsNullOrEmpty(accessKey) && secretKey == null && sessionToken == null)
            {
                return null;
            }

            return CredentialInput.FromKeys("-AccessKey/-SecretKey", accessKey, secretKey, sessionToken);
        }

        /// <summary>A PSCredential (user name = access key id, password = secret) or an AWS credentials object; null for null.</summary>
        public static CredentialInput FromObject(object value, string source)
        {
            var unwrapped = value is PSObject wrapped && !(wrapped.BaseObject is PSCustomObject) ? wrapped.BaseObject : value;
            if (unwrapped == null)
            {
                return null;
            }

            if (unwrapped is PSCredential credential)
            {
                return CredentialInput.FromKeys(source, credential.UserName, credential.Password, null);
            }

            return new CredentialInput(source, "object#" + IdOf(unwrapped), () => AwsCredentialShape.Read(value, source));
        }

        // Tells credential objects apart without reading them, so one object piped with every input shares one client.
        private static string IdOf(object value) =>
            ObjectIds.GetValue(value, _ => Interlocked.Increment(ref _nextObjectId).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToString();
    }
}
