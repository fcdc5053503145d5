using System.ComponentModel;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace CongressPortal.Web.OpenData;

/// <summary>
/// The open data API (issue 18, ADR 0026): <c>/api/v1</c>, read-only JSON of what the portal publishes, served from the
/// index (<see cref="OpenDataObject"/>). Every list is read in (modified, id) order with a cursor (<c>after</c>) and an
/// optional <c>modified_since</c>; withdrawn objects stay in lists as tombstones. ETag and If-None-Match, Cache-Control,
/// compression (the anonymous pipeline), CORS for GET, problem+json errors, and the per-address limit (RateLimits).
/// </summary>
public static class OpenDataApi
{
    public const string CorsPolicy = "open-data";
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;
    public const string OpenApiPath = OpenDataLinks.Root + "/openapi.json";

    /// <summary>Lists and objects may be kept a minute by caches and browsers; a mirror revalidates with its ETag.</summary>
    public const string CacheControl = "public, max-age=60";

    public static IServiceCollection AddOpenData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<OpenDataLinks>();
        services.AddSingleton<OpenDataKinds>();
        services.AddSingleton<OpenDataWriter>();
        services.AddSingleton<OpenDataChangeCapture>();
        services.AddScoped<OpenDataIndexer>();
        Kinds.OpenDataKindRegistration.AddKinds(services);
        OpenDataWorker.Register(services, configuration);
        services.ConfigureHttpJsonOptions(o => OpenDataJson.Configure(o.SerializerOptions));
        services.AddCors(o => o.AddPolicy(CorsPolicy, p => p.AllowAnyOrigin().WithMethods("GET")
            .WithHeaders(HeaderNames.IfNoneMatch, HeaderNames.Accept).WithExposedHeaders(HeaderNames.ETag, HeaderNames.RetryAfter)));
        services.AddOpenApi("v1", OpenDataOpenApi.Configure);
        return services;
    }

    public static WebApplication MapOpenData(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup(OpenDataLinks.Root).AllowAnonymous().RequireCors(CorsPolicy).WithTags("开放数据");
        api.MapGet("/", Index).WithName("index").WithSummary("接口目录")
            .WithDescription("列出全部数据集（列表地址、说明）、OpenAPI 文档和 Atom 订阅源的地址。")
            .Produces<ApiDirectory>(StatusCodes.Status200OK);
        var kinds = app.Services.GetRequiredService<OpenDataKinds>();
        foreach (var kind in kinds.All) MapKind(api, kind);
        // Any other address under /api: a problem, not the HTML 404 page.
        app.MapFallback("/api/{**rest}", (HttpContext http) => Problem(StatusCodes.Status404NotFound, "地址不存在",
            "接口中没有这个地址。全部数据集见 " + Origin(http) + OpenDataLinks.Root + "。", http)).AllowAnonymous().RequireCors(CorsPolicy);
        app.MapOpenApi(OpenApiPath).AllowAnonymous().RequireCors(CorsPolicy).CacheOutput(p => p.Expire(TimeSpan.FromHours(1)));
        return app;
    }

    private static void MapKind(RouteGroupBuilder api, OpenDataKind kind)
    {
        var page = typeof(ApiPage<>).MakeGenericType(kind.DocumentType);
        api.MapGet($"/{kind.Name}", (HttpContext http, AppDbContext db, OpenDataWriter writer,
                [FromQuery(Name = "modified_since"), Description("只列出在此时间及以后变化（含撤回）的对象，ISO 8601 时间，如 2026-12-01T00:00:00Z。")] string? modifiedSince,
                [FromQuery(Name = "after"), Description("翻页游标：取上一页 links.next 中的值，不要自行构造。")] string? after,
                [FromQuery(Name = "limit"), Description("每页条数，1 至 500，默认 100。")] string? limit,
                CancellationToken ct) => ListAsync(http, db, writer, kind, modifiedSince, after, limit, ct))
            .WithName($"list-{kind.Name}")
            .WithSummary($"{kind.Title}列表")
            .WithDescription(kind.Description + " 按 modified、id 升序排列，每页附 links.next；已撤回或删除的对象以墓碑（deleted: true）保留在列表中。")
            .Produces(StatusCodes.Status200OK, page, "application/json")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapGet($"/{kind.Name}/{{id}}", (HttpContext http, AppDbContext db, OpenDataWriter writer,
                [Description("对象编号（对象 id 地址的最后一段）。")] string id, CancellationToken ct) => ObjectAsync(http, db, writer, kind, id, ct))
            .WithName($"get-{kind.TypeName}")
            .WithSummary($"单个{kind.Title}")
            .WithDescription($"{kind.Title}的完整公开内容。已撤回或删除的对象答复 410 和 problem+json（其中 deleted、modified 两项）。")
            .Produces(StatusCodes.Status200OK, kind.DocumentType, "application/json")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    private static IResult Index(HttpContext http, OpenDataKinds kinds, LinkGenerator links)
    {
        var origin = Origin(http);
        var directory = new ApiDirectory(
            "示例市人大常委会开放数据接口",
            "v1",
            origin + (links.GetPathByPage("/Developers/Index") ?? "/Developers"),
            origin + OpenApiPath,
            [.. kinds.All.Select(k => new ApiDataset(k.Name, k.Title, k.Description, origin + OpenDataLinks.Root + "/" + k.Name))],
            [.. PublicFeeds.All.Select(f => new ApiFeed(f.Title, origin + (links.GetPathByPage(f.Page) ?? f.Page)))]);
        var (buffer, writer) = OpenDataWriter.NewResponse();
        JsonSerializer.Serialize(writer, directory, OpenDataJson.Options);
        writer.Flush();
        return Respond(http, buffer.WrittenMemory);
    }

    private static async Task<IResult> ListAsync(HttpContext http, AppDbContext db, OpenDataWriter writer, OpenDataKind kind,
        string? modifiedSince, string? after, string? limit, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        DateTimeOffset? since = null;
        if (!string.IsNullOrWhiteSpace(modifiedSince))
        {
            if (DateTimeOffset.TryParse(modifiedSince, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)) since = parsed.ToUniversalTime();
            else errors["modified_since"] = ["modified_since 应为 ISO 8601 时间，如 2026-12-01T08:00:00Z。"];
        }
        var size = DefaultLimit;
        if (!string.IsNullOrWhiteSpace(limit) && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxLimit))
        {
            errors["limit"] = [$"limit 应为 1 至 {MaxLimit} 之间的整数。"];
        }
        Cursor? cursor = null;
        if (!string.IsNullOrWhiteSpace(after))
        {
            cursor = Cursor.Parse(after);
            if (cursor is null) errors["after"] = ["after 不是有效的翻页游标，请使用上一页 links.next 中的地址。"];
        }
        if (errors.Count > 0)
        {
            return Problem(StatusCodes.Status400BadRequest, "请求参数有误", "请按 errors 中的说明修改参数后重试。", http, new() { ["errors"] = errors });
        }

        var rows = db.Set<OpenDataObject>().AsNoTracking().Where(o => o.Kind == kind.Name);
        if (since is { } from) rows = rows.Where(o => o.Modified >= from);
        if (cursor is { } c) rows = rows.Where(o => o.Modified >= c.Modified && (o.Modified > c.Modified || o.ObjectId > c.ObjectId));
        var found = await rows.OrderBy(o => o.Modified).ThenBy(o => o.ObjectId).Take(size + 1)
            .Select(o => new OpenDataWriter.StoredRow(o.ObjectId, o.Created, o.Modified, o.Deleted, o.Body))
            .ToListAsync(ct);
        var more = found.Count > size;
        if (more) found.RemoveAt(size);

        var origin = Origin(http);
        var listUrl = origin + OpenDataLinks.Root + "/" + kind.Name;
        var query = new List<KeyValuePair<string, string?>>();
        if (since is not null) query.Add(new("modified_since", modifiedSince!.Trim()));
        if (size != DefaultLimit) query.Add(new("limit", size.ToString(CultureInfo.InvariantCulture)));
        var first = listUrl + QueryString(query);
        string? next = more ? listUrl + QueryString([.. query, new("after", new Cursor(found[^1].Modified, found[^1].ObjectId).ToString())]) : null;

        var (buffer, json) = OpenDataWriter.NewResponse();
        json.WriteStartObject();
        json.WriteStartArray("data");
        foreach (var row in found) writer.WriteObject(json, kind, row, origin);
        json.WriteEndArray();
        json.WriteStartObject("pagination");
        json.WriteNumber("limit", size);
        json.WriteNumber("elements", found.Count);
        if (since is { } s) json.WriteString("modified_since", OpenDataWriter.Stamp(s));
        else json.WriteNull("modified_since");
        json.WriteEndObject();
        json.WriteStartObject("links");
        json.WriteString("self", listUrl + http.Request.QueryString.Value);
        json.WriteString("first", first);
        if (next is null) json.WriteNull("next");
        else json.WriteString("next", next);
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        return Respond(http, buffer.WrittenMemory);
    }

    private static async Task<IResult> ObjectAsync(HttpContext http, AppDbContext db, OpenDataWriter writer, OpenDataKind kind, string id, CancellationToken ct)
    {
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var objectId) || objectId <= 0)
        {
            return Problem(StatusCodes.Status404NotFound, "对象不存在", $"没有编号为 {Truncate(id)} 的{kind.Title}。", http);
        }
        var row = await db.Set<OpenDataObject>().AsNoTracking()
            .Where(o => o.Kind == kind.Name && o.ObjectId == objectId)
            .Select(o => new OpenDataWriter.StoredRow(o.ObjectId, o.Created, o.Modified, o.Deleted, o.Body))
            .SingleOrDefaultAsync(ct);
        if (row is null) return Problem(StatusCodes.Status404NotFound, "对象不存在", $"没有编号为 {objectId} 的已公开{kind.Title}。", http);
        if (row.Deleted)
        {
            return Problem(StatusCodes.Status410Gone, "对象已撤回", $"该{kind.Title}已撤回公开或已删除。", http,
                new() { ["deleted"] = true, ["modified"] = OpenDataWriter.Stamp(row.Modified) });
        }
        var (buffer, json) = OpenDataWriter.NewResponse();
        writer.WriteObject(json, kind, row, Origin(http));
        json.Flush();
        return Respond(http, buffer.WrittenMemory);
    }

    /// <summary>200 with the body, its ETag and Cache-Control; 304 without a body when the client holds the same.</summary>
    private static IResult Respond(HttpContext http, ReadOnlyMemory<byte> body)
    {
        var etag = $"W/\"{Convert.ToHexStringLower(SHA256.HashData(body.Span))[..32]}\"";
        var headers = http.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = CacheControl;
        headers.Vary = HeaderNames.AcceptEncoding;
        if (Matches(http.Request.Headers.IfNoneMatch, etag)) return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(body.ToArray(), "application/json; charset=utf-8");
    }

    /// <summary>If-None-Match against our ETag, with the framework's parser and weak comparison (RFC 9110 §13.1.2); * matches.</summary>
    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag) =>
        EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
        && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(EntityTagHeaderValue.Parse(etag), useStrongComparison: false));

    /// <summary>An RFC 9457 problem in Chinese, with the request's path as its instance.</summary>
    public static IResult Problem(int status, string title, string detail, HttpContext http, Dictionary<string, object?>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers.CacheControl = "no-store";
        return Results.Problem(detail, http.Request.Path + http.Request.QueryString, status, title,
            $"https://www.rfc-editor.org/rfc/rfc9110#status.{status}", extensions);
    }

    /// <summary>Failures under /api answer problem+json, never the HTML error page: 503 with Retry-After when the database is away.</summary>
    public static void UseOpenDataErrors(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWhen(context => RateLimits.IsApi(context.Request), api => api.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = async context =>
            {
                var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
                var unreachable = Pages.ErrorModel.DatabaseUnreachable(error);
                var status = unreachable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
                if (unreachable) context.Response.Headers.RetryAfter = Pages.ErrorModel.DatabaseRetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                context.Response.StatusCode = status;
                var result = unreachable
                    ? Problem(status, "服务暂时不可用", "数据库暂时无法连接，请稍后重试。", context)
                    : Problem(status, "服务器内部错误", $"请求未能完成。如问题持续，请联系市人大常委会办公厅并提供编号 {context.TraceIdentifier}。", context);
                await result.ExecuteAsync(context);
            },
        }));
    }

    private static string Truncate(string value) => value.Length > 20 ? value[..20] + "…" : value;

    /// <summary>Links are made on the public host (Portal:PublicBaseUrl), or the request's own in development.</summary>
    private static string Origin(HttpContext http) => http.Request.PublicUrl("");

    private static string QueryString(List<KeyValuePair<string, string?>> query) =>
        query.Count == 0 ? "" : Microsoft.AspNetCore.Http.QueryString.Create(query).Value!;

    /// <summary>Where a page ended: the last row's modified (microseconds since 1970) and id, as <c>1765000000000000-57</c>.</summary>
    internal readonly record struct Cursor(DateTimeOffset Modified, int ObjectId)
    {
        public override string ToString() =>
            $"{(Modified.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10}-{ObjectId}".ToString(CultureInfo.InvariantCulture);

        public static Cursor? Parse(string value)
        {
            var parts = value.Split('-');
            if (parts.Length != 2
                || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var micros)
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                || micros > (DateTimeOffset.MaxValue.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10) return null;
            return new Cursor(DateTimeOffset.UnixEpoch.AddTicks(micros * 10), id);
        }
    }
}

