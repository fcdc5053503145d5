using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Proposals;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Proposals;

/// <summary>
/// 议案设置: per session, the proposal deadline (议案截止时间, Beijing time) and the numbering pattern. Saved through the command
/// runner with the session's row version, so two people changing them at once do not overwrite each other unseen.
/// </summary>
public sealed class SettingsModel(SettingsModel.Handler handler) : PageModel
{
    /// <summary>The session shown (the newest when none is named).</summary>
    [BindProperty(SupportsGet = true, Name = "session")] public int? SessionId { get; set; }

    [BindProperty] public Command Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Sessions { get; private set; } = [];

    public Facts? Session { get; private set; }

    public Concurrency.ConflictPanel? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Sessions = await handler.SessionsAsync(ct);
        SessionId ??= Sessions.Count > 0 ? int.Parse(Sessions[0].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        var chosen = SessionId?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Sessions = Sessions.Select(i => new SelectListItem(i.Text, i.Value, i.Value == chosen)).ToList();
        if (SessionId is null) return Page();
        var loaded = await handler.LoadAsync(SessionId.Value, ct);
        if (loaded is null) return NotFound();
        (Session, Input) = loaded.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (SessionId is not { } id) return NotFound();
        var loaded = await handler.LoadAsync(id, ct);
        if (loaded is null) return NotFound();
        Session = loaded.Value.Facts;
        if (ModelState.IsValid)
        {
            var result = await handler.SaveAsync(id, Input, ct);
            if (result.IsSuccess)
            {
                TempData["StatusMessage"] = $"已保存{Session.Name}的议案设置。";
                return RedirectToPage(new { session = id });
            }
            if (result.IsNotFound) return NotFound();
            Conflict = result.ShowOn(ModelState, Input);
        }
        Sessions = await handler.SessionsAsync(ct);
        return Page();
    }

    public sealed record Command
    {
        public uint Version { get; init; }

        /// <summary>Beijing date and time, as the datetime-local input sends it.</summary>
        [Display(Name = "议案截止时间")]
        public DateTime? ProposalDeadline { get; init; }

        [Display(Name = "议案编号规则")]
        public string? ProposalNumberPattern { get; init; }

        public DateTimeOffset? Deadline => ProposalDeadline is { } local
            ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), ChinaTime.Zone.GetUtcOffset(local))
            : null;

        public static Command From(CongressSession s) => new()
        {
            Version = s.Version,
            ProposalDeadline = s.ProposalDeadline is { } at ? ChinaTime.ToLocal(at).DateTime : null,
            ProposalNumberPattern = s.ProposalNumberPattern,
        };
    }

    /// <summary>The session, and what its pattern makes of the first number.</summary>
    public sealed record Facts(string Name, string Example, DateTimeOffset? Deadline);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<IReadOnlyList<SelectListItem>> SessionsAsync(CancellationToken ct)
        {
            var sessions = await db.Sessions.AsNoTracking()
                .OrderByDescending(s => s.Term.Number).ThenByDescending(s => s.Number)
                .Select(s => new { s.Id, Term = s.Term.Number, s.Number, s.StartDate })
                .ToListAsync(ct);
            return sessions.Select(s => new SelectListItem($"{CongressSession.FormatName(s.Term, s.Number)}（{s.StartDate.Year}年）", ProposalForm.Id(s.Id))).ToList();
        }

        public async Task<(Facts Facts, Command Input)?> LoadAsync(int id, CancellationToken ct)
        {
            var s = await db.Sessions.AsNoTracking().Include(x => x.Term).FirstOrDefaultAsync(x => x.Id == id, ct);
            if (s is null) return null;
            var example = SuggestionNumbering.Format(s.ProposalNumberPattern, s.Term.Number, s.Number, s.StartDate.Year, 1);
            return (new Facts(CongressSession.FormatName(s.Term.Number, s.Number), example, s.ProposalDeadline), Command.From(s));
        }

        public Task<CommandResult<int>> SaveAsync(int id, Command input, CancellationToken ct) =>
            db.RunAsync(db.Sessions, id, input.Version, s =>
            {
                s.SetProposalRules(input.Deadline, input.ProposalNumberPattern);
                return s.Id;
            }, new CommandOptions { Current = token => SnapshotAsync(id, token) }, ct);

        private async Task<Concurrency.Snapshot?> SnapshotAsync(int id, CancellationToken ct)
        {
            var s = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
            return s is null ? null : new Concurrency.Snapshot(new Dictionary<string, string?>
            {
                ["议案截止时间"] = Display.DateTime(s.ProposalDeadline),
                ["议案编号规则"] = s.ProposalNumberPattern,
            }, s.Version);
        }
    }
}
