using System.ComponentModel;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CongressPortal.Web.Data;

namespace CongressPortal.Web.OpenData;

/// <summary>
/// What every object of the API carries: its permanent address, its type, the portal page that shows it, when it first
/// appeared, when it last changed and whether it has been withdrawn.
/// </summary>
public abstract record ApiObject
{
    [JsonPropertyOrder(-10), ApiLink, Description("对象的永久地址（URL），也是它的唯一标识。")]
    public required string Id { get; init; }

    [JsonPropertyOrder(-9), Description("对象类型，如 deputy、suggestion。")]
    public required string Type { get; init; }

    [JsonPropertyOrder(-8), Description("对象首次公开的时间（ISO 8601，含时区）。")]
    public DateTimeOffset Created { get; init; }

    [JsonPropertyOrder(-7), Description("对象的公开内容最后一次变化（或撤回）的时间，modified_since 按它筛选。")]
    public DateTimeOffset Modified { get; init; }

    [JsonPropertyOrder(-6), Description("为 true 表示对象已撤回公开或已删除（墓碑），此时只有 id、type、created、modified、deleted 五项。")]
    public bool Deleted { get; init; }

    [JsonPropertyOrder(-5), ApiLink, Description("门户网站上展示该对象的网页地址；没有对应网页时为 null。")]
    public string? Web { get; init; }
}

/// <summary>A property holding a link (a site-relative path in storage, an absolute URL in every response).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ApiLinkAttribute : Attribute;

/// <summary>
/// One kind of published object (deputies, suggestions with their replies, regulations…): its path, what it is in
/// Chinese, which records it is made from, which of them are public, and how a public one becomes its document.
/// </summary>
public abstract class OpenDataKind
{
    /// <summary>The list's path segment under /api/v1: <c>deputies</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The <c>type</c> of its objects: <c>deputy</c>.</summary>
    public abstract string TypeName { get; }

    /// <summary>What the list holds, in Chinese: 代表.</summary>
    public abstract string Title { get; }

    /// <summary>What is published and what is not, in Chinese (OpenAPI and /Developers).</summary>
    public abstract string Description { get; }

    /// <summary>Raised when the document's shape or publication rule changes: the index rebuilds the kind at start-up.</summary>
    public virtual int Shape => 1;

    public abstract Type DocumentType { get; }

    /// <summary>
    /// For documents that depend on the date or on other records than their sources (upcoming receptions): how often the
    /// worker re-projects the whole kind. A document whose content did not change keeps its <c>modified</c>.
    /// </summary>
    public virtual TimeSpan? RefreshEvery => null;

    /// <summary>The records whose change (or the change of anything in their aggregate) may change an object, and which object.</summary>
    public abstract IReadOnlyList<OpenDataSource> Sources { get; }

    /// <summary>The ids of every object the public may read now (for a rebuild).</summary>
    public abstract IQueryable<int> PublicIds(AppDbContext db);

    /// <summary>
    /// The documents of those of <paramref name="ids"/> the public may read now; an id left out is not (or no longer) public
    /// and becomes a tombstone if it ever was.
    /// </summary>
    public abstract Task<IReadOnlyDictionary<int, ApiObject>> ProjectAsync(AppDbContext db, IReadOnlyList<int> ids, OpenDataLinks links, CancellationToken ct);
}

/// <summary>A record type that feeds a kind, and the object id it concerns (null: none).</summary>
public sealed record OpenDataSource(Type EntityType, Func<object, int?> ObjectId)
{
    /// <summary>
    /// For a record whose change concerns several objects of the kind (a plan's publication shows or hides all its topics):
    /// their ids, read in the saving context before the save (so a deleted record's objects are still found).
    /// </summary>
    public Func<Microsoft.EntityFrameworkCore.DbContext, object, IEnumerable<int>>? ObjectIds { get; private init; }

    public static OpenDataSource Of<T>(Func<T, int?> objectId) where T : class => new(typeof(T), e => objectId((T)e));

    public static OpenDataSource OfMany<T>(Func<Microsoft.EntityFrameworkCore.DbContext, T, IEnumerable<int>> objectIds) where T : class =>
        new(typeof(T), _ => null) { ObjectIds = (db, e) => objectIds(db, (T)e) };
}

/// <summary>The documents' JSON: snake_case names, enums as snake_case strings, Chinese written as it is.</summary>
public static class OpenDataJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions());

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.WriteIndented = false;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        return options;
    }
}

/// <summary>Site-relative addresses of API objects and portal pages, made without a request (the indexer runs in the background).</summary>
public sealed class OpenDataLinks(LinkGenerator links)
{
    public const string Root = "/api/v1";

    public static string Of(string kind, int id) => $"{Root}/{kind}/{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public static string? OfOptional(string kind, int? id) => id is { } value ? Of(kind, value) : null;

    /// <summary>A public page's path: <c>/Deputies/Details/5</c>.</summary>
    public string Page(string page, object? values = null, string? handler = null) =>
        links.GetPathByPage(page, handler, values) ?? throw new InvalidOperationException($"There is no page {page} to link to.");
}
