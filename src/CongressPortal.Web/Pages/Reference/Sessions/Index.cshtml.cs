using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CongressPortal.Web.Pages.Reference.Sessions;

/// <summary>The yearly sessions of the congress (第N届人民代表大会第M次会议), optionally of one term.</summary>
public sealed class IndexModel(IndexModel.Handler handler) : TermNumberedIndexPage<IndexModel.Row>(handler)
{
    public sealed record Row(int Id, string Name, DateOnly StartDate, DateOnly? EndDate);

    public sealed class Handler(AppDbContext db) : ITermNumberedList<Row>
    {
        public async Task<(IReadOnlyList<Row> Rows, IReadOnlyList<SelectListItem> Terms)> ListAsync(int? termId, CancellationToken ct) =>
            (await db.Sessions.ListAsync(termId, (s, name) => new Row(s.Id, name, s.StartDate, s.EndDate), ct), await db.TermOptionsAsync(ct));

        public Task<CommandResult<string>> DeleteAsync(int id, CancellationToken ct) => db.DeleteAsync(db.Sessions, id, ct);
    }
}
