using CongressPortal.Domain.Supervision;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Pages.Supervision;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Deputy.Supervision;

/// <summary>
/// A deputy's supervision: the topics they take part in (<see cref="SupervisionStore.ForDeputy"/>) and the topics that cite a
/// suggestion they led or co-signed (<see cref="SupervisionStore.FromSuggestionsOf"/>, 监督法第十二条), with the suggestions
/// that led there. A topic of a published plan links to its public page; any other shows its facts here (no documents:
/// the deputy reads the opinions and reports on the public page once published).
/// </summary>
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    public Result View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => View = await handler.HandleAsync(User.GetDeputyId()!.Value, ct);

    public sealed record SuggestionRef(int Id, string Number, string Title);

    public sealed record Row(
        int Id, int Year, string Title, SupervisionForm Form, string ReportingUnit, string Committee, string? Meeting, int? PlannedMonth,
        SupervisionTopicStatus Status, bool IsPublic, SupervisionDisplay.Progress? Progress, IReadOnlyList<SuggestionRef> FromMySuggestions);

    public sealed record Result(IReadOnlyList<Row> TakingPart, IReadOnlyList<Row> FromSuggestions);

    public sealed class Handler(AppDbContext db, SupervisionStore store, SuggestionStore suggestions)
    {
        public async Task<Result> HandleAsync(int deputyId, CancellationToken ct)
        {
            var publicIds = store.PublicTopics.Select(t => t.Id);
            var mine = suggestions.ForDeputy(deputyId);
            var takingPart = store.ForDeputy(deputyId).Select(t => t.Id);
            var cited = store.FromSuggestionsOf(deputyId).Select(t => t.Id);
            var topics = await store.Topics.AsNoTracking().Where(t => takingPart.Contains(t.Id) || cited.Contains(t.Id))
                .OrderByDescending(t => t.Year).ThenBy(t => t.PlannedMonth).ThenBy(t => t.Id)
                .Select(t => new
                {
                    t.Id, t.Year, t.Title, t.Form, t.MeetingId, t.PlannedMonth, t.Status, t.ProblemCount, t.ClosedProblemCount,
                    IsPublished = t.PublishedAt != null,
                    IsPublic = publicIds.Contains(t.Id),
                    TakesPart = t.Deputies.Any(d => d.DeputyId == deputyId),
                    Unit = db.HandlingUnits.Where(u => u.Id == t.ReportingUnitId).Select(u => u.Name).FirstOrDefault(),
                    Committee = db.Committees.Where(c => c.Id == t.CommitteeId).Select(c => c.Name).FirstOrDefault(),
                    Sources = mine.Where(s => t.SourceSuggestions.Any(x => x.SuggestionId == s.Id)).OrderBy(s => s.Number)
                        .Select(s => new SuggestionRef(s.Id, s.Number, s.Title)).ToList(),
                })
                .ToListAsync(ct);
            var meetings = await db.MeetingNamesAsync(topics.Select(t => t.MeetingId), ct);
            var rows = topics.ConvertAll(t => (t.TakesPart, Row: new Row(t.Id, t.Year, t.Title, t.Form, t.Unit ?? "", t.Committee ?? "",
                t.MeetingId is { } m ? meetings.GetValueOrDefault(m) : null, t.PlannedMonth, t.Status, t.IsPublic,
                t.IsPublished && t.ProblemCount > 0 ? new SupervisionDisplay.Progress(t.ClosedProblemCount, t.ProblemCount) : null, t.Sources)));
            return new Result([.. rows.Where(r => r.TakesPart).Select(r => r.Row)], [.. rows.Where(r => r.Row.FromMySuggestions.Count > 0).Select(r => r.Row)]);
        }
    }
}
