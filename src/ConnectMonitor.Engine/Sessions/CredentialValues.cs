namespace ConnectMonitor.Engine.Sessions
{
    /// <summary>
    /// A set of AWS keys in plain text, as read from a credentials object at the last moment before signing.
    /// <see cref="ToString"/> never shows the secret or the session token.
    /// </summary>
    public sealed class CredentialValues
    {
        /// <summary>Creates the values.</summary>
        public CredentialValues(string accessKeyId, string secretKey, string sessionToken = null)
        {
            AccessKeyId = accessKeyId;
            SecretKey = secretKey;
            SessionToken = string.IsNullOrEmpty(sessionToken) ? null : sessionToken;
        }

        /// <summary>The access key id (not a secret).</summary>
        public string AccessKeyId { get; }

        /// <summary>The secret access key.</summary>
        public string SecretKey { get; }

        /// <summary>The session token of temporary credentials, or null.</summary>
        public string SessionToken { get; }

        /// <summary>The access key id only.</summary>
        public override string ToString() => $"AccessKeyId={AccessKeyId}";
    }
}
