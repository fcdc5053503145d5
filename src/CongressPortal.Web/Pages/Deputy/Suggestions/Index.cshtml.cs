using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Deputy.Suggestions;

/// <summary>
/// 我的建议: the suggestions the signed-in deputy leads, co-signs or was merged into (the deputy_id claim decides),
/// with the deputy's part, the status, the units and the deadline; replies waiting for the lead's rating come first.
/// </summary>
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    public const int PageSize = 20;

    /// <summary>"p", not "page": Razor Pages keeps "page" for the page's own route value.</summary>
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public Result View { get; private set; } = Result.Empty;

    public async Task OnGetAsync(CancellationToken ct) =>
        View = await handler.HandleAsync(User.GetDeputyId()!.Value, PageNumber, ct);

    public sealed record UnitPart(string Name, AssignmentRole Role);

    public sealed record Row(
        int Id,
        string Number,
        string Title,
        SuggestionDeputyRole Role,
        SuggestionStatus Status,
        string? MergedInto,
        DateOnly ReceivedOn,
        DateOnly? DueOn,
        IReadOnlyList<UnitPart> Units,
        bool AwaitsMyRating);

    public sealed record Result(IReadOnlyList<Row> Rows, IReadOnlyList<Row> AwaitingRating, int Total, int Page, int Pages)
    {
        public static Result Empty { get; } = new([], [], 0, 1, 1);
    }

    public sealed class Handler(AppDbContext db, SuggestionStore store)
    {
        public async Task<Result> HandleAsync(int deputyId, int page, CancellationToken ct)
        {
            var mine = store.ForDeputy(deputyId).AsNoTracking();
            var awaiting = await mine.AwaitingRatingBy(deputyId, store.Today).Select(s => s.Id).ToListAsync(ct);
            var total = await mine.CountAsync(ct);
            var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
            page = Math.Clamp(page, 1, pages);
            var rows = await Project(mine.OrderByDescending(s => s.ReceivedOn).ThenByDescending(s => s.Id)
                    .Skip((page - 1) * PageSize).Take(PageSize), deputyId)
                .ToListAsync(ct);
            var waiting = awaiting.Count == 0 ? [] : await Project(mine.Where(s => awaiting.Contains(s.Id)).OrderBy(s => s.Id), deputyId).ToListAsync(ct);
            return new Result(
                rows.ConvertAll(r => r with { AwaitsMyRating = awaiting.Contains(r.Id) }),
                waiting.ConvertAll(r => r with { AwaitsMyRating = true }),
                total, page, pages);
        }

        private IQueryable<Row> Project(IQueryable<Suggestion> query, int deputyId) =>
            query.Select(s => new Row(
                s.Id,
                s.Number,
                s.Title,
                s.Deputies.Where(d => d.DeputyId == deputyId).Select(d => d.Role).First(),
                s.Status,
                s.MergedIntoId == null ? null : s.StatusReason,
                s.ReceivedOn,
                s.DueOn,
                s.Assignments.AsQueryable().Where(SuggestionAssignment.Active).OrderBy(a => a.Id)
                    .Select(a => new UnitPart(db.HandlingUnits.Where(u => u.Id == a.UnitId).Select(u => u.Name).First(), a.Role))
                    .ToList(),
                false));
    }
}
