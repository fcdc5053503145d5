using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using DeputyEntity = CongressPortal.Domain.Deputies.Deputy;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Stations;

/// <summary>
/// One station: its details, the deputies assigned to it (进站代表 of any level) with their roles, its reception
/// schedules and recent receptions. Staff assign deputies here, change roles, end assignments, and record a
/// deputy of another level with a minimal profile and assign them in one step.
/// </summary>
public sealed class DetailsModel(DetailsModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    /// <summary>Narrows the deputies offered for assignment by name.</summary>
    [BindProperty(SupportsGet = true, Name = "q")] public string? Search { get; set; }

    public View Station { get; private set; } = null!;

    public AssignCommand Assign { get; private set; } = new();

    public OtherLevelCommand Other { get; private set; } = new();

    public DateOnly Today => handler.Today();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = handler.Today();
        Assign = new AssignCommand { Role = StationRole.Member, From = today };
        Other = new OtherLevelCommand { Role = StationRole.Member, From = today };
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostAssignAsync([Bind(Prefix = "Assign")] AssignCommand assign, uint version, CancellationToken ct)
    {
        Assign = assign;
        Other = new OtherLevelCommand { Role = StationRole.Member, From = handler.Today() };
        if (ModelState.IsValid)
        {
            var result = await handler.AssignAsync(Id, version, assign, ct);
            if (result.IsNotFound) return NotFound();
            if (result.IsSuccess)
            {
                TempData["StatusMessage"] = $"已将{result.Value}安排进站。";
                return RedirectToPage(new { id = Id });
            }
            result.AddTo(ModelState, assign.GetType(), "Assign");
        }
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostAddOtherAsync([Bind(Prefix = "Other")] OtherLevelCommand other, uint version, CancellationToken ct)
    {
        Other = other;
        Assign = new AssignCommand { Role = StationRole.Member, From = handler.Today() };
        if (ModelState.IsValid)
        {
            var result = await handler.AddOtherLevelAsync(Id, version, other, ct);
            if (result.IsNotFound) return NotFound();
            if (result.IsSuccess)
            {
                TempData["StatusMessage"] = $"已登记{result.Value}并安排进站。";
                return RedirectToPage(new { id = Id });
            }
            result.AddTo(ModelState, other.GetType(), "Other");
        }
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostRoleAsync(int deputyId, StationRole? role, uint version, CancellationToken ct)
    {
        var result = role is { } r ? await handler.ChangeRoleAsync(Id, version, deputyId, r, ct) : CommandResult<string>.Fail("请选择站内职务。");
        Report(result, name => $"已将{name}的站内职务改为{StationLabels.Role(role!.Value)}。");
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostEndAsync(int deputyId, DateOnly? to, uint version, CancellationToken ct)
    {
        var result = to is { } date ? await handler.EndAsync(Id, version, deputyId, date, ct) : CommandResult<EndOutcome>.Fail("请填写离站日期。");
        Report(result, outcome => outcome.InRotation
            ? $"{outcome.Name}已离站。该代表仍在接待日轮值名单中，请到接待日安排中调整轮值顺序。"
            : $"{outcome.Name}已离站。");
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostSetActiveAsync(bool active, CancellationToken ct)
    {
        var result = await handler.SetActiveAsync(Id, active, ct);
        Report(result, name => active ? $"已启用“{name}”。" : $"已停用“{name}”：不再在公开页面显示，也不再发布接待日公告。");
        return RedirectToPage(new { id = Id });
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var view = await handler.LoadAsync(Id, Search, ct);
        if (view is null) return NotFound();
        Station = view;
        return Page();
    }

    private void Report<T>(CommandResult<T> result, Func<T, string> success)
    {
        if (result.IsSuccess) TempData["StatusMessage"] = success(result.Value!);
        else TempData["ErrorMessage"] = result.Error;
    }

    public sealed record AssignCommand
    {
        [Required(ErrorMessage = "请选择代表"), Display(Name = "代表")]
        public int? DeputyId { get; init; }

        [Required(ErrorMessage = "请选择站内职务"), Display(Name = "站内职务")]
        public StationRole? Role { get; init; }

        [Required(ErrorMessage = "请填写进站日期"), Display(Name = "进站日期")]
        public DateOnly? From { get; init; }
    }

    /// <summary>A deputy of another level (五级代表) recorded with a minimal profile (docs/domain/deputies.md).</summary>
    public sealed record OtherLevelCommand
    {
        [Required(ErrorMessage = "请填写姓名"), StringLength(50, ErrorMessage = "姓名不能超过50个字"), Display(Name = "姓名")]
        public string Name { get; init; } = "";

        [Required(ErrorMessage = "请选择性别"), Display(Name = "性别")]
        public Gender? Gender { get; init; }

        [Required(ErrorMessage = "请选择代表层级"), Display(Name = "代表层级")]
        public DeputyLevel? Level { get; init; }

        [StringLength(100, ErrorMessage = "工作单位及职务不能超过100个字"), Display(Name = "工作单位及职务"), ForField(nameof(DeputyProfile.WorkUnitAndTitle))]
        public string? WorkUnit { get; init; }

        [Required(ErrorMessage = "请选择站内职务"), Display(Name = "站内职务")]
        public StationRole? Role { get; init; }

        [Required(ErrorMessage = "请填写进站日期"), Display(Name = "进站日期")]
        public DateOnly? From { get; init; }
    }

    public sealed record StationView(
        int Id, string Name, StationKind Kind, string Area, string Address, double? Latitude, double? Longitude,
        string? OpeningHours, string? ContactPhone, string? LiaisonOfficer, string? LiaisonOfficerPhone, string? Introduction, bool IsActive,
        uint Version);

    public sealed record MemberRow(int DeputyId, string Label, StationRole Role, DateOnly From, DateOnly? To);

    public sealed record ScheduleRow(int Id, string Description, DateOnly ValidFrom, DateOnly? ValidTo, int DeputiesPerDuty, bool IsActive, IReadOnlyList<string> Rotation);

    public sealed record UpcomingRow(DateOnly Date, TimeOnly Start, TimeOnly End, IReadOnlyList<string> Deputies);

    public sealed record ReceptionRow(int Id, DateOnly Date, TimeOnly? Start, TimeOnly? End, int Visitors, int Issues, int AwaitingFeedback);

    public sealed record View(
        StationView Details,
        IReadOnlyList<MemberRow> Members,
        IReadOnlyList<MemberRow> PastMembers,
        IReadOnlyList<SelectListItem> Candidates,
        int CandidateTotal,
        IReadOnlyList<ScheduleRow> Schedules,
        IReadOnlyList<UpcomingRow> Upcoming,
        IReadOnlyList<ReceptionRow> Receptions,
        int ReceptionTotal);

    public sealed record EndOutcome(string Name, bool InRotation);

    public sealed class Handler(AppDbContext db, WorkingCalendarProvider calendars, TimeProvider clock)
    {
        /// <summary>At most this many deputies in the select; a name narrows the list.</summary>
        public const int CandidateLimit = 300;

        public const int UpcomingCount = 5;

        public const int RecentReceptions = 10;

        public const string MembersChanged = "操作未成功：在您操作期间，其他人已修改了本站的信息或进站代表。页面已显示最新情况，请核对后再操作。";

        public DateOnly Today() => ChinaTime.Today(clock.GetUtcNow());

        public async Task<View?> LoadAsync(int id, string? search, CancellationToken ct)
        {
            var station = await db.Stations.AsNoTracking().Include(s => s.Members).SingleOrDefaultAsync(s => s.Id == id, ct);
            if (station is null) return null;
            var areas = await StationOptions.AreaNamesAsync(db, ct);
            var details = new StationView(station.Id, station.Name, station.Kind, areas.GetValueOrDefault(station.AreaId, ""), station.Address,
                station.Latitude, station.Longitude, station.OpeningHours, station.ContactPhone, station.LiaisonOfficer, station.LiaisonOfficerPhone,
                station.Introduction, station.IsActive, station.Version);

            var schedules = await db.ReceptionSchedules.AsNoTracking().Where(s => s.StationId == id).OrderBy(s => s.ValidFrom).ThenBy(s => s.Id).ToListAsync(ct);
            var calendar = await calendars.GetAsync(ct);
            var notices = station.IsActive
                ? ReceptionNotices.Upcoming(schedules.Where(s => s.IsActive), Today(), calendar, 90).Take(UpcomingCount).ToList()
                : [];

            var labelIds = station.Members.Select(m => m.DeputyId)
                .Concat(schedules.SelectMany(s => s.Rotation))
                .Concat(notices.SelectMany(n => n.DeputyIds))
                .Distinct().ToList();
            var labels = await DeputyLabelsAsync(labelIds, ct);
            var names = await db.Deputies.Where(d => labelIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);

            var members = station.Members
                .OrderBy(m => m.Role).ThenBy(m => m.From).ThenBy(m => m.Id)
                .Select(m => new MemberRow(m.DeputyId, labels.GetValueOrDefault(m.DeputyId, ""), m.Role, m.From, m.To))
                .ToList();

            var current = station.Members.Where(m => m.IsCurrent).Select(m => m.DeputyId).ToList();
            var candidates = db.Deputies.AsNoTracking().Where(d => d.Status == DeputyStatus.Serving && !current.Contains(d.Id));
            if (!string.IsNullOrWhiteSpace(search))
            {
                var text = search.Trim();
                candidates = candidates.Where(d => d.Name.Contains(text));
            }
            var candidateTotal = await candidates.CountAsync(ct);
            var candidateRows = await candidates
                // Municipal deputies first (most stations are theirs), then the other levels; by pinyin within.
                .OrderBy(d => d.Level == DeputyLevel.Municipal ? 0 : 1).ThenBy(d => EF.Functions.Collate(d.Name, AppDbContext.PinyinCollation)).ThenBy(d => d.Id)
                .Take(CandidateLimit)
                .Select(d => new { d.Id, d.Name, d.Level, Delegation = d.Delegation != null ? d.Delegation.Name : null })
                .ToListAsync(ct);

            var receptions = db.Receptions.AsNoTracking().Where(r => r.StationId == id);
            var recent = await receptions
                .OrderByDescending(r => r.Date).ThenByDescending(r => r.Id)
                .Take(RecentReceptions)
                .Select(r => new ReceptionRow(r.Id, r.Date, r.StartTime, r.EndTime, r.Visitors.Count, r.Issues.Count,
                    r.Issues.Count(i => i.Path != HandlingPath.AnsweredOnSpot && i.Path != HandlingPath.NotAcceptedInformed && i.Feedback == null)))
                .ToListAsync(ct);

            return new View(
                details,
                members.Where(m => m.To is null).ToList(),
                members.Where(m => m.To is not null).OrderByDescending(m => m.To).ToList(),
                candidateRows.Select(d => new SelectListItem(StationOptions.DeputyLabel(d.Name, d.Level, d.Delegation), StationOptions.Id(d.Id))).ToList(),
                candidateTotal,
                schedules.Select(s => new ScheduleRow(s.Id, s.Describe(), s.ValidFrom, s.ValidTo, s.DeputiesPerDuty, s.IsActive,
                    s.Rotation.Select(d => names.GetValueOrDefault(d, "")).ToList())).ToList(),
                notices.Select(n => new UpcomingRow(n.Date, n.Start, n.End, n.DeputyIds.Select(d => names.GetValueOrDefault(d, "")).ToList())).ToList(),
                recent,
                await receptions.CountAsync(ct));
        }

        private async Task<Dictionary<int, string>> DeputyLabelsAsync(IReadOnlyCollection<int> ids, CancellationToken ct)
        {
            var deputies = await db.Deputies.AsNoTracking()
                .Where(d => ids.Contains(d.Id))
                .Select(d => new { d.Id, d.Name, d.Level, Delegation = d.Delegation != null ? d.Delegation.Name : null })
                .ToListAsync(ct);
            return deputies.ToDictionary(d => d.Id, d => StationOptions.DeputyLabel(d.Name, d.Level, d.Delegation));
        }

        /// <summary>The station's members are checked against the version the page showed: two staff cannot both assign the same deputy.</summary>
        public async Task<CommandResult<string>> AssignAsync(int stationId, uint version, AssignCommand input, CancellationToken ct)
        {
            var deputy = await db.Deputies.AsNoTracking().Where(d => d.Id == input.DeputyId).Select(d => new { d.Id, d.Name }).SingleOrDefaultAsync(ct);
            if (deputy is null) return CommandResult<string>.Fail(Concurrency.MissingReference, "Assign.DeputyId");
            return await ActAsync(stationId, version, station =>
            {
                station.AssignDeputy(deputy.Id, input.Role!.Value, input.From!.Value);
                return deputy.Name;
            }, ct);
        }

        /// <summary>Records the deputy and assigns them in one SaveChanges, so both happen or neither does.</summary>
        public async Task<CommandResult<string>> AddOtherLevelAsync(int stationId, uint version, OtherLevelCommand input, CancellationToken ct)
        {
            var name = input.Name.Trim();
            if (await db.Deputies.AnyAsync(d => d.Name == name && d.Level == input.Level, ct)) return CommandResult<string>.Refused(StationMessages.OtherLevelDeputyExists);
            return await ActAsync(stationId, version, station =>
            {
                var deputy = DeputyEntity.CreateOtherLevel(input.Level!.Value, new DeputyProfile(name, input.Gender!.Value, WorkUnitAndTitle: input.WorkUnit));
                // Hi-lo keys: the deputy has its id as soon as it is added, before anything is written.
                db.Deputies.Add(deputy);
                station.AssignDeputy(deputy.Id, input.Role!.Value, input.From!.Value);
                return $"{DeputyLists.LevelName(deputy.Level)}{deputy.Name}";
            }, ct);
        }

        public async Task<CommandResult<string>> ChangeRoleAsync(int stationId, uint version, int deputyId, StationRole role, CancellationToken ct)
        {
            var name = await NameAsync(deputyId, ct);
            return await ActAsync(stationId, version, station =>
            {
                station.ChangeRole(deputyId, role);
                return name;
            }, ct);
        }

        public async Task<CommandResult<EndOutcome>> EndAsync(int stationId, uint version, int deputyId, DateOnly to, CancellationToken ct)
        {
            var rotations = await db.ReceptionSchedules.AsNoTracking().Where(s => s.StationId == stationId && s.IsActive).ToListAsync(ct);
            var outcome = new EndOutcome(await NameAsync(deputyId, ct), rotations.Any(s => s.Rotation.Contains(deputyId)));
            return await ActAsync(stationId, version, station =>
            {
                station.EndAssignment(deputyId, to);
                return outcome;
            }, ct);
        }

        /// <summary>
        /// Runs a change of the station's members. Only member rows change, so the station's own row is written too:
        /// that is what makes the save check the row version.
        /// </summary>
        private Task<CommandResult<T>> ActAsync<T>(int stationId, uint version, Func<LiaisonStation, T> act, CancellationToken ct) =>
            db.RunAsync(db.Stations.Include(s => s.Members), stationId, version, act, new CommandOptions { ConflictMessage = MembersChanged }, ct);

        public async Task<CommandResult<string>> SetActiveAsync(int stationId, bool active, CancellationToken ct)
        {
            var station = await db.Stations.SingleOrDefaultAsync(s => s.Id == stationId, ct);
            if (station is null) return CommandResult<string>.Fail(Concurrency.Gone);
            station.SetActive(active);
            return await db.TrySaveAsync(station.Name, null, null, ct);
        }

        private async Task<string> NameAsync(int deputyId, CancellationToken ct) =>
            await db.Deputies.Where(d => d.Id == deputyId).Select(d => d.Name).SingleOrDefaultAsync(ct) ?? "";
    }
}
