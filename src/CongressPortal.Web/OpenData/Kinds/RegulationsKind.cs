using System.ComponentModel;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.OpenData.Kinds;

[Description("法规库中公开的一部地方性法规：历次公开的版本（含公告）、最新公开版本的条文；已废止的法规仍然列出，并附废止情况。")]
public sealed record RegulationDocument : ApiObject
{
    [Description("法规名称（最新公开版本的名称）。")] public required string Title { get; init; }
    [Description("立法领域：urban_rural 城乡建设与管理，ecology 生态文明建设，heritage 历史文化保护，grassroots_governance 基层治理。")]
    public required LegislativeField Field { get; init; }
    [Description("立法领域的中文名称。")] public required string FieldLabel { get; init; }
    [Description("首次施行日期。")] public DateOnly? FirstEffectiveOn { get; init; }
    [Description("最近一次公布日期。")] public DateOnly? LastPromulgatedOn { get; init; }
    [Description("废止情况；未废止时为 null。是否已失效请比较 repeal.repealed_on 与当天日期。")] public RegulationRepealDocument? Repeal { get; init; }
    [Description("历次公开的版本，按版次。某一天施行的版本是施行日期不晚于当天的最后一版。")] public required IReadOnlyList<RegulationVersionDocument> Versions { get; init; }
    [Description("articles 所属的版次：最新公开的版本（可能尚未施行）。")] public required int ArticlesVersion { get; init; }
    [Description("最新公开版本的条文，按顺序。")] public required IReadOnlyList<StatuteArticleDocument> Articles { get; init; }
}

[Description("法规的一个公开版本。")]
public sealed record RegulationVersionDocument
{
    [Description("版次，从 1 起。")] public required int Number { get; init; }
    [Description("本版的法规名称。")] public required string Title { get; init; }
    [Description("本版的来由：enact 制定，amend 修改，revise 修订或修正。")] public required LegislationKind Kind { get; init; }
    [Description("来由的中文名称。")] public required string KindLabel { get; init; }
    [Description("公告编号。")] public required string AnnouncementNumber { get; init; }
    [Description("通过日期；没有时为 null。")] public DateOnly? PassedOn { get; init; }
    [Description("批准日期；没有时为 null。")] public DateOnly? ApprovedOn { get; init; }
    [Description("公布日期。")] public required DateOnly PromulgatedOn { get; init; }
    [Description("施行日期。")] public required DateOnly EffectiveOn { get; init; }
    [Description("修改内容摘要；没有时为 null。")] public string? ChangeSummary { get; init; }
    [Description("条文数。")] public required int ArticleCount { get; init; }
    [ApiLink, Description("网站上本版全文的网页地址。")] public required string Web { get; init; }
}

[Description("法规的废止。")]
public sealed record RegulationRepealDocument
{
    [Description("废止公告编号。")] public required string AnnouncementNumber { get; init; }
    [Description("废止公告公布日期；没有时为 null。")] public DateOnly? PromulgatedOn { get; init; }
    [Description("废止生效日期；没有时为 null。")] public DateOnly? RepealedOn { get; init; }
    [Description("废止理由；没有时为 null。")] public string? Reason { get; init; }
}

public sealed class RegulationsKind : OpenDataKind
{
    public override string Name => "regulations";
    public override string TypeName => "regulation";
    public override string Title => "法规";
    public override string Description => "法规库中公开的地方性法规：名称、领域、历次公开的版本（版次、来由、公告编号、通过、批准、公布和施行日期、修改摘要）、"
        + "最新公开版本的条文（条号、所在章节、内容）和废止情况。已废止的法规仍然列出。尚未公开的版本和法规不列。";
    public override Type DocumentType => typeof(RegulationDocument);
    public override IReadOnlyList<OpenDataSource> Sources { get; } = [OpenDataSource.Of<Regulation>(r => r.Id)];
    public override IQueryable<int> PublicIds(AppDbContext db) => db.Regulations.Published().Select(r => r.Id);

    public override async Task<IReadOnlyDictionary<int, ApiObject>> ProjectAsync(AppDbContext db, IReadOnlyList<int> ids, OpenDataLinks links, CancellationToken ct)
    {
        var published = db.Regulations.AsNoTracking().Published().Where(r => ids.Contains(r.Id));
        var regulations = await published
            .Select(r => new
            {
                r.Id, r.Field, r.FirstEffectiveOn, r.LastPromulgatedOn, r.RepealAnnouncementNumber, r.RepealPromulgatedOn, r.RepealedOn, r.RepealReason,
            })
            .ToListAsync(ct);
        if (regulations.Count == 0) return new Dictionary<int, ApiObject>();
        // Published versions only: a version being prepared never leaves the database here.
        var versions = (await published.SelectMany(r => r.Versions).Where(v => v.PublishedAt != null)
            .OrderBy(v => v.Number)
            .Select(v => new
            {
                v.RegulationId, v.Number, v.Title, v.Kind, v.AnnouncementNumber, v.PassedOn, v.ApprovedOn, v.PromulgatedOn, v.EffectiveOn, v.ChangeSummary, v.ArticleCount,
            })
            .ToListAsync(ct)).ToLookup(v => v.RegulationId);
        // The text of the newest published version only (the one the library lists and searches).
        var latest = await published.SelectMany(r => r.Versions).Where(v => v.PublishedAt != null && v.IsLatest)
            .Select(v => new { v.RegulationId, v.Number, v.TextJson })
            .ToDictionaryAsync(v => v.RegulationId, ct);
        return regulations.ToDictionary(r => r.Id, r =>
        {
            var current = latest[r.Id];
            var page = links.Page("/Regulations/Details", new { id = r.Id });
            var versionPage = links.Page("/Regulations/Details", new { id = r.Id, version = current.Number });
            var list = versions[r.Id].ToList();
            return (ApiObject)new RegulationDocument
            {
                Id = OpenDataLinks.Of(Name, r.Id), Type = TypeName, Web = page,
                Title = list[^1].Title, Field = r.Field, FieldLabel = LegislationWorkflow.FieldLabel(r.Field),
                FirstEffectiveOn = r.FirstEffectiveOn, LastPromulgatedOn = r.LastPromulgatedOn,
                Repeal = r.RepealAnnouncementNumber is { } announcement
                    ? new RegulationRepealDocument { AnnouncementNumber = announcement, PromulgatedOn = r.RepealPromulgatedOn, RepealedOn = r.RepealedOn, Reason = r.RepealReason }
                    : null,
                Versions = [.. list.Select(v => new RegulationVersionDocument
                {
                    Number = v.Number, Title = v.Title, Kind = v.Kind, KindLabel = LegislationWorkflow.KindLabel(v.Kind), AnnouncementNumber = v.AnnouncementNumber,
                    PassedOn = v.PassedOn, ApprovedOn = v.ApprovedOn, PromulgatedOn = v.PromulgatedOn, EffectiveOn = v.EffectiveOn,
                    ChangeSummary = v.ChangeSummary, ArticleCount = v.ArticleCount,
                    Web = links.Page("/Regulations/Details", new { id = r.Id, version = v.Number }),
                })],
                ArticlesVersion = current.Number,
                // The library's own parsing of the stored lines into articles, chapters and sections.
                Articles = StatuteArticleDocument.Of(StatuteText.FromJson(current.TextJson), versionPage),
            };
        });
    }
}
