using System;
using System.Net;
using Amazon.Runtime;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>Modelled error InvalidRequestException: The request is not valid (HTTP 400).</summary>
    internal sealed class InvalidRequestException : AmazonConnectException
    {
        /// <summary>Why the request was invalid, when the service said (optional; null otherwise).</summary>
        public InvalidRequestExceptionReason Reason { get; internal set; }

        /// <summary>Creates the exception with only a message.</summary>
        public InvalidRequestException(string message) : base(message)
        {
        }

        /// <summary>Creates the exception with every detail of the error answer.</summary>
        public InvalidRequestException(string message, Exception innerException, ErrorType errorType,
            string errorCode, string requestId, HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode)
        {
        }
    }

    /// <summary>Modelled error AccessDeniedException: The caller lacks permission for this action (HTTP 403).</summary>
    internal sealed class AccessDeniedException : AmazonConnectException
    {
        /// <summary>Creates the exception with only a message.</summary>
        public AccessDeniedException(string message) : base(message)
        {
        }

        /// <summary>Creates the exception with every detail of the error answer.</summary>
        public AccessDeniedException(string message, Exception innerException, ErrorType errorType,
            string errorCode, string requestId, HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode)
        {
        }
    }

    /// <summary>Modelled error ResourceNotFoundException: The instance, contact or user was not found (HTTP 404).</summary>
    internal sealed class ResourceNotFoundException : AmazonConnectException
    {
        /// <summary>Creates the exception with only a message.</summary>
        public ResourceNotFoundException(string message) : base(message)
        {
        }

        /// <summary>Creates the exception with every detail of the error answer.</summary>
        public ResourceNotFoundException(string message, Exception innerException, ErrorType errorType,
            string errorCode, string requestId, HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode)
        {
        }
    }

    /// <summary>Modelled error IdempotencyException: The client token was already used with different parameters (HTTP 409).</summary>
    internal sealed class IdempotencyException : AmazonConnectException
    {
        /// <summary>Creates the exception with only a message.</summary>
        public IdempotencyException(string message) : base(message)
        {
        }

        /// <summary>Creates the exception with every detail of the error answer.</summary>
        public IdempotencyException(string message, Exception innerException, ErrorType errorType,
            string errorCode, string requestId, HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode)
        {
        }
    }

    /// <summary>Modelled error ServiceQuotaExceededException: A service quota was exceeded (HTTP 402).</summary>
    internal sealed class ServiceQuotaExceededException : AmazonConnectException
    {
        /// <summary>Which quota was exceeded, when the service said (optional; null otherwise).</summary>
        public ServiceQuotaExceededExceptionReason Reason { get; internal set; }

        /// <summary>Creates the exception with only a message.</summary>
        public ServiceQuotaExceededException(string message) : base(message)
        {
        }

        /// <summary>Creates the exception with every detail of the error answer.</summary>
        public ServiceQuotaExceededException(string message, Exception innerException, ErrorType errorType,
            string errorCode, string requestId, HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode)
        {
        }
    }

    /// <summary>Modelled error ThrottlingException: The request rate limit was exceeded (HTTP 429); the SDK retries it with back-off.</summary>
    internal sealed class ThrottlingException : AmazonConnectException
    {
        /// <summary>Creates the exception with only a message.</summary>
        public ThrottlingException(string message) : base(message)
        {
        }

        /// <summary>Creates the exception with every detail of the error answer.</summary>
        public ThrottlingException(string message, Exception innerException, ErrorType errorType,
            string errorCode, string requestId, HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode)
        {
        }
    }

    /// <summary>Modelled error InternalServiceException: Amazon Connect failed to process the request (HTTP 500); the SDK retries it.</summary>
    internal sealed class InternalServiceException : AmazonConnectException
    {
        /// <summary>Creates the exception with only a message.</summary>
        public InternalServiceException(string message) : base(message)
        {
        }

        /// <summary>Creates the exception with every detail of the error answer.</summary>
        public InternalServiceException(string message, Exception innerException, ErrorType errorType,
            string errorCode, string requestId, HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode)
        {
        }
    }

    /// <summary>
    /// Modelled error InvalidParameterException of the supervisor operations (GetCurrentUserData, SearchUsers,
    /// ListUsers, SearchQueues, SearchRoutingProfiles, SearchUserHierarchyGroups): One or more of the specified
    /// parameters are not valid (HTTP 400).
    /// </summary>
    internal sealed class InvalidParameterException : AmazonConnectException
    {
        /// <summary>Creates the exception with only a message.</summary>
        public InvalidParameterException(string message) : base(message)
        {
        }

        /// <summary>Creates the exception with every detail of the error answer.</summary>
        public InvalidParameterException(string message, Exception innerException, ErrorType errorType,
            string errorCode, string requestId, HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode)
        {
        }
    }
}
