using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Reference.Meetings;

/// <summary>The standing committee's meetings (常委会第N次会议, numbered within the term), optionally of one term.</summary>
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "term")] public int? TermId { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Terms { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => (Rows, Terms) = await handler.ListAsync(TermId, ct);

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        this.ReportOutcome(await handler.DeleteAsync(id, ct), name => $"已删除“{name}”。");
        return RedirectToPage(new { term = TermId });
    }

    public sealed record Row(int Id, string Name, DateOnly Date);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<(IReadOnlyList<Row>, IReadOnlyList<SelectListItem>)> ListAsync(int? termId, CancellationToken ct)
        {
            var query = db.StandingCommitteeMeetings.AsNoTracking();
            if (termId is { } id) query = query.Where(m => m.TermId == id);
            var rows = await query
                .OrderByDescending(m => m.Term.Number).ThenByDescending(m => m.Number)
                .Select(m => new { m.Id, TermNumber = m.Term.Number, m.Number, m.Date })
                .ToListAsync(ct);
            return (rows.Select(m => new Row(m.Id, StandingCommitteeMeeting.FormatName(m.TermNumber, m.Number), m.Date)).ToList(),
                await db.TermOptionsAsync(ct));
        }

        public async Task<CommandResult<string>> DeleteAsync(int id, CancellationToken ct)
        {
            var meeting = await db.StandingCommitteeMeetings.Include(m => m.Term).SingleOrDefaultAsync(m => m.Id == id, ct);
            var name = meeting is null ? "" : StandingCommitteeMeeting.FormatName(meeting.Term.Number, meeting.Number);
            return await db.TryDeleteAsync(meeting, name, ct);
        }
    }
}
