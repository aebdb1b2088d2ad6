using System;
using System.Collections.Generic;
using System.Net;
using System.Text;
using System.Text.Json;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>
    /// Error code and message read from a rest-json error answer. Code: the x-amzn-ErrorType header
    /// (without any ":http://..." suffix), else the body's "__type" (without any "namespace#" prefix),
    /// else the body's "code". Message: the body's "Message" or "message", else the
    /// x-amzn-error-message header, else a description of the answer. Never throws on odd bodies.
    /// </summary>
    internal sealed class ConnectErrorDetails
    {
        private const int BodySnippetLength = 200;

        private ConnectErrorDetails(string code, string message, IReadOnlyDictionary<string, string> reason)
        {
            Code = code;
            Message = message;
            Reason = reason;
        }

        /// <summary>The error code, or null when the answer carried none.</summary>
        public string Code { get; }

        /// <summary>A human-readable message; never null.</summary>
        public string Message { get; }

        /// <summary>
        /// The members of the body's optional "Reason" union (member name to string value), or null when the
        /// answer carried none (InvalidRequestException and ServiceQuotaExceededException may carry one).
        /// </summary>
        public IReadOnlyDictionary<string, string> Reason { get; }

        public static ConnectErrorDetails Read(HttpStatusCode status, string errorTypeHeader, string errorMessageHeader, byte[] body)
        {
            string bodyType = null, bodyCode = null, bodyMessage = null;
            Dictionary<string, string> reason = null;
            bool bodyIsJson = TryReadJsonBody(body, out bodyType, out bodyCode, out bodyMessage, out reason);

            string code = CleanCode(errorTypeHeader) ?? CleanCode(bodyType) ?? CleanCode(bodyCode);
            string message = NonEmpty(bodyMessage) ?? NonEmpty(errorMessageHeader)
                ?? Describe(status, code, bodyIsJson, body);
            return new ConnectErrorDetails(code, message, reason);
        }

        /// <summary>Strips "namespace#" prefixes and ":http://..." suffixes; null for blanks.</summary>
        internal static string CleanCode(string raw)
        {
            if (string.IsNullOrWhiteSpace(raw))
            {
                return null;
            }
            string code = raw.Trim();
            int colon = code.IndexOf(':');
            if (colon >= 0)
            {
                code = code.Substring(0, colon);
            }
            int hash = code.LastIndexOf('#');
            if (hash >= 0)
            {
                code = code.Substring(hash + 1);
            }
            return NonEmpty(code.Trim());
        }

        private static bool TryReadJsonBody(byte[] body, out string type, out string code, out string message,
            out Dictionary<string, string> reason)
        {
            type = code = message = null;
            reason = null;
            if (body == null || body.Length == 0)
            {
                return false;
            }
            try
            {
                using (JsonDocument document = JsonDocument.Parse(body))
                {
                    if (document.RootElement.ValueKind != JsonValueKind.Object)
                    {
                        return false;
                    }
                    foreach (JsonProperty property in document.RootElement.EnumerateObject())
                    {
                        if (property.Name == "Reason" && property.Value.ValueKind == JsonValueKind.Object)
                        {
                            reason = ReadReason(property.Value);
                            continue;
                        }
                        if (property.Value.ValueKind != JsonValueKind.String)
                        {
                            continue;
                        }
                        switch (property.Name)
                        {
                            case "__type": type = property.Value.GetString(); break;
                            case "code":
                            case "Code": code = property.Value.GetString(); break;
                            case "message":
                            case "Message": message = property.Value.GetString(); break;
                        }
                    }
                    return true;
                }
            }
            catch (JsonException)
            {
                return false;
            }
        }

        /// <summary>The string members of a Reason union; members of other kinds are skipped.</summary>
        private static Dictionary<string, string> ReadReason(JsonElement reason)
        {
            var members = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (JsonProperty member in reason.EnumerateObject())
            {
                if (member.Value.ValueKind == JsonValueKind.String)
                {
                    members[member.Name] = member.Value.GetString();
                }
            }
            return members;
        }

        private static string Describe(HttpStatusCode status, string code, bool bodyIsJson, byte[] body)
        {
            var text = new StringBuilder("Amazon Connect returned HTTP ")
                .Append((int)status).Append(" (").Append(status).Append(')');
            if (code != null)
            {
                text.Append(" with error code ").Append(code);
            }
            if (body == null || body.Length == 0)
            {
                return text.Append(" and an empty body.").ToString();
            }
            if (bodyIsJson)
            {
                return text.Append(" without a message.").ToString();
            }
            return text.Append(" with a non-JSON body: ").Append(Snippet(body)).ToString();
        }

        private static string Snippet(byte[] body)
        {
            string decoded = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, BodySnippetLength * 4));
            string collapsed = string.Join(" ", decoded.Split((char[])null, StringSplitOptions.RemoveEmptyEntries));
            return collapsed.Length <= BodySnippetLength ? collapsed : collapsed.Substring(0, BodySnippetLength) + "...";
        }

        private static string NonEmpty(string value)
        {
            return string.IsNullOrEmpty(value) ? null : value;
        }
    }
}
