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
        var minutes = Math.Max(1, (int)Math.Ceiling(seconds / 60.0));
        await response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>操作过于频繁</title>
            <link rel="stylesheet" href="/lib/bootstrap/bootstrap.trimmed.min.css"></head>
            <body><main class="container py-5" id="too-many-requests">
            <h1 class="h3">操作过于频繁，请稍后再试</h1>
            <p>为防止滥用，同一网络地址在一段时间内的提交和查询次数有限制。请约 {{minutes}} 分钟后再试。</p>
            <p>您填写的内容没有提交。如需帮助，请联系市人大常委会办公厅。</p>
            <p><a href="/">返回首页</a></p>
            </main></body></html>
            """, ct);
    }
}
