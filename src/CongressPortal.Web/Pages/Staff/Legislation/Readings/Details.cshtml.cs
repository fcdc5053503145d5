using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Staff.Legislation.Readings;

/// <summary>The draft text read at one reading, by chapter and article with its table of contents.</summary>
public sealed class DetailsModel(LegislationStore store) : PageModel
{
    public LegislationStore.ReadingText Reading { get; private set; } = null!;

    public StatuteText Text { get; private set; } = StatuteText.Empty;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var reading = await store.ReadingAsync(id, ct);
        if (reading is null) return NotFound();
        Reading = reading;
        Text = StatuteText.FromJson(reading.TextJson);
        return Page();
    }
}
