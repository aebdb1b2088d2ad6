using System.Management.Automation;

namespace ConnectMonitor.Credentials
{
    /// <summary>Accepts a PSCredential or an AWS credentials object (see <see cref="AwsCredentialShape"/>) for -Credential.</summary>
    public sealed class ValidateCredentialShapeAttribute : ValidateArgumentsAttribute
    {
        /// <summary>What Get-Help shows as the parameter's type (an AWS credentials object works too).</summary>
        public string HelpTypeName => "PSCredential";

        /// <inheritdoc />
        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            var value = arguments is PSObject wrapped && !(wrapped.BaseObject is PSCustomObject) ? wrapped.BaseObject : arguments;
            if (value is PSCredential || AwsCredentialShape.IsRecognised(arguments))
            {
                return;
            }

            throw new ValidationMetadataException(
                $"-Credential takes a PSCredential (user name = access key id, password = secret access key) or an AWS credentials " +
                $"object (one with a GetCredentials() method, e.g. from the AWS SDK or AWS Tools); a {value?.GetType().FullName ?? "null"} is neither.");
        }
    }
}
