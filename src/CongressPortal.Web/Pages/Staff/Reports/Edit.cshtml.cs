using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Reports;
using CongressPortal.Web.Data;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Reports;

/// <summary>Creates a work report (no id) or edits its details (/{id}); a lost save shows the other person's values.</summary>
public sealed class EditModel(EditModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }

    [BindProperty] public Command Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Sessions { get; private set; } = [];

    public Concurrency.ConflictPanel? Conflict { get; private set; }

    public string Heading => Id is null ? "新建工作报告" : "编辑信息";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var input = await handler.LoadAsync(id, ct);
            if (input is null) return NotFound();
            Input = input;
        }
        Sessions = await handler.SessionsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await handler.SaveAsync(Id, Input, User.AsStaff(), ct);
            if (result.IsSuccess)
            {
                TempData["StatusMessage"] = $"已保存“{Input.Title.Trim()}”。";
                return Id is null ? RedirectToPage("Import", new { id = result.Value }) : RedirectToPage("Outline", new { id = result.Value });
            }
            Conflict = result.ShowOn(ModelState, Input);
        }
        Sessions = await handler.SessionsAsync(ct);
        return Page();
    }

    public sealed record Command
    {
        public uint Version { get; init; }

        [Required(ErrorMessage = "请填写年度"), Range(WorkReport.MinYear, WorkReport.MaxYear, ErrorMessage = "年度应在1979至2100之间"), Display(Name = "年度")]
        public int? Year { get; init; }

        [Display(Name = "人代会会议")]
        public int? SessionId { get; init; }

        [Required(ErrorMessage = "请填写标题"), StringLength(100, ErrorMessage = "标题不能超过100个字"), Display(Name = "标题")]
        public string Title { get; init; } = "";

        [Display(Name = "报告日期")]
        public DateOnly? DeliveredOn { get; init; }

        [StringLength(30, ErrorMessage = "报告人不能超过30个字"), Display(Name = "报告人")]
        public string? SpeakerName { get; init; }

        [StringLength(60, ErrorMessage = "报告人职务不能超过60个字"), Display(Name = "报告人职务")]
        public string? SpeakerTitle { get; init; }

        public WorkReportDetails ToDetails() => new(Year!.Value, SessionId, Title, DeliveredOn, SpeakerName, SpeakerTitle);
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<IReadOnlyList<SelectListItem>> SessionsAsync(CancellationToken ct)
        {
            var sessions = await db.Sessions.AsNoTracking()
                .OrderByDescending(s => s.StartDate)
                .Select(s => new { s.Id, Term = s.Term.Number, s.Number, s.StartDate })
                .ToListAsync(ct);
            return sessions.Select(s => new SelectListItem($"{CongressSession.FormatName(s.Term, s.Number)}（{Display.Date(s.StartDate)}）", s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        }

        public Task<Command?> LoadAsync(int id, CancellationToken ct) =>
            db.WorkReports.AsNoTracking()
                .Where(r => r.Id == id)
                .Select(r => new Command
                {
                    Version = r.Version,
                    Year = r.Year,
                    SessionId = r.SessionId,
                    Title = r.Title,
                    DeliveredOn = r.DeliveredOn,
                    SpeakerName = r.SpeakerName,
                    SpeakerTitle = r.SpeakerTitle,
                })
                .SingleOrDefaultAsync(ct);

        /// <summary>Saves and returns the report's id: a new report through its factory, an existing one through <see cref="AggregateCommands"/>.</summary>
        public async Task<CommandResult<int>> SaveAsync(int? id, Command input, Actor actor, CancellationToken ct)
        {
            if (input.SessionId is { } sessionId && !await db.Sessions.AnyAsync(s => s.Id == sessionId, ct))
                return CommandResult<int>.Fail(Concurrency.MissingReference, "Input.SessionId");
            if (id is { } existing)
            {
                // The details form shows the other person's values on a conflict, like every edit form.
                var options = new CommandOptions { Current = token => CurrentAsync(existing, token), Unique = ReportActions.UniqueYear };
                return await db.RunAsync(db.Whole(), existing, input.Version, r =>
                {
                    r.Update(input.ToDetails(), actor, clock.GetUtcNow());
                    return r.Id;
                }, options, ct);
            }
            WorkReport report;
            try
            {
                report = WorkReport.Create(input.ToDetails(), actor, clock.GetUtcNow());
            }
            catch (DomainRuleException e)
            {
                return CommandResult<int>.Refused(e.Refusal);
            }
            db.WorkReports.Add(report);
            return await db.TrySaveAsync(report.Id, null, ReportActions.UniqueYear, ct);
        }

        private async Task<Concurrency.Snapshot?> CurrentAsync(int id, CancellationToken ct)
        {
            var report = await db.WorkReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
            if (report is null) return null;
            return new(new Dictionary<string, string?>
            {
                ["年度"] = report.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["标题"] = report.Title,
                ["报告日期"] = report.DeliveredOn is { } d ? Display.Date(d) : null,
                ["报告人"] = report.SpeakerName,
                ["报告人职务"] = report.SpeakerTitle,
            }, report.Version);
        }
    }
}
