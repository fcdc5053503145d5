using System.Globalization;
using CongressPortal.Domain.Common;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Pages.Shared.Suggestions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Suggestions;

/// <summary>
/// 承诺事项公开台账: the commitments of published replies only (<see cref="PublicSuggestions.PublishedCommitments"/>) —
/// what was promised, by when, the progress and whether it is done or overdue — so a promise stays visible until it is
/// kept. Public fields only: the suggestion's number and title, the unit, the commitment and its progress notes.
/// Not output-cached, as the other public suggestion pages are not: its states change with the date.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.SuggestionPages, VaryByQueryKeys = ["session", "unit", "state", "suggestion"])]
public sealed class CommitmentsModel(CommitmentsModel.Handler handler) : CommitmentLedgerPageModel
{
    public const int PageSize = 30;

    [BindProperty(SupportsGet = true, Name = "session")] public string? Session { get; set; }

    [BindProperty(SupportsGet = true, Name = "unit")] public int? Unit { get; set; }

    [BindProperty(SupportsGet = true, Name = "state")] public CommitmentState? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "suggestion")] public int? Suggestion { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Filter = new CommitmentLedgerFilter { Session = Session, Unit = Unit, State = State, Suggestion = Suggestion };
        (Ledger, Today) = await handler.PageAsync(Filter, PageNumber, ct);
        (Sessions, Units) = await handler.OptionsAsync(ct);
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<(CommitmentLedgerPage, DateOnly)> PageAsync(CommitmentLedgerFilter filter, int page, CancellationToken ct)
        {
            var today = ChinaTime.Today(clock.GetUtcNow());
            return (await PublicSuggestions.PublishedCommitments(db).PageAsync(db, filter, today, page, PageSize, ct), today);
        }

        /// <summary>The sessions, and only the units with a published commitment (a public page lists no unit it has nothing on).</summary>
        public async Task<(IReadOnlyList<SelectListItem> Sessions, IReadOnlyList<SelectListItem> Units)> OptionsAsync(CancellationToken ct)
        {
            var unitIds = await PublicSuggestions.PublishedCommitments(db).Select(x => x.Assignment.UnitId).Distinct().ToListAsync(ct);
            var units = await db.HandlingUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id))
                .OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
                .Select(u => new { u.Id, u.Name })
                .ToListAsync(ct);
            return (
                await SessionChoicesAsync(db, ct),
                units.ConvertAll(u => new SelectListItem(u.Name, u.Id.ToString(CultureInfo.InvariantCulture))));
        }
    }
}
