using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Domain.Reports;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Pages.Suggestions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages;

/// <summary>
/// The home page leads with what is current: the latest published work report, the drafts open for comment, the coming
/// receptions at the liaison stations, the latest published replies to deputies' suggestions and the latest notices —
/// one query per block, no per-item loops. Below them, the sections of the portal (only those that are built).
/// Cached under <see cref="PublicPageCache.Home"/>, which every data tag evicts; the page also bounds its cache life by the end
/// of the next reception it shows.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.Home)]
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    public const int Items = 5;

    public sealed record SectionCard(string Key, string Title, string Page, string Description);

    public static IReadOnlyList<SectionCard> Sections { get; } =
    [
        new("notices", "通知公告", "/Notices/Index", "市人大常委会发布的会议通知、征求意见和公示公告，可订阅更新。"),
        new("reports", "常委会工作报告", "/Reports/Index", "历年市人大常委会工作报告全文，可按年份阅读、检索和比较主要数据。"),
        new("deputies", "代表名录", "/Deputies/Index", "市人大代表的基本情况和履职信息，可按姓名、代表团查询。"),
        new("stations", "代表联络站", "/Stations/Index", "查找身边的代表联络站、代表之家，了解接待日安排和进站代表。"),
        new("regulations", "法规库", "/Regulations/Index", "本市地方性法规全文及历次修改的版本和公告，标明现行有效、已修改、已废止；可检索、按条引用和打印。"),
        new("drafts", "立法征求意见", "/Drafts/Index", "正在公开征求意见的法规草案：逐条阅读，对某一条或草案整体提出意见，凭回执码查询意见是否被采纳。"),
        new("suggestions", "建议办理公开", "/Suggestions/Index", "代表建议的办理答复公开：建议编号、标题、承办单位和答复内容。"),
        new("proposals", "议案", "/Proposals/Index", "代表联名和有关机关向大会提出的议案，大会主席团的处理决定和专门委员会的审议结果。"),
        new("supervision", "监督工作", "/Supervision/Index", "年度监督工作计划，听取审议的专项工作报告、审议意见和问题清单，以及每个问题的整改销号情况。"),
    ];

    public Current View { get; private set; } = Current.Empty;

    public async Task OnGetAsync(CancellationToken ct)
    {
        View = await handler.HandleAsync(ct);
        // A reception stops being upcoming when it ends: the page is not kept (if cached) past that moment.
        PublicPageCache.ExpireBy(HttpContext, View.Receptions.Count == 0 ? null : View.Receptions.Min(r => r.EndsAt), View.Now);
    }

    public sealed record LatestReport(int Year, string Title);

    public sealed record OpenDraftRow(int Id, string Title, DateOnly LastDay, int DaysLeft);

    public sealed record Reception(int StationId, string StationName, DateOnly Date, TimeOnly Start, TimeOnly End, string Deputies, DateTimeOffset EndsAt);

    public sealed record Reply(int SuggestionId, string Number, string Title, DateTimeOffset PublishedAt);

    public sealed record Current(DateTimeOffset Now, LatestReport? Report, IReadOnlyList<OpenDraftRow> Drafts, IReadOnlyList<Reception> Receptions,
        IReadOnlyList<Reply> Replies, IReadOnlyList<NoticeRow> Notices)
    {
        public static Current Empty { get; } = new(default, null, [], [], [], []);
    }

    public sealed class Handler(AppDbContext db, NoticeStore notices, ReceptionNoticeQueries receptions, TimeProvider clock)
    {
        public async Task<Current> HandleAsync(CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var report = await db.WorkReports.AsNoTracking().Where(WorkReport.Public).OrderByDescending(r => r.Year)
                .Select(r => new LatestReport(r.Year, r.Title)).FirstOrDefaultAsync(ct);
            var drafts = await DraftStore.OpenAt(db.OpenDrafts.AsNoTracking(), now).OrderBy(d => d.ClosesAt).ThenBy(d => d.Id).Take(Items)
                .Select(d => new { d.Id, d.Title, d.LastDay }).ToListAsync(ct);
            var upcoming = (await receptions.UpcomingAsync(ct: ct)).Take(Items)
                .Select(r => new Reception(r.StationId, r.StationName, r.Date, r.Start, r.End, string.Join("、", r.Deputies.Select(d => d.Name)),
                    ChinaTime.At(r.Date, r.End)))
                .ToList();
            // Newest published replies first, read backwards from the index of published replies by date (not a maximum over
            // every disclosed suggestion); a suggestion answered by several units appears once, at its newest reply.
            var recent = await db.Suggestions.AsNoTracking().Disclosed()
                .SelectMany(s => s.Assignments.SelectMany(a => a.Replies).Where(r => r.IsPublished && r.ReviewedAt != null)
                    .Select(r => new { s.Id, s.Number, s.Title, At = r.ReviewedAt!.Value }))
                .OrderByDescending(r => r.At).ThenByDescending(r => r.Id).Take(Items * 4).ToListAsync(ct);
            var replies = recent.DistinctBy(r => r.Id).Take(Items);
            var latest = await notices.LatestAsync(Items, ct);
            return new Current(now, report,
                [.. drafts.Select(d => new OpenDraftRow(d.Id, d.Title, d.LastDay, PublicDrafts.DaysLeft(d.LastDay, now)))],
                upcoming,
                [.. replies.Select(r => new Reply(r.Id, r.Number, r.Title, r.At))],
                latest);
        }
    }
}
