using System;
using System.Globalization;
using System.Text.Json;
using System.Threading;
using Amazon.Runtime;
using ConnectMonitor.Engine.Errors;

namespace ConnectMonitor.Engine.Sessions
{
    /// <summary>
    /// Credentials from a profile's <c>credential_process</c>, run by <see cref="CredentialProcessRunner"/> (with a
    /// time-out, killed on stop) instead of the AWS SDK's runner, which waits for ever. The output is read as the AWS
    /// CLI reads it: <c>{"Version": 1, "AccessKeyId", "SecretAccessKey", "SessionToken"?, "Expiration"?}</c>.
    /// </summary>
    internal sealed class CredentialProcessCredentials : RefreshingAWSCredentials
    {
        private readonly string _commandLine;
        private readonly string _profileName;
        private readonly CancellationToken _cancellation;

        public CredentialProcessCredentials(string commandLine, string profileName, CancellationToken cancellation)
        {
            _commandLine = commandLine;
            _profileName = profileName;
            _cancellation = cancellation;
        }

        protected override CredentialsRefreshState GenerateNewCredentials()
        {
            var output = CredentialProcessRunner.Run(_commandLine, _profileName, _cancellation);
            return Parse(output);
        }

        private CredentialsRefreshState Parse(string output)
        {
            try
            {
                using (var document = JsonDocument.Parse(output))
                {
                    var root = document.RootElement;
                    if (root.ValueKind != JsonValueKind.Object)
                    {
                        throw Invalid("its output is not a JSON object");
                    }

                    if (!root.TryGetProperty("Version", out var version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != 1)
                    {
                        throw Invalid("its output has no \"Version\": 1");
                    }

                    var accessKey = StringOf(root, "AccessKeyId");
                    var secretKey = StringOf(root, "SecretAccessKey");
                    if (string.IsNullOrEmpty(accessKey) || string.IsNullOrEmpty(secretKey))
                    {
                        throw Invalid("its output lacks AccessKeyId or SecretAccessKey");
                    }

                    var expiration = StringOf(root, "Expiration");
                    var expires = DateTime.MaxValue;
                    if (!string.IsNullOrEmpty(expiration))
                    {
                        if (!DateTime.TryParse(expiration, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out expires))
                        {
                            throw Invalid("its Expiration is not a date");
                        }
                    }

                    return new CredentialsRefreshState(new ImmutableCredentials(accessKey, secretKey, StringOf(root, "SessionToken")), expires);
                }
            }
            catch (JsonException)
            {
                // The output may hold a secret: say what is wrong, not what it is.
                throw Invalid("its output is not valid JSON");
            }
        }

        private ConnectConfigurationException Invalid(string why) =>
            new ConnectConfigurationException(ConnectConfigurationProblem.InvalidProfile,
                $"The credential_process of the profile '{_profileName}' gave no usable credentials: {why}.");

        private static string StringOf(JsonElement root, string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }
}
