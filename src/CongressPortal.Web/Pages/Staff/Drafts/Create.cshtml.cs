using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Staff.Drafts;

/// <summary>
/// 准备征求意见稿 from a reading of a legislation record: the reading's text is copied, the title and 起草说明 come from the
/// reading, the last day is the earliest the law allows (30 days, the day of publication not counted). Nothing is public
/// until staff publish it from the draft's page.
/// </summary>
public sealed class CreateModel(DraftStore store, DraftDesk.Handler desk) : PageModel
{
    [BindProperty(SupportsGet = true)] public int RecordId { get; set; }

    [BindProperty(SupportsGet = true)] public int ReadingId { get; set; }

    [BindProperty] public DraftCommand Input { get; set; } = new();

    public LegislationStore.ReadingText Reading { get; private set; } = null!;

    public StatuteText Text { get; private set; } = StatuteText.Empty;

    /// <summary>The earliest last day if published today.</summary>
    public DateOnly Earliest { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Input = new DraftCommand
        {
            Title = $"{Reading.DraftTitle}（征求意见稿）",
            Explanation = Reading.Explanation,
            LastDay = Earliest,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var result = await store.PrepareAsync(RecordId, ReadingId, Input.ToDetails(), User.AsStaff(), ct);
        if (result.IsSuccess)
        {
            TempData["StatusMessage"] = "已准备征求意见稿。核对后即可发布征求意见。";
            return RedirectToPage("Details", new { id = result.Value });
        }
        if (result.IsNotFound) return NotFound();
        result.AddTo(ModelState, typeof(DraftCommand), "Input");
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var reading = await desk.ReadingAsync(RecordId, ReadingId, ct);
        if (reading is null) return false;
        Reading = reading;
        Text = StatuteText.FromJson(reading.TextJson);
        Earliest = OpenDraft.EarliestLastDay(store.Today);
        return true;
    }
}
