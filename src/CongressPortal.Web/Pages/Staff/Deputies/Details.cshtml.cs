using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Deputies;

/// <summary>
/// A deputy as staff see it: the full profile with private data, status history, groups, stations, the
/// performance record computed from recorded events, and the status-change form.
/// </summary>
public sealed class DetailsModel(DetailsModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    [BindProperty] public StatusCommand StatusChange { get; set; } = new();

    public View Deputy { get; private set; } = null!;

    public Concurrency.ConflictPanel? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var view = await handler.LoadAsync(Id, ct);
        if (view is null) return NotFound();
        Deputy = view;
        StatusChange = new StatusCommand { Version = view.Version, Date = handler.Today() };
        return Page();
    }

    public async Task<IActionResult> OnPostStatusAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await handler.ChangeStatusAsync(Id, StatusChange, User.GetUserId(), ct);
            if (result.IsSuccess)
            {
                TempData["StatusMessage"] = $"状态已变更为“{DeputyLists.StatusName(StatusChange.To!.Value)}”。";
                return RedirectToPage(new { id = Id });
            }
            if (result.IsNotFound) return NotFound();
            Conflict = result.ShowOn(ModelState, StatusChange, nameof(StatusChange));
        }
        var view = await handler.LoadAsync(Id, ct);
        if (view is null) return NotFound();
        Deputy = view;
        return Page();
    }

    public sealed record StatusCommand
    {
        public uint Version { get; init; }

        [Required(ErrorMessage = "请选择新的状态"), Display(Name = "新状态")]
        public DeputyStatus? To { get; init; }

        [Required(ErrorMessage = "请填写变更日期"), Display(Name = "变更日期")]
        public DateOnly? Date { get; init; }

        [Required(ErrorMessage = "请填写变更原因或依据"), StringLength(200, ErrorMessage = "原因不能超过200个字"), Display(Name = "原因或依据")]
        public string? Reason { get; init; }
    }

    public sealed record View(
        int Id,
        DeputyLevel Level,
        int? TermNumber,
        string? Number,
        string Name,
        Gender Gender,
        string? Ethnicity,
        DateOnly? BirthDate,
        string? Party,
        string? Education,
        string? WorkUnitAndTitle,
        string? Constituency,
        string? Delegation,
        string? DeputyGroup,
        string? ProfessionalGroup,
        DeputyStatus Status,
        DateOnly? StatusSince,
        string? Mobile,
        string? IdNumber,
        string? HomeAddress,
        bool HasPhoto,
        uint Version)
    {
        public string? Term => TermNumber is { } number ? $"第{ChineseNumerals.Format(number)}届" : null;

        public IReadOnlyList<StatusRow> History { get; init; } = [];

        public IReadOnlyList<StationRow> Stations { get; init; } = [];

        public PerformanceRecord Record { get; init; } = null!;

        public IReadOnlyList<EventRow> RecentEvents { get; init; } = [];
    }

    public sealed record StatusRow(DeputyStatus From, DeputyStatus To, DateOnly Date, string Reason, string? By);

    public sealed record StationRow(int StationId, string Station, StationRole Role, DateOnly From, DateOnly? To);

    public sealed record EventRow(int Id, PerformanceEventKind Kind, DateOnly Date, string Title);

    public sealed class Handler(AppDbContext db, PerformanceRecords records, TimeProvider clock)
    {
        public const int RecentEventCount = 20;

        public DateOnly Today() => ChinaTime.Today(clock.GetUtcNow());

        public async Task<View?> LoadAsync(int id, CancellationToken ct)
        {
            var view = await db.Deputies.AsNoTracking()
                .Where(d => d.Id == id)
                .Select(d => new View(
                    d.Id, d.Level, d.Term == null ? null : (int?)d.Term.Number, d.Number, d.Name, d.Gender, d.Ethnicity, d.BirthDate, d.Party,
                    d.Education, d.WorkUnitAndTitle, d.Constituency, d.Delegation!.Name, d.DeputyGroup!.Name, d.ProfessionalGroup!.Name,
                    d.Status, d.StatusSince, d.Mobile, d.IdNumber, d.HomeAddress, d.HasPhoto, d.Version))
                .SingleOrDefaultAsync(ct);
            if (view is null) return null;

            var changes = await db.Deputies.AsNoTracking()
                .Where(d => d.Id == id)
                .SelectMany(d => d.StatusChanges)
                .OrderBy(c => c.Date).ThenBy(c => c.Id)
                .Select(c => new { c.From, c.To, c.Date, c.Reason, c.ByUserId })
                .ToListAsync(ct);
            var userIds = changes.Select(c => c.ByUserId).OfType<string>().Distinct().ToList();
            var users = await db.Users.AsNoTracking()
                .Where(u => userIds.Contains(u.Id))
                .ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
            var stations = await db.Stations.AsNoTracking()
                .SelectMany(s => s.Members.Where(m => m.DeputyId == id).Select(m => new { StationId = s.Id, s.Name, m.Role, m.From, m.To }))
                .OrderBy(s => s.To != null).ThenByDescending(s => s.From)
                .ToListAsync(ct);
            var events = await db.PerformanceEvents.AsNoTracking()
                .Where(e => e.Participants.Any(p => p.DeputyId == id))
                .OrderByDescending(e => e.Date).ThenByDescending(e => e.Id)
                .Take(RecentEventCount)
                .Select(e => new EventRow(e.Id, e.Kind, e.Date, e.Title))
                .ToListAsync(ct);

            return view with
            {
                History = changes.ConvertAll(c => new StatusRow(c.From, c.To, c.Date, c.Reason, c.ByUserId is { } by ? users.GetValueOrDefault(by) : null)),
                Stations = stations.ConvertAll(s => new StationRow(s.StationId, s.Name, s.Role, s.From, s.To)),
                Record = await records.ForDeputyAsync(id, ct: ct),
                RecentEvents = events,
            };
        }

        public Task<CommandResult<DeputyStatus>> ChangeStatusAsync(int id, StatusCommand input, string userId, CancellationToken ct) =>
            db.RunAsync(db.Deputies, id, input.Version, deputy =>
            {
                deputy.ChangeStatus(input.To!.Value, input.Date!.Value, input.Reason ?? "", userId);
                return deputy.Status;
            }, new CommandOptions { Current = token => CurrentAsync(id, token) }, ct);

        private async Task<Concurrency.Snapshot?> CurrentAsync(int id, CancellationToken ct)
        {
            var d = await db.Deputies.AsNoTracking().Where(x => x.Id == id).Select(x => new { x.Name, x.Status, x.StatusSince, x.Version }).SingleOrDefaultAsync(ct);
            if (d is null) return null;
            return new(new Dictionary<string, string?>
            {
                ["姓名"] = d.Name,
                ["状态"] = DeputyLists.StatusName(d.Status),
                ["状态变更日期"] = d.StatusSince is { } since ? Display.Date(since) : null,
            }, d.Version);
        }
    }
}
