using CongressPortal.Domain.Stations;
using CongressPortal.Web.Data;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Deputy.Receptions;

/// <summary>
/// A reception the signed-in deputy attended. Any other id answers 404 (ADR 0007). Visitors' names are shown
/// so the deputy can follow up; their contacts only masked (ADR 0009).
/// </summary>
public sealed class DetailsModel(DetailsModel.Handler handler) : PageModel
{
    public Record View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var record = await handler.HandleAsync(id, User.GetDeputyId()!.Value, ct);
        if (record is null) return NotFound();
        View = record;
        return Page();
    }

    public sealed record Visitor(int Id, string Name, string? MaskedContact);

    /// <summary>An issue raised; <see cref="MySuggestion"/> is the number of the deputy's own suggestion it was turned into.</summary>
    public sealed record Issue(int Id, string Summary, string? Category, HandlingPath Path, int? VisitorId, string? FollowUpDeputy, bool FollowUpIsMe, string? Feedback, DateOnly? FeedbackOn,
        int? SuggestionId, string? MySuggestion)
    {
        public bool TurnedIntoSuggestion => SuggestionId is not null;
    }

    public sealed record Record(
        int Id,
        DateOnly Date,
        TimeOnly? Start,
        TimeOnly? End,
        int StationId,
        string Station,
        string Address,
        string? Notes,
        IReadOnlyList<string> Deputies,
        IReadOnlyList<Visitor> Visitors,
        IReadOnlyList<Issue> Issues);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<Record?> HandleAsync(int id, int deputyId, CancellationToken ct)
        {
            // Only a reception this deputy attended: the claim decides, never the id in the address.
            var reception = await (
                    from r in db.Receptions.AsNoTracking()
                    join s in db.Stations on r.StationId equals s.Id
                    where r.Id == id && r.Deputies.Any(d => d.DeputyId == deputyId)
                    select new { r.Id, r.Date, r.StartTime, r.EndTime, r.StationId, Station = s.Name, s.Address, r.Notes })
                .SingleOrDefaultAsync(ct);
            if (reception is null) return null;

            var deputies = await (
                    from rd in db.Receptions.Where(r => r.Id == id).SelectMany(r => r.Deputies)
                    join d in db.Deputies on rd.DeputyId equals d.Id
                    orderby EF.Functions.Collate(d.Name, AppDbContext.StrokeCollation)
                    select d.Name)
                .ToListAsync(ct);
            var visitors = await db.Receptions.AsNoTracking().Where(r => r.Id == id)
                .SelectMany(r => r.Visitors)
                .OrderBy(v => v.Id)
                .Select(v => new { v.Id, v.Name, v.Contact })
                .ToListAsync(ct);
            var issues = await (
                    from i in db.Receptions.Where(r => r.Id == id).SelectMany(r => r.Issues)
                    join c in db.SuggestionCategories on i.CategoryId equals c.Id into categories
                    from category in categories.DefaultIfEmpty()
                    join d in db.Deputies on i.FollowUpDeputyId equals d.Id into followUps
                    from followUp in followUps.DefaultIfEmpty()
                    orderby i.Id
                    select new Issue(i.Id, i.Summary, category == null ? null : category.Name, i.Path, i.VisitorId,
                        followUp == null ? null : followUp.Name, i.FollowUpDeputyId == deputyId, i.Feedback, i.FeedbackOn, i.SuggestionId,
                        db.Suggestions.Where(s => s.Id == i.SuggestionId && s.Deputies.Any(d => d.DeputyId == deputyId)).Select(s => s.Number).FirstOrDefault()))
                .ToListAsync(ct);

            return new Record(
                reception.Id, reception.Date, reception.StartTime, reception.EndTime, reception.StationId, reception.Station, reception.Address, reception.Notes,
                deputies,
                [.. visitors.Select(v => new Visitor(v.Id, v.Name, Mask.Value(v.Contact)))],
                issues);
        }
    }
}
