using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Reference.Sessions;

/// <summary>The yearly sessions of the congress (第N届人民代表大会第M次会议), optionally of one term.</summary>
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

    public sealed record Row(int Id, string Name, DateOnly StartDate, DateOnly? EndDate);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<(IReadOnlyList<Row>, IReadOnlyList<SelectListItem>)> ListAsync(int? termId, CancellationToken ct)
        {
            var query = db.Sessions.AsNoTracking();
            if (termId is { } id) query = query.Where(s => s.TermId == id);
            var rows = await query
                .OrderByDescending(s => s.Term.Number).ThenByDescending(s => s.Number)
                .Select(s => new { s.Id, TermNumber = s.Term.Number, s.Number, s.StartDate, s.EndDate })
                .ToListAsync(ct);
            return (rows.Select(s => new Row(s.Id, CongressSession.FormatName(s.TermNumber, s.Number), s.StartDate, s.EndDate)).ToList(),
                await db.TermOptionsAsync(ct));
        }

        public async Task<CommandResult<string>> DeleteAsync(int id, CancellationToken ct)
        {
            var session = await db.Sessions.Include(s => s.Term).SingleOrDefaultAsync(s => s.Id == id, ct);
            var name = session is null ? "" : CongressSession.FormatName(session.Term.Number, session.Number);
            return await db.TryDeleteAsync(session, name, ct);
        }
    }
}
