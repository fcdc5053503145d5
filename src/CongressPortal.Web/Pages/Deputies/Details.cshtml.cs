using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Deputies;

/// <summary>
/// A deputy's public profile (代表法第五十八条): basic information and the performance figures of their
/// term. Only municipal deputies have one; any other id answers 404, whatever the reason.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.DeputyPages, VaryByQueryKeys = ["handler"])]
public sealed class DetailsModel(DetailsModel.Handler handler) : PageModel
{
    public Profile Deputy { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var profile = await handler.HandleAsync(id, ct);
        if (profile is null) return NotFound();
        Deputy = profile;
        return Page();
    }

    /// <summary>The photo of a deputy with a public profile, for the directory and the profile page.</summary>
    public async Task<IActionResult> OnGetPhotoAsync(int id, CancellationToken ct)
    {
        var photo = await handler.PhotoAsync(id, ct);
        if (photo is null) return NotFound();
        Response.Headers.CacheControl = "public, max-age=600";
        return File(photo.Content, photo.ContentType);
    }

    public sealed record StationRow(int Id, string Name, string Address, StationRole Role);

    public sealed record Profile(
        int Id,
        string Name,
        bool HasPhoto,
        Gender Gender,
        string? Ethnicity,
        string? Party,
        string? Education,
        string? Occupation,
        string? Constituency,
        string? Delegation,
        string? DeputyGroup,
        string? ProfessionalGroup,
        DeputyStatus Status,
        DateOnly? StatusSince,
        string? TermName,
        string? Period,
        IReadOnlyList<StationRow> Stations,
        PerformanceRecord Record);

    public sealed record PhotoFile(byte[] Content, string ContentType);

    public sealed class Handler(AppDbContext db, PerformanceRecords records)
    {
        public async Task<Profile?> HandleAsync(int id, CancellationToken ct)
        {
            var deputy = await ProfileOf(db, id, ct);
            if (deputy is null) return null;

            // The performance record of the deputy's own term (代表法第五十八条: 履职信息).
            var record = await records.ForDeputyAsync(id, deputy.Term?.StartDate, deputy.Term?.EndDate, ct);
            return new Profile(
                deputy.Id, deputy.Name, deputy.HasPhoto, deputy.Gender, deputy.Ethnicity, deputy.Party, deputy.Education,
                deputy.WorkUnitAndTitle, deputy.Constituency, deputy.Delegation, deputy.DeputyGroup, deputy.ProfessionalGroup,
                deputy.Status, deputy.StatusSince, deputy.Term?.Name, deputy.Term is { } term ? PublicDeputies.PeriodOf(term) : null,
                [.. deputy.Stations.OrderBy(s => s.Role).ThenBy(s => s.Name, StringComparer.Ordinal)],
                record);
        }

        /// <summary>What the profile shows of the deputy, with their stations in the same round trip.</summary>
        private sealed record ProfileRow(
            int Id, string Name, bool HasPhoto, Gender Gender, string? Ethnicity, string? Party, string? Education, string? WorkUnitAndTitle,
            string? Constituency, string? Delegation, string? DeputyGroup, string? ProfessionalGroup, DeputyStatus Status, DateOnly? StatusSince,
            Term? Term, List<StationRow> Stations);

        // Compiled and prepared, as the performance record (PerformanceRecords): building, looking up and planning the query
        // took longer than running it (docs/benchmarks.md).
        private static readonly Func<AppDbContext, int, CancellationToken, Task<ProfileRow?>> ProfileOf = EF.CompileAsyncQuery(
            (AppDbContext db, int id, CancellationToken ct) => db.Deputies.AsNoTracking().Where(PublicDeputies.HasPublicProfile)
                .Where(d => d.Id == id)
                .TagWith(PreparedQueries.Tag)
                .Select(d => new ProfileRow(
                    d.Id, d.Name, d.HasPhoto, d.Gender, d.Ethnicity, d.Party, d.Education, d.WorkUnitAndTitle, d.Constituency,
                    d.Delegation!.Name, d.DeputyGroup!.Name, d.ProfessionalGroup!.Name, d.Status, d.StatusSince, d.Term,
                    db.Stations.Where(s => s.IsActive)
                        .SelectMany(s => s.Members.Where(m => m.DeputyId == d.Id && m.To == null).Select(m => new StationRow(s.Id, s.Name, s.Address, m.Role)))
                        .ToList()))
                .SingleOrDefault());

        public Task<PhotoFile?> PhotoAsync(int id, CancellationToken ct) =>
            db.DeputyPhotos.AsNoTracking()
                .Where(p => db.Deputies.WithPublicProfile().Any(d => d.Id == id && d.HasPhoto) && p.DeputyId == id)
                .Select(p => new PhotoFile(p.Content, p.ContentType))
                .SingleOrDefaultAsync(ct);
    }
}
