using System;
using ConnectMonitor.Engine.Connect;
using ConnectMonitor.Engine.Errors;

namespace ConnectMonitor.Engine.Monitoring
{
    /// <summary>
    /// Checks a 200 answer against the request before it becomes a result: it must carry the contact's ARN, and it
    /// must be about the contact that was asked for (its ContactId, when present, and the contact id in its ARN).
    /// The result's ContactId is always the input's.
    /// </summary>
    internal static class ResponseCheck
    {
        /// <summary>Null when the answer fits, else the error to report.</summary>
        public static ConnectServiceException Problem(MonitorContactResponse response, string requestedContactId, MonitorContactTarget target)
        {
            var requestId = response.ResponseMetadata?.RequestId;
            if (response.BodyLimitExceeded)
            {
                return ServiceErrorTranslator.InvalidAnswer(ConnectErrorCodes.InvalidResponse,
                    $"the response body is larger than {MonitorContactResponseUnmarshaller.MaxBodyBytes / 1024} KiB, far more than a MonitorContact answer; it was not read whole, and whether monitoring started is unknown",
                    requestId, target);
            }

            if (string.IsNullOrEmpty(response.ContactArn))
            {
                return ServiceErrorTranslator.InvalidAnswer(ConnectErrorCodes.InvalidResponse,
                    "the service answered HTTP 200 without a ContactArn (an empty or incomplete answer); whether monitoring started is unknown",
                    requestId, target);
            }

            var arnContact = ContactIdInArn(response.ContactArn);
            var named = !string.IsNullOrEmpty(response.ContactId) ? response.ContactId : arnContact;
            if (!string.Equals(named, requestedContactId, StringComparison.Ordinal) ||
                (arnContact != null && !string.Equals(arnContact, requestedContactId, StringComparison.Ordinal)))
            {
                return ServiceErrorTranslator.InvalidAnswer(ConnectErrorCodes.ResponseContactMismatch,
                    "the service answered for a different contact than the one asked for; the answer was not used",
                    requestId, target);
            }

            return null;
        }

        // arn:...:instance/{instance}/contact/{contact}
        private static string ContactIdInArn(string arn)
        {
            const string marker = "/contact/";
            var at = arn.LastIndexOf(marker, StringComparison.Ordinal);
            return at < 0 ? null : arn.Substring(at + marker.Length);
        }
    }
}
