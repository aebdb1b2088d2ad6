using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ConnectMonitor.ConnectDouble;

/// <summary>Writes the double's HTTP answers: success bodies, errors, raw fault bodies.</summary>
internal static class ResponseWriter
{
    public const string RequestIdHeader = "x-amzn-RequestId";
    public const string ErrorTypeHeader = "x-amzn-ErrorType";

    /// <summary>HttpContext.Items key: the error code the request log records for the answer being written.</summary>
    public const string RecordedErrorCodeItem = "ConnectDouble.RecordedErrorCode";

    public static Task WriteErrorAsync(HttpContext ctx, string requestId, ConnectError error, CancellationToken ct)
    {
        var body = new Dictionary<string, string> { [error.MessageMember] = error.Message };
        ctx.Response.Headers[ErrorTypeHeader] = error.ErrorTypeHeader;
        ctx.Items[RecordedErrorCodeItem] = error.Code;
        return WriteAsync(ctx, requestId, error.Status, JsonSerializer.Serialize(body), "application/json", ct);
    }

    public static Task WriteSuccessAsync(HttpContext ctx, string requestId, MonitorResult result, CancellationToken ct)
    {
        var json = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["ContactId"] = result.ContactId,
            ["ContactArn"] = result.ContactArn,
        });
        return WriteAsync(ctx, requestId, 200, json, "application/json", ct);
    }

    /// <summary>Headers and the first half of a success body (Content-Length for all of it), flushed; the caller then aborts.</summary>
    public static Task WriteSuccessCutAsync(HttpContext ctx, string requestId, MonitorResult result, CancellationToken ct) =>
        WriteCutAsync(ctx, requestId, JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["ContactId"] = result.ContactId,
            ["ContactArn"] = result.ContactArn,
        }), ct);

    /// <summary>Headers and the first half of any 200 body (Content-Length for all of it), flushed; the caller then aborts.</summary>
    public static async Task WriteCutAsync(HttpContext ctx, string requestId, string body, CancellationToken ct)
    {
        var json = Encoding.UTF8.GetBytes(body);
        ctx.Response.StatusCode = 200;
        ctx.Response.Headers[RequestIdHeader] = requestId;
        ctx.Response.ContentType = "application/json";
        ctx.Response.ContentLength = json.Length;
        await ctx.Response.Body.WriteAsync(json.AsMemory(0, json.Length / 2), ct).ConfigureAwait(false);
        await ctx.Response.Body.FlushAsync(ct).ConfigureAwait(false);
    }

    public static async Task WriteAsync(HttpContext ctx, string requestId, int status, string body, string? contentType, CancellationToken ct)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.Headers[RequestIdHeader] = requestId;
        if (!string.IsNullOrEmpty(contentType)) ctx.Response.ContentType = contentType;
        var bytes = Encoding.UTF8.GetBytes(body);
        ctx.Response.ContentLength = bytes.Length;
        await ctx.Response.Body.WriteAsync(bytes, ct).ConfigureAwait(false);
    }
}

/// <summary>A successful MonitorContact answer.</summary>
internal sealed record MonitorResult(string ContactId, string ContactArn);
