using System.ComponentModel;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.OpenData.Kinds;

[Description("公开征求意见的法规草案（立法法第四十条）：征求意见期间、起草说明、草案条文；意见采纳情况公布后另有各条的意见数字和说明。不含任何意见的内容、提出人姓名或联系方式。")]
public sealed record DraftDocument : ApiObject
{
    [Description("草案名称。")] public required string Title { get; init; }
    [Description("所属立法项目的名称；没有时为 null。")] public string? Project { get; init; }
    [Description("起草说明；没有时为 null。")] public string? Explanation { get; init; }
    [Description("阶段：open 征求意见中（截止时间 closes_at 之后即已结束，无论此项是否已变化），closed 征求意见已结束，outcome_published 已公布意见采纳情况。")]
    public required DraftPhase Phase { get; init; }
    [Description("开始征求意见的时间。")] public DateTimeOffset? OpensAt { get; init; }
    [Description("征求意见的最后一天（北京时间）。")] public required DateOnly LastDay { get; init; }
    [Description("征求意见截止的时刻（最后一天结束，或提前结束的时刻）。")] public DateTimeOffset? ClosesAt { get; init; }
    [Description("提前结束的时间；没有时为 null。")] public DateTimeOffset? ClosedEarlyAt { get; init; }
    [Description("提前结束的理由；没有时为 null。")] public string? ClosedEarlyReason { get; init; }
    [Description("延长征求意见期限的记录，按时间。")] public required IReadOnlyList<DraftExtensionDocument> Extensions { get; init; }
    [Description("草案条文，按顺序。")] public required IReadOnlyList<StatuteArticleDocument> Articles { get; init; }
    [Description("意见采纳情况；尚未公布时为 null。")] public DraftOutcomeDocument? Outcome { get; init; }
}

[Description("一次延长征求意见期限。")]
public sealed record DraftExtensionDocument
{
    [Description("延长到的最后一天。")] public required DateOnly ToLastDay { get; init; }
    [Description("延长的理由。")] public required string Reason { get; init; }
}

[Description("意见采纳情况（只计经审核的意见）。")]
public sealed record DraftOutcomeDocument
{
    [Description("公布时间。")] public DateTimeOffset? PublishedAt { get; init; }
    [Description("采纳情况的总体说明。")] public required string Summary { get; init; }
    [Description("全部意见的数字。")] public required DraftFiguresDocument Figures { get; init; }
    [Description("各条的意见数字和采纳情况说明：先草案整体（article 为 null），再按条文顺序；只列收到意见或有说明的条。")]
    public required IReadOnlyList<DraftArticleOutcomeDocument> Articles { get; init; }
}

[Description("意见数字。")]
public sealed record DraftFiguresDocument
{
    [Description("收到意见（经审核）的条数。")] public required int Received { get; init; }
    [Description("有效意见的条数。")] public required int Valid { get; init; }
    [Description("采纳的条数（含部分采纳）。")] public required int Adopted { get; init; }
    [Description("其中部分采纳的条数。")] public required int PartlyAdopted { get; init; }
}

[Description("一条（或草案整体）的意见采纳情况。")]
public sealed record DraftArticleOutcomeDocument
{
    [Description("条的序号，如“第三条”；针对草案整体的为 null。")] public string? Article { get; init; }
    [Description("意见数字。")] public required DraftFiguresDocument Figures { get; init; }
    [Description("采纳情况说明；没有时为 null。")] public string? Note { get; init; }
}

public sealed class DraftsKind : OpenDataKind
{
    public override string Name => "drafts";
    public override string TypeName => "draft";
    public override string Title => "法规草案征求意见";
    public override string Description => "公开征求意见的法规草案：名称、所属立法项目、起草说明、征求意见的起止时间和延长、提前结束情况、草案条文；"
        + "意见采纳情况公布后，另有总体说明、意见数字（只计经审核的意见）和各条的采纳情况说明。"
        + "准备中的草案不列；任何意见的内容、提出人的姓名和联系方式都不公开。";
    public override Type DocumentType => typeof(DraftDocument);

    // The project's title is shown with its drafts: renaming the project changes them.
    public override IReadOnlyList<OpenDataSource> Sources { get; } =
    [
        OpenDataSource.Of<OpenDraft>(d => d.Id),
        OpenDataSource.OfMany<LegislationRecord>((db, r) => db.Set<OpenDraft>().AsNoTracking().Where(d => d.RecordId == r.Id).Select(d => d.Id).ToList()),
    ];

