using System;
using System.Management.Automation;
using System.Reflection;
using ConnectMonitor.Engine.Sessions;
using ConnectMonitor.Engine.Text;

namespace ConnectMonitor.Credentials
{
    /// <summary>
    /// Reads AWS credentials objects by their shape, never by .NET type: an object with a GetCredentials() method
    /// (the AWS SDK's AWSCredentials, from whatever AWSSDK.Core loaded it), an object with AccessKey/SecretKey(/Token)
    /// properties (ImmutableCredentials), or a wrapper with a Credentials property (AWS Tools' AWSPSCredentials, which
    /// Set-AWSCredential stores in $StoredAWSCredentials and whose property is not public).
    /// </summary>
    internal static class AwsCredentialShape
    {
        private const int MaxDepth = 4;

        /// <summary>True when <paramref name="value"/> has one of the shapes <see cref="Read"/> understands.</summary>
        public static bool IsRecognised(object value)
        {
            var current = Unwrap(value);
            if (current == null)
            {
                return false;
            }

            var ps = PSObject.AsPSObject(current);
            return HasKeys(ps) || ps.Methods["GetCredentials"] != null || WrappedCredentials(current) != null;
        }

        /// <summary>Reads the keys. Throws <see cref="InvalidOperationException"/> (naming no secret) when it cannot.</summary>
        public static CredentialValues Read(object value, string source)
        {
            var current = Unwrap(value);
            for (var depth = 0; depth < MaxDepth && current != null; depth++)
            {
                var ps = PSObject.AsPSObject(current);
                if (HasKeys(ps))
                {
                    return new CredentialValues(
                        StringOf(ps, "AccessKey"),
                        StringOf(ps, "SecretKey"),
                        StringOf(ps, "Token") ?? StringOf(ps, "SessionToken"));
                }

                var getCredentials = ps.Methods["GetCredentials"];
                if (getCredentials != null)
                {
                    current = Unwrap(Invoke(getCredentials, source));
                    continue;
                }

                current = Unwrap(WrappedCredentials(current));
            }

            throw new InvalidOperationException(
                $"the object given through {source} is not an AWS credentials object (expected a GetCredentials() method or AccessKey and SecretKey properties).");
        }

        private static object Invoke(PSMethodInfo method, string source)
        {
            try
            {
                return method.Invoke();
            }
            catch (Exception ex) when (ex is MethodInvocationException || ex is RuntimeException)
            {
                var inner = ex.InnerException ?? ex;
                throw new InvalidOperationException(
                    $"GetCredentials() of the object given through {source} failed ({inner.GetType().Name}: {OutsideText.Clean(inner.Message, 300)}).", ex);
            }
        }

        private static bool HasKeys(PSObject ps) => ps.Properties["AccessKey"] != null && ps.Properties["SecretKey"] != null;

        private static string StringOf(PSObject ps, string name)
        {
            var value = ps.Properties[name]?.Value;
            return value == null ? null : (value is PSObject wrapped ? wrapped.BaseObject : value).ToString();
        }

        // AWS Tools' AWSPSCredentials keeps its AWSCredentials in an internal property named Credentials.
        private static object WrappedCredentials(object value)
        {
            if (value is PSObject)
            {
                return PSObject.AsPSObject(value).Properties["Credentials"]?.Value;
            }

            var property = value.GetType().GetProperty("Credentials", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
            return property != null && property.GetIndexParameters().Length == 0 ? property.GetValue(value) : null;
        }

        // Property bags (pscustomobject) keep their members on the PSObject; everything else is read from the base object.
        private static object Unwrap(object value) =>
            value is PSObject wrapped && !(wrapped.BaseObject is PSCustomObject) ? wrapped.BaseObject : value;
    }
}
