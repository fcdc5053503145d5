using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages;

/// <summary>The friendly page for 404, 403 and 500. It shows a reference number and nothing of the failure itself.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }
    public string Heading { get; private set; } = "";
    public string Explanation { get; private set; } = "";
    public string? RequestId { get; private set; }

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    /// <summary>Seconds a reader (or a load balancer) is asked to wait when the database cannot be reached.</summary>
    public const int DatabaseRetryAfterSeconds = 10;

    /// <summary>Whether the failure is the database being unreachable (down, restarting, the network): 503, not a bug.</summary>
    internal static bool DatabaseUnreachable(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is Npgsql.NpgsqlException { IsTransient: true } or TimeoutException or System.Net.Sockets.SocketException) return true;
        }
        return false;
    }

    private void Describe(int? code)
    {
        var error = HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error;
        if (code is null && DatabaseUnreachable(error))
        {
            // Nothing was saved (a save that fails does not commit); the reader may simply try again in a moment.
            Code = StatusCodes.Status503ServiceUnavailable;
            (Heading, Explanation) = ("系统暂时无法访问", "数据库暂时无法连接，您这次的操作没有完成，填写的内容也没有保存。请稍等片刻后返回上一页重新提交。");
            RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
            Response.Headers.RetryAfter = DatabaseRetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Response.StatusCode = Code;
            return;
        }
        Code = code ?? StatusCodes.Status500InternalServerError;
        (Heading, Explanation) = Code switch
        {
            StatusCodes.Status404NotFound => ("页面不存在", "您要找的页面不存在或已被移除，请检查网址，或从首页重新进入。"),
            StatusCodes.Status403Forbidden => ("没有访问权限", "您的账号没有访问此页面的权限。如确需访问，请联系系统管理员。"),
            StatusCodes.Status400BadRequest => ("请求无效", "页面已过期或提交的内容无效，请返回上一页刷新后重试。"),
            StatusCodes.Status429TooManyRequests => ("操作过于频繁", "请稍候一分钟再试。"),
            StatusCodes.Status413PayloadTooLarge => ("上传的文件过大", "上传的文件超过了允许的大小，请压缩或拆分后重新上传。"),
            _ => ("系统出现错误", "很抱歉，系统暂时无法完成您的请求。请稍后再试；问题仍然存在时请联系管理员。"),
        };
        RequestId = Code >= 500 ? Activity.Current?.Id ?? HttpContext.TraceIdentifier : null;
        // Re-executed for a status code: keep it. Reached directly (/Error): a plain 404, not a 200.
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null
            && HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is null)
        {
            Code = StatusCodes.Status404NotFound;
            (Heading, Explanation) = ("页面不存在", "您要找的页面不存在或已被移除，请检查网址，或从首页重新进入。");
            RequestId = null;
        }
        Response.StatusCode = Code;
    }
}
