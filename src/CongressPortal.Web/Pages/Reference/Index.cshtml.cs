using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Reference;

/// <summary>The reference data of docs/domain/bodies-and-calendar.md, each kind with how many records it holds.</summary>
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    public IReadOnlyList<Card> Cards { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Cards = await handler.HandleAsync(ct);

    public sealed record Link(string Title, string Page);

    public sealed record Card(string Title, string Page, string Count, string Description, IReadOnlyList<Link> More);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<IReadOnlyList<Card>> HandleAsync(CancellationToken ct)
        {
            var year = ChinaTime.Today(clock.GetUtcNow()).Year;
            var yearStart = new DateOnly(year, 1, 1);
            var nextYear = yearStart.AddYears(1);
            // One query at a time: a DbContext does not run queries in parallel.
            var terms = await db.Terms.CountAsync(ct);
            var sessions = await db.Sessions.CountAsync(ct);
            var meetings = await db.StandingCommitteeMeetings.CountAsync(ct);
            var committees = await db.Committees.CountAsync(c => c.IsActive, ct);
            var units = await db.HandlingUnits.CountAsync(u => u.IsActive, ct);
            var districts = await db.Areas.CountAsync(a => a.IsActive && a.Level == AreaLevel.District, ct);
            var subdistricts = await db.Areas.CountAsync(a => a.IsActive && a.Level == AreaLevel.Subdistrict, ct);
            var categories = await db.SuggestionCategories.CountAsync(c => c.IsActive, ct);
            var holidays = await db.CalendarDays.CountAsync(d => d.Date >= yearStart && d.Date < nextYear && d.Kind == CalendarDayKind.Holiday, ct);
            var makeUps = await db.CalendarDays.CountAsync(d => d.Date >= yearStart && d.Date < nextYear && d.Kind == CalendarDayKind.MakeUpWorkday, ct);
            return
            [
                new("届次与会议", "/Reference/Terms/Index", $"{terms} 届，{sessions} 次大会会议",
                    "人民代表大会的届次，以及每届每年举行的大会会议（第几次会议）。", [new("大会会议", "/Reference/Sessions/Index")]),
                new("常委会会议", "/Reference/Meetings/Index", $"{meetings} 次",
                    "常委会会议按届编号，如第十六届人大常委会第三十次会议。", []),
                new("委员会", "/Reference/Committees/Index", $"{committees} 个（启用）",
                    "专门委员会、常委会工作委员会和办事机构。", []),
                new("承办单位", "/Reference/Units/Index", $"{units} 个（启用）",
                    "办理代表建议的政府部门、区县政府、“一委两院”和其他单位。", []),
                new("行政区划", "/Reference/Areas/Index", $"{districts} 个区县（旗），{subdistricts} 个街道乡镇（苏木）",
                    "联络站、选区和代表团所在的区县和街道乡镇。", []),
                new("建议类别", "/Reference/Categories/Index", $"{categories} 个（启用）",
                    "代表建议的分类，默认按委员会的工作领域划分。", []),
                new("工作日历", "/Reference/Calendar/Index", $"{year}年：放假 {holidays} 天，调休上班 {makeUps} 天",
                    "法定节假日和调休上班日，用于计算交办、答复、评价等期限。", []),
            ];
        }
    }
}
