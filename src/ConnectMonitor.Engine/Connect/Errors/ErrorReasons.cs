using System.Collections.Generic;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>
    /// The model's InvalidRequestExceptionReason union: why a request was invalid. Only one member is set.
    /// </summary>
    internal sealed class InvalidRequestExceptionReason
    {
        /// <summary>Why an attached-file request was invalid: INVALID_FILE_SIZE, INVALID_FILE_TYPE or INVALID_FILE_NAME.</summary>
        public string AttachedFileInvalidRequestExceptionReason { get; set; }

        internal static InvalidRequestExceptionReason From(IReadOnlyDictionary<string, string> members)
        {
            if (members == null)
            {
                return null;
            }
            string value;
            members.TryGetValue("AttachedFileInvalidRequestExceptionReason", out value);
            return new InvalidRequestExceptionReason { AttachedFileInvalidRequestExceptionReason = value };
        }
    }

    /// <summary>
    /// The model's ServiceQuotaExceededExceptionReason union: which quota was exceeded. Only one member is set.
    /// </summary>
    internal sealed class ServiceQuotaExceededExceptionReason
    {
        /// <summary>For attached files: TOTAL_FILE_SIZE_EXCEEDED or TOTAL_FILE_COUNT_EXCEEDED.</summary>
        public string AttachedFileServiceQuotaExceededExceptionReason { get; set; }

        internal static ServiceQuotaExceededExceptionReason From(IReadOnlyDictionary<string, string> members)
        {
            if (members == null)
            {
                return null;
            }
            string value;
            members.TryGetValue("AttachedFileServiceQuotaExceededExceptionReason", out value);
            return new ServiceQuotaExceededExceptionReason { AttachedFileServiceQuotaExceededExceptionReason = value };
        }
    }
}
