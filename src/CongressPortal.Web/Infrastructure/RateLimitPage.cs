using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CongressPortal.Web.Infrastructure;

/// <summary>
/// What a request refused by a rate limit gets: 429 with <c>Retry-After</c> (seconds) and a short page in Chinese saying
/// when to try again. Written here, outside the page pipeline, so the refusal costs no database or view work.
/// </summary>
public static class RateLimitPage
{
    public static async ValueTask WriteAsync(OnRejectedContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        response.ContentType = "text/html; charset=utf-8";
        if (RateLimits.IsApi(context.HttpContext.Request))
        {
            // The API's callers are programs: a problem+json body (RFC 9457) they can read, in Chinese for whoever logs it.
            response.ContentType = "application/problem+json; charset=utf-8";
            await response.WriteAsync($$"""
                {"type":"https://tools.ietf.org/html/rfc6585#section-4","title":"请求过于频繁","status":429,"detail":"同一网络地址的请求次数超过限制，请在 {{seconds}} 秒后重试。","retryAfter":{{seconds}}}
                """, ct);
            return;
        }
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>操作过于频繁</title>
            <link rel="stylesheet" href="/lib/bootstrap/bootstrap.trimmed.min.css"></head>
            <body><main class="container py-5" id="too-many-requests">
            <h1 class="h3">操作过于频繁，请稍后再试</h1>
            <p>为防止滥用，同一网络地址在一段时间内的提交和查询次数有限制。请等待 <strong id="retry-after">{{Wait(seconds)}}</strong> 后再试。</p>
            <p>您填写的内容没有提交。如需帮助，请联系市人大常委会办公厅。</p>
            <p><a href="/">返回首页</a></p>
            </main></body></html>
            """, ct);
    }

    /// <summary>"45 秒", "2 分钟": how long to wait, in the unit a reader takes in at a glance.</summary>
    internal static string Wait(int seconds) =>
        seconds < 120 ? $"{seconds} 秒" : $"{(int)Math.Ceiling(seconds / 60.0)} 分钟";
}
