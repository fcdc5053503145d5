using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Stations;

/// <summary>
/// One reception in full for staff: the visitors' names and contacts unmasked, each issue with its handling
/// path and state, and a form per issue to record the feedback given to the visitor.
/// </summary>
public sealed class ReceptionModel(ReceptionModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public View Reception { get; private set; } = null!;

    /// <summary>The issue whose feedback form was refused: it shows the messages and what was typed.</summary>
    public int? FeedbackIssueId { get; private set; }

    public FeedbackCommand Feedback { get; private set; } = new();

    public DateOnly Today => handler.Today();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnPostFeedbackAsync(int issueId, [Bind(Prefix = "Feedback")] FeedbackCommand feedback, uint version, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await handler.RecordFeedbackAsync(Id, version, issueId, feedback, ct);
            if (result.IsSuccess)
            {
                TempData["StatusMessage"] = "已记录反馈情况。";
                return RedirectToPage(new { id = Id });
            }
            if (result.IsNotFound) return NotFound();
            result.AddTo(ModelState, typeof(FeedbackCommand), "Feedback");
        }
        FeedbackIssueId = issueId;
        Feedback = feedback;
        return await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var view = await handler.LoadAsync(Id, ct);
        if (view is null) return NotFound();
        Reception = view;
        return Page();
    }

    /// <summary>The first message for <paramref name="field"/> of the refused feedback form.</summary>
    public string FeedbackError(string field) =>
        ModelState.TryGetValue($"Feedback.{field}", out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : "";

    public sealed record FeedbackCommand
    {
        [Required(ErrorMessage = "请填写反馈情况"), StringLength(1000, ErrorMessage = "反馈情况不能超过1000个字"), Display(Name = "反馈情况"), ForField("Feedback")]
        public string Text { get; init; } = "";

        [Required(ErrorMessage = "请填写反馈日期"), Display(Name = "反馈日期")]
        public DateOnly? On { get; init; }
    }

    public sealed record VisitorView(int Id, string Name, string? Contact);

    public sealed record IssueView(
        int Id, string Summary, string? Category, HandlingPath Path, string? RaisedBy, string? FollowUpDeputy,
        string? Feedback, DateOnly? FeedbackOn, int? SuggestionId)
    {
        /// <summary>Matters answered on the spot need no later feedback (the domain refuses it too).</summary>
        public bool TakesFeedback => Path != HandlingPath.AnsweredOnSpot;

        public string State => Path switch
        {
            HandlingPath.AnsweredOnSpot => "当场已答复",
            HandlingPath.TurnedIntoSuggestion when SuggestionId is null => Feedback is null ? "待转为建议" : "待转为建议，已反馈",
            HandlingPath.TurnedIntoSuggestion => Feedback is null ? "已转为代表建议" : "已转为代表建议，已反馈",
            HandlingPath.NotAcceptedInformed => Feedback is null ? "已告知途径" : "已告知途径，已反馈",
            _ => Feedback is null ? "待反馈" : "已反馈",
        };
    }

    public sealed record View(
        int Id, int StationId, string StationName, DateOnly Date, TimeOnly? Start, TimeOnly? End, string? Notes, string? RecordedBy,
        IReadOnlyList<string> Deputies, IReadOnlyList<VisitorView> Visitors, IReadOnlyList<IssueView> Issues, uint Version);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public const string FeedbackConflict = "反馈未保存：在您操作期间，其他人已修改了这次接待的记录或反馈。页面已显示最新情况，请核对后再保存。";

        public DateOnly Today() => ChinaTime.Today(clock.GetUtcNow());

        public async Task<View?> LoadAsync(int id, CancellationToken ct)
        {
            var reception = await db.Receptions.AsNoTracking()
                .Include(r => r.Deputies).Include(r => r.Visitors).Include(r => r.Issues)
                .AsSplitQuery()
                .SingleOrDefaultAsync(r => r.Id == id, ct);
            if (reception is null) return null;
            var station = await db.Stations.Where(s => s.Id == reception.StationId).Select(s => s.Name).SingleAsync(ct);
            var deputyIds = reception.Deputies.Select(d => d.DeputyId)
                .Concat(reception.Issues.Where(i => i.FollowUpDeputyId is not null).Select(i => i.FollowUpDeputyId!.Value))
                .Distinct().ToList();
            var names = await db.Deputies.Where(d => deputyIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
            var categoryIds = reception.Issues.Where(i => i.CategoryId is not null).Select(i => i.CategoryId!.Value).Distinct().ToList();
            var categories = await db.SuggestionCategories.Where(c => categoryIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
            var recordedBy = reception.RecordedByUserId is { } userId
                ? await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleOrDefaultAsync(ct)
                : null;
            var visitors = reception.Visitors.OrderBy(v => v.Id).ToList();
            return new View(
                reception.Id, reception.StationId, station, reception.Date, reception.StartTime, reception.EndTime, reception.Notes, recordedBy,
                reception.Deputies.Select(d => names.GetValueOrDefault(d.DeputyId, "")).ToList(),
                visitors.Select(v => new VisitorView(v.Id, v.Name, v.Contact)).ToList(),
                reception.Issues.OrderBy(i => i.Id)
                    .Select(i => new IssueView(
                        i.Id, i.Summary, i.CategoryId is { } c ? categories.GetValueOrDefault(c) : null, i.Path,
                        visitors.FirstOrDefault(v => v.Id == i.VisitorId)?.Name,
                        i.FollowUpDeputyId is { } f ? names.GetValueOrDefault(f) : null,
                        i.Feedback, i.FeedbackOn, i.SuggestionId))
                    .ToList(),
                reception.Version);
        }

        /// <summary>Against the reception's version the page showed: two staff writing feedback at once cannot overwrite each other unseen.</summary>
        public Task<CommandResult<int>> RecordFeedbackAsync(int receptionId, uint version, int issueId, FeedbackCommand input, CancellationToken ct) =>
            db.RunAsync(db.Receptions.Include(r => r.Issues), receptionId, version, reception =>
            {
                reception.RecordFeedback(issueId, input.Text, input.On!.Value, Today());
                return issueId;
            }, new CommandOptions { ConflictMessage = FeedbackConflict }, ct);
    }
}
