using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Suggestions;

/// <summary>
/// A published suggestion: number, title, the deputies' names, each answering unit with the classification and
/// text of its latest reply where the unit allowed publication. Only these columns are read: no contacts, no
/// ratings, no files, no private data. A suggestion with nothing to publish answers 404.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.SuggestionPages)]
public sealed class DetailsModel(DetailsModel.Handler handler) : PageModel
{
    public Detail View { get; private set; } = null!;

    /// <summary>Commitments of the published replies (承诺事项), shown in the public ledger.</summary>
    public int Commitments { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var detail = await handler.HandleAsync(id, ct);
        if (detail is null) return NotFound();
        View = detail;
        Commitments = await handler.CountCommitmentsAsync(id, ct);
        return Page();
    }

    /// <summary>The latest reply of one answering unit, which the unit allowed to publish.</summary>
    public sealed record Reply(string Classification, string ClassificationLabel, DateOnly RepliedOn, string Text);

    /// <summary>One answering unit; <see cref="Withheld"/> when its latest reply is not publishable (nothing of it is shown).</summary>
    public sealed record UnitPart(string Unit, AssignmentRole Role, Reply? Reply, bool Withheld);

    public sealed record Detail(
        int Id,
        string Number,
        string Title,
        SuggestionSource Source,
        string? Session,
        string? Category,
        HandlingMode? Mode,
        IReadOnlyList<string> Lead,
        IReadOnlyList<string> CoSigners,
        IReadOnlyList<string> Merged,
        IReadOnlyList<UnitPart> Units);

    public sealed class Handler(AppDbContext db, SuggestionRulesProvider rulesProvider)
    {
        public async Task<Detail?> HandleAsync(int id, CancellationToken ct)
        {
            var published = db.Suggestions.AsNoTracking().Disclosed().Where(s => s.Id == id);
            var s = await published
                .Select(x => new
                {
                    x.Id, x.Number, x.Title, x.Source, x.Mode,
                    Session = db.Sessions.Where(c => c.Id == x.SessionId).Select(c => new { Term = c.Term.Number, c.Number }).FirstOrDefault(),
                    Category = db.SuggestionCategories.Where(c => c.Id == x.CategoryId).Select(c => c.Name).FirstOrDefault(),
                })
                .FirstOrDefaultAsync(ct);
            if (s is null) return null;

            // Names only: the deputies' private data is never read for this page.
            var deputies = await (
                    from d in published.SelectMany(x => x.Deputies)
                    join deputy in db.Deputies on d.DeputyId equals deputy.Id
                    orderby d.Order
                    select new { deputy.Name, d.Role })
                .ToListAsync(ct);
            var parts = await published
                .SelectMany(x => x.Assignments.AsQueryable().Where(SuggestionAssignment.Answering))
                .OrderBy(a => a.Id)
                .Select(a => new
                {
                    Unit = db.HandlingUnits.Where(u => u.Id == a.UnitId).Select(u => u.Name).First(),
                    a.Role,
                    // The latest reply staff reviewed; its text only when they published it.
                    Latest = a.Replies.Where(r => r.ReviewedAt != null).OrderByDescending(r => r.Round)
                        .Select(r => new { r.Classification, r.FiledOn, IsPublishable = r.IsPublished, Text = r.IsPublished ? r.Text : null })
                        .FirstOrDefault(),
                })
                .ToListAsync(ct);
            var rules = await rulesProvider.GetAsync(ct);

            List<string> Names(SuggestionDeputyRole role) => deputies.Where(d => d.Role == role).Select(d => d.Name).ToList();
            return new Detail(
                s.Id, s.Number, s.Title, s.Source,
                s.Session is null ? null : CongressSession.FormatName(s.Session.Term, s.Session.Number),
                s.Category, s.Mode,
                Names(SuggestionDeputyRole.Lead), Names(SuggestionDeputyRole.CoSigner), Names(SuggestionDeputyRole.Merged),
                parts.ConvertAll(p => p.Latest is { IsPublishable: true, Text: { } text }
                    ? new UnitPart(p.Unit, p.Role, new Reply(p.Latest.Classification, LabelOf(rules, p.Latest.Classification), p.Latest.FiledOn, text), false)
                    : new UnitPart(p.Unit, p.Role, null, p.Latest is not null)));
        }

        public Task<int> CountCommitmentsAsync(int id, CancellationToken ct) =>
            PublicSuggestions.PublishedCommitments(db).CountAsync(x => x.Suggestion.Id == id, ct);

        private static string LabelOf(SuggestionRules rules, string code) =>
            rules.Classifications.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase))?.Label ?? code;
    }
}
