using System.Globalization;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Stations;

/// <summary>
/// One station for the public: where and when, who is stationed there, and the reception notices of the
/// next five weeks (公告至少提前三日, docs/domain/stations.md). Inactive or unknown stations answer 404.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.StationPages)]
public sealed class DetailsModel(DetailsModel.Handler handler) : PageModel
{
    public Station View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var station = await handler.HandleAsync(id, ct);
        if (station is null) return NotFound();
        View = station;
        var now = station.Now;
        PublicPageCache.ExpireBy(HttpContext, ReceptionNoticeQueries.NextChange(station.Notices, now), now);
        return Page();
    }

    public sealed record Member(int DeputyId, string Name, DeputyLevel Level, StationRole Role)
    {
        /// <summary>Municipal deputies have a public profile to link to; other levels are named with their level.</summary>
        public bool HasProfile => Level == DeputyLevel.Municipal;
    }

    public sealed record Station(
        int Id,
        string Name,
        StationKind Kind,
        string Area,
        string Address,
        double? Latitude,
        double? Longitude,
        string? OpeningHours,
        string? ContactPhone,
        string? LiaisonOfficer,
        string? LiaisonOfficerPhone,
        string? Introduction,
        IReadOnlyList<Member> Members,
        IReadOnlyList<string> Schedules,
        IReadOnlyList<ReceptionNoticeQueries.NoticeView> Notices,
        DateTimeOffset Now);

    /// <summary>Coordinates as words (北纬 40.812345°，东经 111.654321°): offline intranets have no map service to link to.</summary>
    public static string Position(double latitude, double longitude) =>
        string.Create(CultureInfo.InvariantCulture, $"{(latitude >= 0 ? "北纬" : "南纬")} {Math.Abs(latitude):0.######}°，{(longitude >= 0 ? "东经" : "西经")} {Math.Abs(longitude):0.######}°");

    public sealed class Handler(AppDbContext db, ReceptionNoticeQueries notices, TimeProvider clock)
    {
        public async Task<Station?> HandleAsync(int id, CancellationToken ct)
        {
            var station = await (
                    from s in db.Stations.AsNoTracking()
                    join area in db.Areas on s.AreaId equals area.Id
                    join parent in db.Areas on area.ParentId equals parent.Id into parents
                    from district in parents.DefaultIfEmpty()
                    where s.Id == id && s.IsActive
                    select new { Station = s, AreaName = district == null ? area.Name : district.Name + area.Name })
                .SingleOrDefaultAsync(ct);
            if (station is null) return null;
            var found = station.Station;

            // Serving deputies currently assigned; heads first, then by surname strokes.
            var members = await db.Stations.AsNoTracking()
                .Where(x => x.Id == id)
                .SelectMany(x => x.Members.Where(m => m.To == null))
                .Join(db.Deputies.Where(d => d.Status == DeputyStatus.Serving), m => m.DeputyId, d => d.Id, (m, d) => new { d.Id, d.Name, d.Level, m.Role })
                .OrderBy(x => EF.Functions.Collate(x.Name, AppDbContext.StrokeCollation))
                .ToListAsync(ct);
            var now = clock.GetUtcNow();
            var today = ChinaTime.Today(now);
            var schedules = await db.ReceptionSchedules.AsNoTracking()
                .Where(r => r.StationId == id && r.IsActive && (r.ValidTo == null || r.ValidTo >= today))
                .OrderBy(r => r.Id)
                .ToListAsync(ct);
            var upcoming = await notices.UpcomingAsync([id], ct: ct);

            return new Station(
                found.Id, found.Name, found.Kind, station.AreaName, found.Address, found.Latitude, found.Longitude, found.OpeningHours, found.ContactPhone,
                found.LiaisonOfficer, found.LiaisonOfficerPhone, found.Introduction,
                [.. members.OrderBy(m => m.Role).Select(m => new Member(m.Id, m.Name, m.Level, m.Role))],
                [.. schedules.Select(r => r.Describe())],
                upcoming,
                now);
        }
    }
}
