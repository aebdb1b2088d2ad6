using System.Globalization;
using System.Security;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace ConnectMonitor.ConnectDouble;

/// <summary>
/// Answers AWS STS AssumeRole and AssumeRoleWithWebIdentity in the query protocol (form-encoded POST to "/", XML
/// answers). AssumeRole must be SigV4-signed for service "sts" by a key the double knows.
/// </summary>
internal sealed class StsHandler(StsDouble sts, SigV4Verifier verifier)
{
    private const string Namespace = "https://sts.amazonaws.com/doc/2011-06-15/";

    /// <summary>True for requests this handler answers: a form POST to "/".</summary>
    public static bool Matches(HttpContext ctx) =>
        HttpMethods.IsPost(ctx.Request.Method) && ctx.Request.Path == "/" &&
        (ctx.Request.ContentType ?? "").StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    public async Task HandleAsync(HttpContext ctx)
    {
        using var reader = new StreamReader(ctx.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(ctx.RequestAborted).ConfigureAwait(false);
        var form = QueryHelpers.ParseQuery(body);
        string? Get(string name) => form.TryGetValue(name, out var v) ? v.ToString() : null;
        var action = Get("Action") ?? "";
        var roleArn = Get("RoleArn");
        var requestId = Guid.NewGuid().ToString();

        string? signer = null;
        var signatureValid = false;
        if (action == "AssumeRole")
        {
            var raw = ctx.Features.Get<IHttpRequestFeature>()?.RawTarget ?? "/";
            var q = raw.IndexOf('?');
            var result = verifier.Verify(ctx.Request.Method, q < 0 ? raw : raw[..q], q < 0 ? "" : raw[q..],
                name => ctx.Request.Headers[name].Where(v => v is not null).ToArray()!, Encoding.UTF8.GetBytes(body));
            signer = result.AccessKeyId;
            signatureValid = result.IsValid;
        }

        var grant = sts.Grant(roleArn);
        if (grant?.Hang is { } hang)
        {
            sts.Hanging();
            try { await Task.Delay(hang, ctx.RequestAborted).ConfigureAwait(false); } catch (OperationCanceledException) { }
            ctx.Abort();
            sts.Record(new StsCall(action, roleArn, Get("RoleSessionName"), Get("ExternalId"), Get("WebIdentityToken"), signer, signatureValid, 0));
            return;
        }

        int status;
        if (action != "AssumeRole" && action != "AssumeRoleWithWebIdentity")
        {
            status = await ErrorAsync(ctx, requestId, 400, "InvalidAction", $"Could not find operation {action} for version 2011-06-15");
        }
        else if (action == "AssumeRole" && !signatureValid)
        {
            status = await ErrorAsync(ctx, requestId, 403, "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.");
        }
        else if (grant is null || grant.Denied
                 || (action == "AssumeRole" && grant.ExternalId is not null && grant.ExternalId != Get("ExternalId"))
                 || (action == "AssumeRoleWithWebIdentity" && grant.WebIdentityToken != Get("WebIdentityToken")))
        {
            status = await ErrorAsync(ctx, requestId, 403, "AccessDenied",
                $"User: {signer ?? "web identity"} is not authorized to perform: sts:{action} on resource: {roleArn}");
        }
        else
        {
            status = await SuccessAsync(ctx, requestId, action, roleArn!, Get("RoleSessionName") ?? "session", grant.Issued!);
        }

        sts.Record(new StsCall(action, roleArn, Get("RoleSessionName"), Get("ExternalId"), Get("WebIdentityToken"), signer, signatureValid, status));
    }

    private static async Task<int> SuccessAsync(HttpContext ctx, string requestId, string action, string roleArn, string sessionName, IssuedCredentials issued)
    {
        var expiration = DateTime.UtcNow.AddHours(1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var roleName = roleArn[(roleArn.LastIndexOf('/') + 1)..];
        var xml =
            $"<{action}Response xmlns=\"{Namespace}\"><{action}Result>" +
            $"<AssumedRoleUser><AssumedRoleId>AROADOUBLE:{E(sessionName)}</AssumedRoleId>" +
            $"<Arn>arn:aws:sts::{TestCredentials.AccountId}:assumed-role/{E(roleName)}/{E(sessionName)}</Arn></AssumedRoleUser>" +
            $"<Credentials><AccessKeyId>{E(issued.AccessKeyId)}</AccessKeyId><SecretAccessKey>{E(issued.SecretAccessKey)}</SecretAccessKey>" +
            $"<SessionToken>{E(issued.SessionToken)}</SessionToken><Expiration>{expiration}</Expiration></Credentials>" +
            $"</{action}Result><ResponseMetadata><RequestId>{requestId}</RequestId></ResponseMetadata></{action}Response>";
        await ResponseWriter.WriteAsync(ctx, requestId, 200, xml, "text/xml", ctx.RequestAborted).ConfigureAwait(false);
        return 200;
    }

    private static async Task<int> ErrorAsync(HttpContext ctx, string requestId, int status, string code, string message)
    {
        var xml = $"<ErrorResponse xmlns=\"{Namespace}\"><Error><Type>Sender</Type><Code>{code}</Code><Message>{E(message)}</Message></Error>" +
                  $"<RequestId>{requestId}</RequestId></ErrorResponse>";
        await ResponseWriter.WriteAsync(ctx, requestId, status, xml, "text/xml", ctx.RequestAborted).ConfigureAwait(false);
        return status;
    }

    private static string E(string value) => SecurityElement.Escape(value) ?? "";
}
