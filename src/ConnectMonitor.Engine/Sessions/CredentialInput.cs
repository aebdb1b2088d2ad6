using System;
using System.Runtime.InteropServices;
using System.Security;

namespace ConnectMonitor.Engine.Sessions
{
    /// <summary>
    /// Credentials handed to the engine by the caller (explicit keys, a credential object, the shell's stored
    /// credentials). The secret stays where the caller keeps it (a SecureString, a credentials object) until the engine
    /// reads it once, right before it builds the signer. <see cref="ToString"/> names the source, never a secret.
    /// </summary>
    public sealed class CredentialInput
    {
        private readonly Func<CredentialValues> _read;

        /// <summary>Credentials read by <paramref name="read"/> when they are first needed.</summary>
        /// <param name="source">Where they came from, for messages (e.g. "-Credential").</param>
        /// <param name="identity">Tells two inputs apart without a secret (an access key id, an object's identity).</param>
        /// <param name="read">Reads the keys; may throw <see cref="InvalidOperationException"/> with a message that names no secret.</param>
        public CredentialInput(string source, string identity, Func<CredentialValues> read)
        {
            Source = source ?? throw new ArgumentNullException(nameof(source));
            Identity = identity ?? "";
            _read = read ?? throw new ArgumentNullException(nameof(read));
        }

        /// <summary>Keys whose secret (and session token) are SecureStrings, decoded only when the engine signs.</summary>
        public static CredentialInput FromKeys(string source, string accessKeyId, SecureString secretKey, SecureString sessionToken) =>
            new CredentialInput(source, accessKeyId ?? "", () => new CredentialValues(accessKeyId, Reveal(secretKey), Reveal(sessionToken)));

        /// <summary>Where the credentials came from (a parameter or variable name).</summary>
        public string Source { get; }

        /// <summary>A non-secret identity for telling inputs apart (used to share service clients).</summary>
        public string Identity { get; }

        /// <summary>Reads the keys. Engine-internal: the one place a secret becomes a plain string.</summary>
        internal CredentialValues Read() => _read();

        /// <summary>The source only.</summary>
        public override string ToString() => Source;

        private static string Reveal(SecureString value)
        {
            if (value == null || value.Length == 0)
            {
                return null;
            }

            var pointer = IntPtr.Zero;
            try
            {
                pointer = Marshal.SecureStringToGlobalAllocUnicode(value);
                // With its length: a NUL inside must reach the header checks, not silently cut the value short.
                return Marshal.PtrToStringUni(pointer, value.Length);
            }
            finally
            {
                if (pointer != IntPtr.Zero)
                {
                    Marshal.ZeroFreeGlobalAllocUnicode(pointer);
                }
            }
        }
    }
}
