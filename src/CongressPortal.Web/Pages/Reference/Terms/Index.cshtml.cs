using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Reference.Terms;

public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await handler.ListAsync(ct);

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        this.ReportOutcome(await handler.DeleteAsync(id, ct), name => $"已删除“{name}”。");
        return RedirectToPage();
    }

    public sealed record Row(int Id, string Name, DateOnly StartDate, DateOnly? EndDate, int Sessions, int Meetings);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<IReadOnlyList<Row>> ListAsync(CancellationToken ct)
        {
            var terms = await db.Terms.AsNoTracking().OrderByDescending(t => t.Number).ToListAsync(ct);
            var sessions = await db.Sessions.GroupBy(s => s.TermId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
            var meetings = await db.StandingCommitteeMeetings.GroupBy(m => m.TermId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
            return terms
                .Select(t => new Row(t.Id, t.Name, t.StartDate, t.EndDate, sessions.GetValueOrDefault(t.Id), meetings.GetValueOrDefault(t.Id)))
                .ToList();
        }

        /// <summary>A term with sessions, meetings or deputies is refused: the database's foreign keys say it is in use.</summary>
        public async Task<CommandResult<string>> DeleteAsync(int id, CancellationToken ct)
        {
            var term = await db.Terms.SingleOrDefaultAsync(t => t.Id == id, ct);
            return await db.TryDeleteAsync(term, term?.Name ?? "", ct);
        }
    }
}
