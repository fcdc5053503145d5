using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Suggestions;

/// <summary>
/// The published 代表建议办理情况报告, one per session, newest session first (代表法第五十一条). Only reports staff published and
/// have not withdrawn; the document itself is served by <see cref="HandlingReportFileModel"/>.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.SuggestionPages)]
public sealed class HandlingReportsModel(HandlingReportsModel.Handler handler) : PageModel
{
    public IReadOnlyList<Row> Reports { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Reports = await handler.ListAsync(ct);

    public sealed record Row(int Id, string Session, string Title, DateTimeOffset PublishedAt, FileKind Kind, long Length);

    public sealed class Handler(AppDbContext db)
    {
        /// <summary>Published reports only: what the public may read.</summary>
        public static IQueryable<HandlingReportRelease> Published(AppDbContext db) =>
            db.HandlingReportReleases.AsNoTracking().Where(HandlingReportRelease.Public);

        public async Task<IReadOnlyList<Row>> ListAsync(CancellationToken ct)
        {
            var rows = await Published(db)
                .Join(db.Sessions, r => r.SessionId, s => s.Id, (r, s) => new { r, s.StartDate, Term = s.Term.Number, s.Number })
                .OrderByDescending(x => x.StartDate)
                .Select(x => new
                {
                    x.r.Id, x.Term, x.Number, x.r.Title, x.r.PublishedAt,
                    File = db.StoredFiles.Where(f => f.Id == x.r.FileId).Select(f => new { f.Kind, f.Length }).First(),
                })
                .ToListAsync(ct);
            return rows.ConvertAll(x => new Row(x.Id, Domain.Reference.CongressSession.FormatName(x.Term, x.Number), x.Title, x.PublishedAt, x.File.Kind, x.File.Length));
        }

        /// <summary>The document of a published report; null when there is none or it was withdrawn (404).</summary>
        public Task<StoredFile?> FileAsync(int id, CancellationToken ct) =>
            Published(db).Where(r => r.Id == id).Join(db.StoredFiles, r => r.FileId, f => f.Id, (r, f) => f).FirstOrDefaultAsync(ct);
    }
}