[Description("一页列表：data 为对象（含墓碑），links.next 为下一页地址（没有下一页时为 null）。")]
public sealed record ApiPage<T>(
    [property: Description("本页的对象，按 modified、id 升序。")] IReadOnlyList<T> Data,
    [property: Description("本页的参数和条数。")] ApiPagination Pagination,
    [property: Description("本页、第一页和下一页的地址。")] ApiPageLinks Links);

public sealed record ApiPagination(
    [property: Description("每页条数上限。")] int Limit,
    [property: Description("本页条数。")] int Elements,
    [property: Description("本次请求的 modified_since（UTC），未指定时为 null。")] DateTimeOffset? ModifiedSince);

public sealed record ApiPageLinks(
    [property: Description("本页地址。")] string Self,
    [property: Description("第一页地址（同样的筛选条件）。")] string First,
    [property: Description("下一页地址；为 null 表示已是最后一页。镜像同步时，记下最后一个对象的 modified，下次用作 modified_since。")] string? Next);

[Description("接口目录。")]
public sealed record ApiDirectory(
    [property: Description("接口名称。")] string Name,
    [property: Description("接口版本。")] string Version,
    [property: Description("说明页（开放数据）地址。")] string Documentation,
    [property: Description("OpenAPI 文档地址。")] string OpenApi,
    [property: Description("全部数据集。")] IReadOnlyList<ApiDataset> Datasets,
    [property: Description("Atom 订阅源。")] IReadOnlyList<ApiFeed> Feeds);

public sealed record ApiDataset(
    [property: Description("列表路径名。")] string Name,
    [property: Description("中文名称。")] string Title,
    [property: Description("公开范围说明。")] string Description,
    [property: Description("列表地址。")] string Url);

public sealed record ApiFeed(
    [property: Description("订阅源名称。")] string Title,
    [property: Description("订阅源地址。")] string Url);
