namespace ConnectMonitor.Engine.Errors
{
    /// <summary>What kind of failure a MonitorContact call ended with; the cmdlet layer maps it to an error category.</summary>
    public enum ConnectServiceErrorKind
    {
        /// <summary>An error code the service model does not define.</summary>
        Unknown = 0,
        /// <summary>InvalidRequestException (400): the request is not valid.</summary>
        InvalidRequest,
        /// <summary>AccessDeniedException (403): the caller lacks permission.</summary>
        AccessDenied,
        /// <summary>ResourceNotFoundException (404): instance, contact or user not found.</summary>
        ResourceNotFound,
        /// <summary>IdempotencyException (409): the client token was used with other parameters.</summary>
        Idempotency,
        /// <summary>ServiceQuotaExceededException (402): a service quota is exceeded.</summary>
        ServiceQuotaExceeded,
        /// <summary>ThrottlingException (429): the request rate is over the quota, even after retries.</summary>
        Throttling,
        /// <summary>InternalServiceException (500): the service failed.</summary>
        InternalService,
        /// <summary>The request could not be delivered or answered (connection failure, reset, time-out).</summary>
        Transport,
        /// <summary>The service answered with something that is not a valid MonitorContact response.</summary>
        InvalidResponse,
        /// <summary>Authentication with the service failed (unknown key, bad signature, expired token).</summary>
        Authentication,
        /// <summary>The AWS SDK failed to make the call for a reason of its own.</summary>
        ClientError,
    }
}
