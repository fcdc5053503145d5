using CongressPortal.Domain.Common;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure.Excel;

namespace CongressPortal.Web.Pages.Staff.Proposals;

/// <summary>
/// A session's proposal register (议案登记表) as an .xlsx: one row per registered proposal in number order, with its
/// proposers, the presidium's decision and what followed. <c>?session=</c> names the session; without it, the latest.
/// </summary>
public sealed class ExportModel(ExportModel.Handler handler) : SessionPaperworkPage
{
    protected override Task<PaperworkFile?> WriteAsync(int? session, CancellationToken ct) => handler.ExportAsync(session, ct);

    public sealed class Handler(AppDbContext db, TimeProvider clock, ILogger<Handler> logger)
    {
        /// <summary>The register of <paramref name="sessionId"/> (the latest session when null); null when there is no such session.</summary>
        public async Task<PaperworkFile?> ExportAsync(int? sessionId, CancellationToken ct)
        {
            var book = await ProposalRegister.LoadAsync(db, sessionId, ChinaTime.Today(clock.GetUtcNow()), ct);
            if (book is null) return null;
            var rows = new List<IReadOnlyList<string?>>(book.Entries.Count + 1) { ProposalSheet.Headers };
            rows.AddRange(book.Entries.Select(e => new[]
            {
                e.Number,
                e.Subject,
                e.Proposer,
                e.Lead,
                XlsxCells.Names(e.CoSigners),
                XlsxCells.Date(e.RegisteredOn),
                e.StatusLabel,
                e.DecisionLabel,
                XlsxCells.Date(e.DecidedOn),
                e.DecisionReason,
                e.Committee,
                XlsxCells.Date(e.ReportDueOn),
                XlsxCells.Date(e.ReportedOn),
                XlsxCells.Date(e.ResultOn),
                e.ResultText ?? (e.SuggestionNumber is { } number ? $"作为代表建议{number}办理（{e.SuggestionStatus}）" : null),
                e.StatusReason,
            }));
            var content = XlsxFile.Write([new XlsxSheet(ProposalSheet.SheetName, rows, ProposalSheet.Widths)]);
            logger.LogInformation("Exported the proposal register of session {Session}: {Count} rows", book.SessionId, book.Entries.Count);
            return new PaperworkFile(content, XlsxFile.ContentType, $"{book.SessionName}议案登记表.xlsx");
        }
    }
}
