namespace ConnectMonitor.Errors
{
    /// <summary>
    /// What one input's error is about: the input as it came (the ErrorRecord's TargetObject, so
    /// <c>$failed.TargetObject | Start-ConnectContactMonitor</c> re-runs exactly the failed inputs: the CSV row, the
    /// live-contact object, the string) and the contact, instance and supervisor the exception names.
    /// </summary>
    internal sealed class ErrorSubject
    {
        public ErrorSubject(object target, string contactId, string instanceId, string userId)
        {
            Target = target;
            ContactId = contactId;
            InstanceId = instanceId;
            UserId = userId;
        }

        /// <summary>The input as it came: the ErrorRecord's TargetObject.</summary>
        public object Target { get; }

        /// <summary>The contact as it was given (id or ARN).</summary>
        public string ContactId { get; }

        /// <summary>The instance, when known.</summary>
        public string InstanceId { get; }

        /// <summary>The supervisor's user id, when known.</summary>
        public string UserId { get; }

        /// <summary>The same input once the supervisor's user id is known.</summary>
        public ErrorSubject WithUserId(string userId) => new ErrorSubject(Target, ContactId, InstanceId, userId);
    }
}
