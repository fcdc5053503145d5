using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Stations;

/// <summary>The public list of active liaison stations, by district, with the next reception days.</summary>
[OutputCache(PolicyName = PublicPageCache.StationPages, VaryByQueryKeys = ["district", "q"])]
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    /// <summary>How many upcoming reception days the page lists across the stations shown.</summary>
    public const int NoticeCount = 10;

    [BindProperty(SupportsGet = true)] public int? District { get; set; }

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public Result View { get; private set; } = new([], [], [], default, null);

    public bool Filtered => District is not null || !string.IsNullOrWhiteSpace(Q);

    public IEnumerable<SelectListItem> DistrictOptions =>
        View.Districts.Select(d => new SelectListItem(d.Name, d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Id == District));

    public async Task OnGetAsync(CancellationToken ct)
    {
        View = await handler.HandleAsync(District, Q, ct);
        PublicPageCache.ExpireBy(HttpContext, View.ChangesAt, View.Now);
    }

    public sealed record Option(int Id, string Name);

    public sealed record Row(
        int Id,
        string Name,
        StationKind Kind,
        string District,
        string Subdistrict,
        string Address,
        string? OpeningHours,
        string? ContactPhone,
        ReceptionNoticeQueries.NoticeView? NextReception);

    /// <param name="ChangesAt">When the next listed reception starts or ends: the cached page lives no longer.</param>
    public sealed record Result(IReadOnlyList<Option> Districts, IReadOnlyList<Row> Stations, IReadOnlyList<ReceptionNoticeQueries.NoticeView> Notices,
        DateTimeOffset Now, DateTimeOffset? ChangesAt);

    public sealed class Handler(AppDbContext db, ReceptionNoticeQueries notices)
    {
        public async Task<Result> HandleAsync(int? districtId, string? q, CancellationToken ct)
        {
            var districts = await db.Areas.AsNoTracking()
                .Where(a => a.Level == AreaLevel.District && a.IsActive)
                .OrderBy(a => a.SortOrder).ThenBy(a => a.Name)
                .Select(a => new Option(a.Id, a.Name))
                .ToListAsync(ct);

            // A station's area is a sub-district; the district is that area's parent.
            var stations =
                from s in db.Stations.AsNoTracking()
                join area in db.Areas on s.AreaId equals area.Id
                join parent in db.Areas on area.ParentId equals parent.Id into parents
                from district in parents.DefaultIfEmpty()
                where s.IsActive
                select new { Station = s, Area = area, District = district };
            if (districtId is { } id) stations = stations.Where(x => x.Area.ParentId == id || x.Area.Id == id);
            if (!string.IsNullOrWhiteSpace(q))
            {
                var text = q.Trim();
                stations = stations.Where(x => x.Station.Name.Contains(text) || x.Station.Address.Contains(text) || x.Area.Name.Contains(text));
            }
            var rows = await stations
                .OrderBy(x => x.District == null ? x.Area.SortOrder : x.District.SortOrder)
                .ThenBy(x => x.District == null ? x.Area.Id : x.District.Id)
                .ThenBy(x => x.Area.SortOrder)
                .ThenBy(x => x.Station.Name)
                .Select(x => new
                {
                    x.Station.Id, x.Station.Name, x.Station.Kind,
                    District = x.District == null ? x.Area.Name : x.District.Name,
                    Subdistrict = x.Area.Name,
                    x.Station.Address, x.Station.OpeningHours, x.Station.ContactPhone,
                })
                .ToListAsync(ct);

            var ids = rows.ConvertAll(r => r.Id);
            var upcoming = await notices.UpcomingAsync(ids, ct: ct);
            var next = upcoming.GroupBy(n => n.StationId).ToDictionary(g => g.Key, g => g.First());
            return new Result(
                districts,
                rows.ConvertAll(r => new Row(r.Id, r.Name, r.Kind, r.District, r.Subdistrict, r.Address, r.OpeningHours, r.ContactPhone, next.GetValueOrDefault(r.Id))),
                [.. upcoming.Take(NoticeCount)],
                notices.Now,
                ReceptionNoticeQueries.NextChange(upcoming, notices.Now));
        }
    }
}
