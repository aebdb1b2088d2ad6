using System;
using ConnectMonitor.Engine.Arns;
using ConnectMonitor.Engine.Connect;
using ConnectMonitor.Engine.Errors;
using ConnectMonitor.Engine.Inputs;
using ConnectMonitor.Engine.Sessions;
using ConnectMonitor.Engine.Text;

namespace ConnectMonitor.Engine.Monitoring
{
    /// <summary>
    /// Checks a 200 answer against the request before it becomes a result, and reads what it says.
    /// <para>
    /// Amazon Connect documents the answer's members only as "the identifier/ARN of the contact". A monitoring session
    /// is a contact of its own (initiation method MONITOR), so the answer may name the supervisor's monitoring contact
    /// instead of the monitored one, in either member or in both. Any contact of the request's instance is therefore
    /// accepted. What is not: no ContactArn, or member text no contact id or ARN can hold (InvalidResponse); a ContactArn
    /// that names another instance, account (when the input named one), region or partition, or anything but a contact
    /// (ResponseContactMismatch). Ids are compared ignoring case (they are GUIDs; the service may spell them its own way).
    /// </para>
    /// </summary>
    internal static class ResponseCheck
    {
        /// <summary>Most characters of a rejected ARN quoted in a message.</summary>
        private const int QuotedLength = 200;

        /// <summary>Null when the answer fits (<paramref name="answer"/> then says what it named), else the error to report.</summary>
        public static ConnectServiceException Problem(
            MonitorContactResponse response, MonitorContactInput input, string region, MonitorContactTarget target, out CheckedAnswer answer)
        {
            answer = null;
            var requestId = response.ResponseMetadata?.RequestId;
            ConnectServiceException Reject(string code, string problem) =>
                ServiceErrorTranslator.InvalidAnswer(code, problem + "; the answer was not used, and whether monitoring started is unknown", requestId, target);
            const string Invalid = ConnectErrorCodes.InvalidResponse, Mismatch = ConnectErrorCodes.ResponseContactMismatch;

            if (response.BodyLimitExceeded)
            {
                return ServiceErrorTranslator.InvalidAnswer(ConnectErrorCodes.InvalidResponse,
                    $"the response body is larger than {MonitorContactResponseUnmarshaller.MaxBodyBytes / 1024} KiB, far more than a MonitorContact answer; it was not read whole, and whether monitoring started is unknown",
                    requestId, target);
            }

            var text = response.ContactArn;
            if (string.IsNullOrEmpty(text))
            {
                return Reject(Invalid, "the service answered HTTP 200 without a ContactArn (an empty or incomplete answer)");
            }

            var shown = OutsideText.Clean(text, QuotedLength);
            if (!ContactArn.LooksLikeArn(text) || WireText.Trim(text) != text)
            {
                return Reject(Invalid, $"the answer's ContactArn '{shown}' is not an ARN");
            }

            if (!ContactArn.TryParse(text, out var arn))
            {
                return Reject(Mismatch, ConnectArnFields.Split(text) == null
                    ? $"the answer's ContactArn '{shown}' is not an Amazon Connect ARN, let alone a contact's"
                    : $"the answer's ContactArn '{shown}' names an Amazon Connect resource that is not a contact");
            }

            var arnProblem = arn.Problem();
            if (arnProblem != null)
            {
                return Reject(Invalid, $"the answer's ContactArn is not a valid contact ARN: {arnProblem}");
            }

            var idMember = response.ContactId;
            if (idMember != null)
            {
                var idProblem = WireText.Trim(idMember) != idMember ? "has surrounding whitespace" : WireText.Problem(idMember, 1, 256);
                if (idProblem != null)
                {
                    return Reject(Invalid, $"the answer's ContactId {idProblem}");
                }
            }

            if (!SameId(arn.InstanceId, input.InstanceId))
            {
                return Reject(Mismatch, $"the answer's ContactArn names a contact of instance '{arn.InstanceId}', not of instance '{input.InstanceId}' the request was for");
            }

            if (input.AccountId != null && arn.AccountId != input.AccountId)
            {
                return Reject(Mismatch, $"the answer's ContactArn names a contact of account {arn.AccountId}, not of account {input.AccountId} the input named");
            }

            if (arn.Region != region)
            {
                return Reject(Mismatch, $"the answer's ContactArn names a contact in region {arn.Region}, not in region {region} the request was sent to");
            }

            var partition = input.Partition ?? RegionNames.PartitionOf(region);
            if (partition != null && arn.Partition != partition)
            {
                return Reject(Mismatch, $"the answer's ContactArn names a contact in partition '{arn.Partition}', not in '{partition}' the request was sent to");
            }

            answer = CheckedAnswer.From(input.ContactId, idMember, arn);
            return null;
        }

        private static bool SameId(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// What a checked answer says: the monitored contact's ARN, and the contact the answer named when it is not the
        /// monitored one (the supervisor's monitoring contact).
        /// </summary>
        internal sealed class CheckedAnswer
        {
            private CheckedAnswer(string contactArn, string monitorContactId, string monitorContactArn)
            {
                ContactArn = contactArn;
                MonitorContactId = monitorContactId;
                MonitorContactArn = monitorContactArn;
            }

            /// <summary>The monitored contact's ARN: the answer's, when it names that contact, else the same instance's ARN for it.</summary>
            public string ContactArn { get; }

            /// <summary>
            /// The answer's ContactId when it is not the monitored contact's, else the contact id of the answer's ARN when
            /// that is not; null when the answer named the monitored contact alone.
            /// </summary>
            public string MonitorContactId { get; }

            /// <summary>
            /// The answer's ContactArn when it is not the monitored contact's, else (only the ContactId named another
            /// contact) that contact's ARN in the same instance; null when the answer named the monitored contact alone.
            /// </summary>
            public string MonitorContactArn { get; }

            public static CheckedAnswer From(string monitoredContactId, string idMember, ContactArn arn)
            {
                var arnNamesMonitored = SameId(arn.ContactId, monitoredContactId);
                var idNamesOther = idMember != null && !SameId(idMember, monitoredContactId);
                return new CheckedAnswer(
                    arnNamesMonitored ? arn.Value : arn.OfContact(monitoredContactId),
                    idNamesOther ? idMember : arnNamesMonitored ? null : arn.ContactId,
                    !arnNamesMonitored ? arn.Value : idNamesOther ? arn.OfContact(idMember) : null);
            }
        }
    }
}
