using CongressPortal.Domain.Stations;
using CongressPortal.Web.Data;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StaffRecord = CongressPortal.Web.Pages.Staff.Stations.RecordModel;

namespace CongressPortal.Web.Pages.Deputy.Receptions;

/// <summary>
/// A deputy records a reception they held at one of their stations (docs/domain/stations.md#reception-records: staff or a deputy present record it).
/// The form, its validation and the save are the staff page's (<see cref="StaffRecord"/>); this page adds the deputy's
/// scope: only a station they are a current member of (any other answers 404), the deputies present chosen from its
/// current members, and the signed-in deputy among them.
/// </summary>
public sealed class RecordModel(RecordModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "station")] public int StationId { get; set; }

    [BindProperty] public StaffRecord.Command Input { get; set; } = new();

    public StaffRecord.Context Station { get; private set; } = null!;

    public int DeputyId { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        DeputyId = User.GetDeputyId()!.Value;
        var loaded = await handler.NewAsync(StationId, DeputyId, ct);
        if (loaded is null) return NotFound();
        (Input, Station) = loaded.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        DeputyId = User.GetDeputyId()!.Value;
        var addVisitors = Request.Form.ContainsKey("addVisitors");
        var addIssues = Request.Form.ContainsKey("addIssues");
        if (addVisitors || addIssues)
        {
            // More rows, nothing saved: the form comes back with everything typed so far.
            ModelState.Clear();
            Input = Input with
            {
                Visitors = StaffRecord.Pad(Input.Visitors, Input.Visitors.Count + (addVisitors ? StaffRecord.RowsPerAdd : 0)),
                Issues = StaffRecord.Pad(Input.Issues, Input.Issues.Count + (addIssues ? StaffRecord.RowsPerAdd : 0)),
            };
            return await ShowAsync(ct);
        }
        if (ModelState.IsValid)
        {
            var result = await handler.SaveAsync(StationId, DeputyId, Input, User.GetUserId(), ct);
            if (result is null) return NotFound();
            if (result.IsSuccess)
            {
                TempData["StatusMessage"] = "已登记接待记录。";
                return RedirectToPage("Details", new { id = result.Value });
            }
            result.AddTo(ModelState, Input.GetType(), "Input");
        }
        Input = Input with
        {
            Visitors = StaffRecord.Pad(Input.Visitors, StaffRecord.DefaultRows),
            Issues = StaffRecord.Pad(Input.Issues, StaffRecord.DefaultRows),
        };
        return await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var context = await handler.ContextAsync(StationId, DeputyId, Input.Date, ct);
        if (context is null) return NotFound();
        Station = context;
        return Page();
    }

    public sealed class Handler(AppDbContext db, StaffRecord.Handler staff)
    {
        /// <summary>The form for today: the signed-in deputy ticked, with the colleagues on duty today; null unless they are a current member.</summary>
        public async Task<(StaffRecord.Command, StaffRecord.Context)?> NewAsync(int stationId, int deputyId, CancellationToken ct)
        {
            if (!await IsCurrentMemberAsync(stationId, deputyId, ct)) return null;
            var loaded = await staff.NewAsync(stationId, null, ct);
            if (loaded is null) return null;
            var (input, context) = loaded.Value;
            var current = await CurrentMembersAsync(stationId, ct);
            var present = input.DeputyIds.Where(current.Contains).Prepend(deputyId).Distinct().ToList();
            return (input with { DeputyIds = present }, context);
        }

        public async Task<StaffRecord.Context?> ContextAsync(int stationId, int deputyId, DateOnly? date, CancellationToken ct) =>
            await IsCurrentMemberAsync(stationId, deputyId, ct) ? await staff.ContextAsync(stationId, date, ct) : null;

        /// <summary>Saves through the staff handler once the deputy's scope is checked; null when the station is not theirs.</summary>
        public async Task<CommandResult<int>?> SaveAsync(int stationId, int deputyId, StaffRecord.Command input, string userId, CancellationToken ct)
        {
            if (!await IsCurrentMemberAsync(stationId, deputyId, ct)) return null;
            if (!input.DeputyIds.Contains(deputyId)) return CommandResult<int>.Refused(StationMessages.RecorderMustBePresent);
            var current = await CurrentMembersAsync(stationId, ct);
            if (input.DeputyIds.Except(current).Any()) return CommandResult<int>.Refused(StationMessages.NotACurrentMember);
            if (input.Issues.Any(i => !i.IsEmpty && i.FollowUpDeputyId is { } d && !current.Contains(d))) return CommandResult<int>.Refused(StationMessages.NotACurrentMember.On(null));
            return await staff.SaveAsync(stationId, input, userId, ct);
        }

        private Task<bool> IsCurrentMemberAsync(int stationId, int deputyId, CancellationToken ct) =>
            db.Stations.AnyAsync(s => s.Id == stationId && s.Members.Any(m => m.DeputyId == deputyId && m.To == null), ct);

        private Task<List<int>> CurrentMembersAsync(int stationId, CancellationToken ct) =>
            db.Stations.Where(s => s.Id == stationId).SelectMany(s => s.Members.Where(m => m.To == null).Select(m => m.DeputyId)).ToListAsync(ct);
    }
}
