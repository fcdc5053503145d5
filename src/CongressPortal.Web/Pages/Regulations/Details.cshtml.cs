using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Regulations;

/// <summary>
/// One regulation of the library: by default the version in force on today's Beijing date (the first version while
/// none is in force yet), or the published version <c>?version=N</c>; its dates and 公告, the table of contents and the
/// full text with an anchor per article (第十二条), and every published version. Regulations not published and versions
/// not published answer 404: a draft version never shows. Output cached, evicted when a regulation is saved.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.Regulations, VaryByQueryKeys = ["version"])]
public sealed class DetailsModel(DetailsModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "version")] public int? VersionNumber { get; set; }

    public RegulationView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // ?version=abc or ?version=0 names no version: 404, as an unknown number does.
        if (!ModelState.IsValid) return NotFound();
        View = await handler.LoadAsync(Id, VersionNumber, ct);
        return View is null ? NotFound() : Page();
    }

    /// <summary>A published version as the list of versions shows it.</summary>
    public sealed record VersionRow(
        int Number,
        string Title,
        LegislationKind Kind,
        string AnnouncementNumber,
        DateOnly? PassedOn,
        DateOnly? ApprovedOn,
        DateOnly PromulgatedOn,
        DateOnly EffectiveOn,
        string? ChangeSummary,
        RegulationStatus Status);

    /// <summary>The repeal, when one is recorded: 公告, its date, the day it takes effect and the reason given.</summary>
    public sealed record RepealView(string AnnouncementNumber, DateOnly? PromulgatedOn, DateOnly? RepealedOn, string? Reason, bool InEffect);

    public sealed record RegulationView(
        int Id,
        string Title,
        LegislativeField Field,
        RegulationStatus Status,
        VersionRow Shown,
        StatuteText Text,
        bool ShownIsInForce,
        VersionRow? InForce,
        VersionRow? Upcoming,
        RepealView? Repeal,
        IReadOnlyList<VersionRow> Versions);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<RegulationView?> LoadAsync(int id, int? number, CancellationToken ct)
        {
            var regulation = await db.Regulations.AsNoTracking().Published().Include(r => r.Versions).SingleOrDefaultAsync(r => r.Id == id, ct);
            if (regulation is null) return null;
            var today = ChinaTime.Today(clock.GetUtcNow());
            var published = regulation.Versions.Where(v => v.IsPublished).OrderBy(v => v.Number).ToList();
            var inForce = regulation.VersionInForceOn(today);
            var shown = number is { } n ? published.SingleOrDefault(v => v.Number == n) : inForce ?? published[0];
            if (shown is null) return null;

            VersionRow Row(RegulationVersion v) => new(v.Number, v.Title, v.Kind, v.AnnouncementNumber, v.PassedOn, v.ApprovedOn, v.PromulgatedOn, v.EffectiveOn,
                v.ChangeSummary, regulation.VersionStatusOn(v, today));
            var rows = published.ConvertAll(Row);
            // The newest published version not in force yet: the reader is told of it and may open it.
            var upcoming = published.LastOrDefault(v => v.EffectiveOn > today && v.Number > (inForce?.Number ?? 0));
            var repeal = regulation.RepealAnnouncementNumber is { } announcement
                ? new RepealView(announcement, regulation.RepealPromulgatedOn, regulation.RepealedOn, regulation.RepealReason, regulation.RepealedOn <= today)
                : null;
            return new RegulationView(regulation.Id, regulation.Title, regulation.Field,
                RegulationLibrary.StatusOf(regulation.FirstEffectiveOn, regulation.PublishedVersionCount, regulation.RepealedOn, today),
                rows.Single(r => r.Number == shown.Number), shown.Text(), shown == inForce,
                inForce is null ? null : rows.Single(r => r.Number == inForce.Number),
                upcoming is null ? null : rows.Single(r => r.Number == upcoming.Number),
                repeal, rows);
        }
    }
}
