using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ConnectMonitor.ConnectDouble;

/// <summary>Answers SSO GetRoleCredentials (rest-json: GET /federation/credentials with the bearer token in a header).</summary>
internal sealed class SsoHandler(SsoDouble sso)
{
    /// <summary>True for requests this handler answers.</summary>
    public static bool Matches(HttpContext ctx) =>
        HttpMethods.IsGet(ctx.Request.Method) && ctx.Request.Path == "/federation/credentials";

    public async Task HandleAsync(HttpContext ctx)
    {
        var requestId = Guid.NewGuid().ToString();
        var account = ctx.Request.Query["account_id"].FirstOrDefault();
        var role = ctx.Request.Query["role_name"].FirstOrDefault();
        var token = ctx.Request.Headers["x-amz-sso_bearer_token"].FirstOrDefault();
        if (sso.HangFor(token) is { } hang)
        {
            try { await Task.Delay(hang, ctx.RequestAborted).ConfigureAwait(false); } catch (OperationCanceledException) { }
            ctx.Abort();
            sso.Record(new SsoCall(account, role, token, 0));
            return;
        }

        var issued = sso.Grant(token, account, role);
        int status;
        if (issued is null)
        {
            status = 401;
            ctx.Response.Headers[ResponseWriter.ErrorTypeHeader] = "UnauthorizedException";
            await ResponseWriter.WriteAsync(ctx, requestId, status,
                JsonSerializer.Serialize(new { message = "Session token not found or invalid" }), "application/json", ctx.RequestAborted).ConfigureAwait(false);
        }
        else
        {
            status = 200;
            var body = JsonSerializer.Serialize(new
            {
                roleCredentials = new
                {
                    accessKeyId = issued.AccessKeyId,
                    secretAccessKey = issued.SecretAccessKey,
                    sessionToken = issued.SessionToken,
                    expiration = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeMilliseconds(),
                },
            });
            await ResponseWriter.WriteAsync(ctx, requestId, status, body, "application/json", ctx.RequestAborted).ConfigureAwait(false);
        }

        sso.Record(new SsoCall(account, role, token, status));
    }
}
