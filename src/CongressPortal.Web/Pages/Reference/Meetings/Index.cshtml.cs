using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CongressPortal.Web.Pages.Reference.Meetings;

/// <summary>The standing committee's meetings (常委会第N次会议, numbered within the term), optionally of one term.</summary>
public sealed class IndexModel(IndexModel.Handler handler) : TermNumberedIndexPage<IndexModel.Row>(handler)
{
    public sealed record Row(int Id, string Name, DateOnly Date);

    public sealed class Handler(AppDbContext db) : ITermNumberedList<Row>
    {
        public async Task<(IReadOnlyList<Row> Rows, IReadOnlyList<SelectListItem> Terms)> ListAsync(int? termId, CancellationToken ct) =>
            (await db.StandingCommitteeMeetings.ListAsync(termId, (m, name) => new Row(m.Id, name, m.Date), ct), await db.TermOptionsAsync(ct));

        public Task<CommandResult<string>> DeleteAsync(int id, CancellationToken ct) => db.DeleteAsync(db.StandingCommitteeMeetings, id, ct);
    }
}