    public override IQueryable<int> PublicIds(AppDbContext db) => DraftStore.Published(db.OpenDrafts).Select(d => d.Id);

    public override async Task<IReadOnlyDictionary<int, ApiObject>> ProjectAsync(AppDbContext db, IReadOnlyList<int> ids, OpenDataLinks links, CancellationToken ct)
    {
        var published = DraftStore.Published(db.OpenDrafts.AsNoTracking()).Where(d => ids.Contains(d.Id));
        // The draft's own public columns only; comments are read as the published tallies, never row by row.
        var drafts = await published
            .Select(d => new
            {
                d.Id, d.Title, d.Explanation, d.TextJson, d.Status, d.OpenedAt, d.LastDay, d.ClosesAt, d.ClosedEarlyAt, d.ClosedEarlyReason,
                d.OutcomeSummary, d.OutcomePublishedAt, d.ArticleAnchors,
                Project = db.LegislationRecords.Where(r => r.Id == d.RecordId).Select(r => r.Title).FirstOrDefault(),
                Extensions = d.DeadlineChanges.Where(c => c.Kind == DraftDeadlineChangeKind.Extended).OrderBy(c => c.At)
                    .Select(c => new DraftExtensionDocument { ToLastDay = c.ToLastDay, Reason = c.Reason }).ToList(),
                Notes = d.ArticleNotes.Select(n => new { n.ArticleAnchor, n.Note }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        if (drafts.Count == 0) return new Dictionary<int, ApiObject>();
        var withOutcome = drafts.Where(d => d.OutcomePublishedAt is not null).Select(d => d.Id).ToList();
        var figures = withOutcome.Count == 0
            ? new Dictionary<int, IReadOnlyDictionary<string, DraftCommentFigures>>()
            : await DraftStore.FiguresByArticleAsync(db, withOutcome, ct);
        return drafts.ToDictionary(d => d.Id, d =>
        {
            var page = links.Page("/Drafts/Details", new { id = d.Id });
            DraftOutcomeDocument? outcome = null;
            if (d.OutcomePublishedAt is not null)
            {
                // As the public page's table: the draft as a whole first, then the articles, each with checked comments or a note.
                var byArticle = figures.GetValueOrDefault(d.Id) ?? new Dictionary<string, DraftCommentFigures>();
                var notes = d.Notes.ToDictionary(n => n.ArticleAnchor, n => n.Note);
                outcome = new DraftOutcomeDocument
                {
                    PublishedAt = d.OutcomePublishedAt, Summary = d.OutcomeSummary ?? "",
                    Figures = Figures(byArticle.Values.Aggregate(DraftCommentFigures.None, (a, b) => a + b)),
                    Articles = [.. d.ArticleAnchors.Prepend("")
                        .Select(anchor => (Anchor: anchor, Figures: byArticle.GetValueOrDefault(anchor, DraftCommentFigures.None), Note: notes.GetValueOrDefault(anchor)))
                        .Where(row => row.Figures.Checked > 0 || row.Note is not null)
                        .Select(row => new DraftArticleOutcomeDocument { Article = row.Anchor.Length == 0 ? null : row.Anchor, Figures = Figures(row.Figures), Note = row.Note })],
                };
            }
            return (ApiObject)new DraftDocument
            {
                Id = OpenDataLinks.Of(Name, d.Id), Type = TypeName, Web = page,
                Title = d.Title, Project = d.Project, Explanation = d.Explanation, Phase = d.Status,
                OpensAt = d.OpenedAt, LastDay = d.LastDay, ClosesAt = d.ClosesAt, ClosedEarlyAt = d.ClosedEarlyAt, ClosedEarlyReason = d.ClosedEarlyReason,
                Extensions = d.Extensions,
                Articles = StatuteArticleDocument.Of(StatuteText.FromJson(d.TextJson), page),
                Outcome = outcome,
            };
        });
    }

    private static DraftFiguresDocument Figures(DraftCommentFigures figures) => new()
    {
        Received = figures.Checked, Valid = figures.Counted, Adopted = figures.AdoptedTotal, PartlyAdopted = figures.PartlyAdopted,
    };
}
