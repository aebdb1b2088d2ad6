using System;
using System.Security.Cryptography;
using System.Text;
using ConnectMonitor.Engine.Inputs;

namespace ConnectMonitor.Engine.Monitoring
{
    /// <summary>
    /// One -ClientToken given for a whole pipeline of contacts must not be sent as is for each of them (the service
    /// would answer IdempotencyException for all but the first). Each input gets its own token, derived
    /// deterministically from the given token and the call's parameters, so re-running the same runbook with the
    /// same token is idempotent per contact.
    /// </summary>
    public static class ClientTokenDerivation
    {
        /// <summary>The service's limit on ClientToken.</summary>
        public const int MaxLength = 500;

        private const int HashChars = 32;

        /// <summary>
        /// "{given}-{32 hex chars of SHA-256(given, instance, contact, user)}", the given part shortened so the
        /// whole stays within 500 code points (never inside a surrogate pair).
        /// </summary>
        public static string ForInput(string givenToken, string instanceId, string contactId, string userId)
        {
            if (string.IsNullOrEmpty(givenToken))
            {
                throw new ArgumentException("A token is required.", nameof(givenToken));
            }

            var material = string.Join("\n", givenToken, instanceId ?? "", contactId ?? "", userId ?? "");
            byte[] hash;
            using (var sha = SHA256.Create())
            {
                hash = sha.ComputeHash(Encoding.UTF8.GetBytes(material));
            }

            var hex = new StringBuilder(HashChars);
            for (var i = 0; i < HashChars / 2; i++)
            {
                hex.Append(hash[i].ToString("x2"));
            }

            // The limit counts code points; the cut never splits a surrogate pair.
            return WireText.Truncate(givenToken, MaxLength - HashChars - 1) + "-" + hex;
        }
    }
}
