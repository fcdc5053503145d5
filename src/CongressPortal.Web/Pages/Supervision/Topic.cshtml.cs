using CongressPortal.Domain.Suggestions;
using CongressPortal.Domain.Supervision;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Pages.Deputies;
using CongressPortal.Web.Pages.Suggestions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Supervision;

/// <summary>
/// A topic of a published plan: its form, reporting body, committee, meeting, the law an inspection checks, the deputies
/// taking part (linking to their public profiles), the published suggestions that led to it (监督法第十二条), the activities
/// before the meeting and the inquiry's questions. The documents — the report as heard, the 审议意见, the 问题清单 with each
/// problem's state, and the handling reports the committee has evaluated — only once the topic is published (监督法第十七条);
/// <see cref="Documents"/> is built only then, so nothing unpublished reaches the view. A topic outside a published plan
/// answers 404. Not output-cached (as the proposal pages), so unpublishing hides the documents at once.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.SupervisionPages)]
public sealed class TopicModel(TopicModel.Handler handler) : PageModel
{
    public Detail View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var detail = await handler.HandleAsync(id, ct);
        if (detail is null) return NotFound();
        View = detail;
        return Page();
    }

    public sealed record Person(int Id, string Name, bool Profile);

    public sealed record Source(int Id, string Number, string Title);

    /// <summary>A theme of key suggestions bundled with the topic (打捆督办): how many it holds, how many are closed, the public ones.</summary>
    public sealed record Theme(string Name, int Suggestions, int Closed, IReadOnlyList<Source> Published);

    public sealed record Activity(SupervisionActivityKind Kind, DateOnly StartOn, DateOnly? EndOn, string Place, string? Description);

    public sealed record Inquiry(int Order, string Question, string AskedBy, string AnsweredBy, string? Answer);

    public sealed record Problem(int Number, string Text, string Unit, string State, bool IsClosed, DateOnly? RectifiedOn);

    /// <summary>An evaluated round of the handling report: what the body reported and what the committee said of it.</summary>
    public sealed record Round(int Number, DateOnly? FiledOn, string? ReportText, DateOnly EvaluatedOn, string? Evaluation, SatisfactionVote? Vote, bool? Accepted);

    public sealed record FollowUp(DateOnly HeldOn, string Findings, IReadOnlyList<int> Reopened);

    /// <summary>The published documents of the topic (监督法第十七条).</summary>
    public sealed record Documents(
        DateOnly? HeardOn, string? ReportText, string? OpinionsText, IReadOnlyList<Problem> Problems, IReadOnlyList<Round> Rounds,
        IReadOnlyList<FollowUp> FollowUps, SupervisionDisplay.Progress Progress, DateOnly? ClosedOn);

    public sealed record Detail(
        int Id, int Year, string Title, SupervisionForm Form, SupervisionTopicStatus Status, string ReportingUnit, string Committee,
        string? Meeting, int? PlannedMonth, string? Summary, string? LawName, IReadOnlyList<Person> Deputies, IReadOnlyList<Source> Sources,
        IReadOnlyList<Theme> Themes, IReadOnlyList<Activity> Activities, IReadOnlyList<Inquiry> Inquiries, Documents? Published);

    public sealed class Handler(AppDbContext db, SupervisionStore store)
    {
        public async Task<Detail?> HandleAsync(int id, CancellationToken ct)
        {
            var t = await store.LoadTopicAsync(store.PublicTopics, id, ct);
            if (t is null) return null;
            var unitIds = t.Problems.Select(p => p.UnitId).Append(t.ReportingUnitId).Distinct().ToList();
            var units = await db.HandlingUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
            var committee = await db.Committees.AsNoTracking().Where(c => c.Id == t.CommitteeId).Select(c => c.Name).FirstOrDefaultAsync(ct) ?? "";
            var meetings = await db.MeetingNamesAsync([t.MeetingId], ct);

            var deputyIds = t.Deputies.Select(d => d.DeputyId).ToList();
            var profiles = db.Deputies.WithPublicProfile().Select(d => d.Id);
            var deputies = await db.Deputies.AsNoTracking().Where(d => deputyIds.Contains(d.Id))
                .OrderBy(d => d.Name)
                .Select(d => new Person(d.Id, d.Name, profiles.Contains(d.Id)))
                .ToListAsync(ct);
            // Only suggestions the public may read (their reply published), as the suggestion pages decide.
            var suggestionIds = t.SourceSuggestions.Select(s => s.SuggestionId).ToList();
            var sources = await db.Suggestions.AsNoTracking().Disclosed().Where(s => suggestionIds.Contains(s.Id))
                .OrderBy(s => s.Number).Select(s => new Source(s.Id, s.Number, s.Title)).ToListAsync(ct);

            var themes = new List<Theme>();
            foreach (var theme in await db.SuggestionThemes.AsNoTracking().Where(th => th.SupervisionTopicId == t.Id).OrderBy(th => th.Name).ToListAsync(ct))
            {
                var bundled = db.Suggestions.AsNoTracking().Where(s => s.ThemeId == theme.Id);
                themes.Add(new Theme(theme.Name, await bundled.CountAsync(ct), await bundled.InStatus(SuggestionStatus.Closed).CountAsync(ct),
                    await bundled.Disclosed().OrderBy(s => s.Number).Select(s => new Source(s.Id, s.Number, s.Title)).ToListAsync(ct)));
            }

            Documents? documents = null;
            if (t.IsPublished)
            {
                documents = new Documents(
                    t.HeardOn, t.ReportText, t.OpinionsText,
                    [.. t.Problems.OrderBy(p => p.Number).Select(p => new Problem(p.Number, p.Text, units.GetValueOrDefault(p.UnitId, ""),
                        SupervisionDisplay.ProblemState(p), p.IsClosed, p.RectifiedOn))],
                    // Never a report the committee has not evaluated yet.
                    [.. t.Rounds.Where(r => r.EvaluatedOn != null).OrderBy(r => r.Number)
                        .Select(r => new Round(r.Number, r.FiledOn, r.ReportText, r.EvaluatedOn!.Value, r.Evaluation, r.Vote, r.Accepted))],
                    [.. t.FollowUps.OrderBy(f => f.HeldOn).Select(f => new FollowUp(f.HeldOn, f.Findings, f.ReopenedNumbers))],
                    new SupervisionDisplay.Progress(t.ClosedProblemCount, t.ProblemCount),
                    t.ClosedOn);
            }
            return new Detail(t.Id, t.Year, t.Title, t.Form, t.Status, units.GetValueOrDefault(t.ReportingUnitId, ""), committee,
                t.MeetingId is { } m ? meetings.GetValueOrDefault(m) : null, t.PlannedMonth, t.Summary, t.LawName, deputies, sources, themes,
                [.. t.Activities.OrderBy(a => a.StartOn).Select(a => new Activity(a.Kind, a.StartOn, a.EndOn, a.Place, a.Description))],
                [.. t.Inquiries.OrderBy(i => i.Order).Select(i => new Inquiry(i.Order, i.Question, i.AskedBy, i.AnsweredBy, i.Answer))],
                documents);
        }
    }
}
