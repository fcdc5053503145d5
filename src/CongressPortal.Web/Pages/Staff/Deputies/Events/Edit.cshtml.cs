using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Deputies.Events;

/// <summary>
/// Records a performance event (no id) or edits one (/{id}). Participants are typed as deputy numbers, as they
/// appear on a sign-in sheet (“16001 16002 …”), and resolved in the term running on the event's date; unknown
/// numbers are listed back, and nothing is saved until every number is found.
/// </summary>
public sealed class EditModel(EditModel.Handler handler) : PageModel
{
    public const string MeetingRequired = "列席常委会会议须选择是哪一次会议";

    [BindProperty(SupportsGet = true)] public int? Id { get; set; }

    [BindProperty] public Command Input { get; set; } = new();

    public Concurrency.ConflictPanel? Conflict { get; private set; }

    public IReadOnlyList<SelectListItem> Meetings { get; private set; } = [];

    /// <summary>Who is recorded now (for an existing event), so staff can check the numbers against names.</summary>
    public IReadOnlyList<Participant> Recorded { get; private set; } = [];

    public string Heading => Id is null ? "登记履职活动" : "编辑履职活动";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var input = Id is { } id ? await handler.LoadAsync(id, ct) : handler.New();
        if (input is null) return NotFound();
        Input = input;
        await LoadOptionsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.Kind == PerformanceEventKind.StandingCommitteeMeeting && Input.MeetingId is null) ModelState.AddModelError("Input.MeetingId", MeetingRequired);
        if (ModelState.IsValid)
        {
            var result = await handler.SaveAsync(Id, Input, ct);
            if (result.IsSuccess)
            {
                TempData["StatusMessage"] = $"已保存“{Input.Title.Trim()}”，参加代表{result.Value}名。";
                return RedirectToPage("Index");
            }
            Conflict = result.ShowOnEditForm(ModelState, Input);
        }
        await LoadOptionsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        var result = await handler.DeleteAsync(Id ?? 0, ct);
        if (result.IsSuccess) TempData["StatusMessage"] = $"已删除“{result.Value}”，相关代表的履职档案已随之更新。";
        else TempData["ErrorMessage"] = result.Error;
        return RedirectToPage("Index");
    }

    private async Task LoadOptionsAsync(CancellationToken ct)
    {
        Meetings = await handler.MeetingsAsync(ct);
        Recorded = Id is { } id ? await handler.ParticipantsAsync(id, ct) : [];
    }

    public sealed record Command
    {
        public uint Version { get; init; }

        [Required(ErrorMessage = "请选择活动类型"), Display(Name = "活动类型")]
        public PerformanceEventKind? Kind { get; init; }

        [Required(ErrorMessage = "请填写活动日期"), Display(Name = "活动日期")]
        public DateOnly? Date { get; init; }

        [Required(ErrorMessage = "请填写活动名称"), StringLength(200, ErrorMessage = "活动名称不能超过200个字"), Display(Name = "活动名称")]
        public string Title { get; init; } = "";

        [Display(Name = "常委会会议")]
        public int? MeetingId { get; init; }

        /// <summary>The deputies taking part, typed as their numbers: the domain's <c>DeputyIds</c>.</summary>
        [Required(ErrorMessage = "请填写参加活动的代表证号"), Display(Name = "参加代表（代表证号）"), ForField("DeputyIds")]
        public string Participants { get; init; } = "";
    }

    public sealed record Participant(int Id, string? Number, string Name);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        private static readonly char[] Separators = [' ', '\t', '\r', '\n', ',', '，', '、', ';', '；', '\u3000'];

        public Command New() => new() { Date = ChinaTime.Today(clock.GetUtcNow()) };

        public async Task<Command?> LoadAsync(int id, CancellationToken ct)
        {
            var found = await db.PerformanceEvents.AsNoTracking()
                .Where(e => e.Id == id)
                .Select(e => new { e.Version, e.Kind, e.Date, e.Title, e.MeetingId })
                .SingleOrDefaultAsync(ct);
            if (found is null) return null;
            var numbers = (await ParticipantsAsync(id, ct)).Select(p => p.Number).OfType<string>();
            return new Command
            {
                Version = found.Version, Kind = found.Kind, Date = found.Date, Title = found.Title, MeetingId = found.MeetingId,
                Participants = string.Join(" ", numbers),
            };
        }

        public Task<IReadOnlyList<SelectListItem>> MeetingsAsync(CancellationToken ct) => RegistryOptions.MeetingsAsync(db, ct);

        public async Task<IReadOnlyList<Participant>> ParticipantsAsync(int id, CancellationToken ct)
        {
            var participants = await db.Deputies.AsNoTracking()
                .Where(d => db.PerformanceEvents.Any(e => e.Id == id && e.Participants.Any(p => p.DeputyId == d.Id)))
                .OrderBy(d => d.Number == null).ThenBy(d => d.Number).ThenBy(d => d.Id)
                .Select(d => new { d.Id, d.Number, d.Name })
                .ToListAsync(ct);
            return participants.ConvertAll(p => new Participant(p.Id, p.Number, p.Name));
        }

        /// <summary>Saves the event; the value is the number of participants.</summary>
        public async Task<CommandResult<int>> SaveAsync(int? id, Command input, CancellationToken ct)
        {
            var date = input.Date!.Value;
            var termId = await db.Terms.AsNoTracking().CurrentTermIdAsync(date, ct);
            var numbers = input.Participants.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
            var found = await db.Deputies.AsNoTracking()
                .Where(d => d.TermId == termId && d.Number != null && numbers.Contains(d.Number))
                .Select(d => new { d.Id, d.Number })
                .ToListAsync(ct);
            var unknown = numbers.Except(found.Select(f => f.Number!)).ToList();
            if (unknown.Count > 0)
            {
                return CommandResult<int>.Fail($"以下代表证号在活动日期所在届次中未找到，请核对：{string.Join("、", unknown)}", "Input.Participants");
            }

            var deputyIds = found.Select(f => f.Id).ToList();
            if (id is not { } existing)
            {
                return await db.CreateAsync(() => db.PerformanceEvents.Add(PerformanceEvent.Create(input.Kind!.Value, date, input.Title, input.MeetingId, deputyIds)).Entity.Participants.Count, null, ct);
            }
            // Participants without a number in that term (deputies of other levels) are not in the text: keep them.
            var numberedThere = await db.Deputies.AsNoTracking()
                .Where(d => d.TermId == termId && d.Number != null)
                .Select(d => d.Id)
                .ToListAsync(ct);
            return await db.RunAsync(db.PerformanceEvents.Include(e => e.Participants), existing, input.Version, performanceEvent =>
            {
                var kept = performanceEvent.Participants.Select(p => p.DeputyId).Where(dId => !numberedThere.Contains(dId)).ToList();
                performanceEvent.Update(input.Kind!.Value, date, input.Title, input.MeetingId);
                performanceEvent.SetParticipants(deputyIds.Concat(kept));
                return performanceEvent.Participants.Count;
            }, new CommandOptions { Current = token => CurrentAsync(existing, token) }, ct);
        }

        public async Task<CommandResult<string>> DeleteAsync(int id, CancellationToken ct)
        {
            var performanceEvent = await db.PerformanceEvents.Include(e => e.Participants).SingleOrDefaultAsync(e => e.Id == id, ct);
            return await db.TryDeleteAsync(performanceEvent, performanceEvent?.Title ?? "", ct);
        }

        private async Task<Concurrency.Snapshot?> CurrentAsync(int id, CancellationToken ct)
        {
            var e = await db.PerformanceEvents.AsNoTracking()
                .Where(x => x.Id == id)
                .Select(x => new { x.Kind, x.Date, x.Title, x.Version, Count = x.Participants.Count })
                .SingleOrDefaultAsync(ct);
            if (e is null) return null;
            var numbers = (await ParticipantsAsync(id, ct)).Select(p => p.Number).OfType<string>();
            return new(new Dictionary<string, string?>
            {
                ["活动类型"] = PerformanceEvent.KindName(e.Kind),
                ["活动日期"] = Display.Date(e.Date),
                ["活动名称"] = e.Title,
                ["参加代表"] = $"{e.Count}名：{string.Join(" ", numbers)}",
            }, e.Version);
        }
    }
}
