using System.Collections.Generic;
using Amazon.Runtime;
using Amazon.Runtime.Credentials.Internal;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Auth;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>
    /// Pipeline handler that chooses the auth scheme: Amazon Connect is SigV4 only (service model
    /// "signatureVersion": "v4"). The base class then sets the signer and resolves the identity
    /// (the client's explicit credentials, else the config's default credentials chain).
    /// Without this handler no signer is set and every call fails inside the Signer handler.
    /// </summary>
    internal sealed class ConnectAuthSchemeHandler : BaseAuthResolverHandler
    {
        protected override List<IAuthSchemeOption> ResolveAuthOptions(IExecutionContext executionContext)
        {
            return AuthSchemeOption.DEFAULT_SIGV4;
        }
    }
}
