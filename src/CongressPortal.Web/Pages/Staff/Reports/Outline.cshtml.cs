using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reports;
using CongressPortal.Web.Data;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Reports;

/// <summary>
/// The detected outline of the draft, block by block, with what staff should check highlighted and one form per block
/// to correct it (promote, demote, merge with the previous block, split, delete, change kind, keep flagged content,
/// set the bold lead sentence). Each correction carries the row version the page showed.
/// </summary>
public sealed class OutlineModel(OutlineModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    [BindProperty] public uint Version { get; set; }

    [BindProperty] public int BlockId { get; set; }

    [BindProperty] public EditOperation Op { get; set; }

    /// <summary>Where to split: a character position, or the text the second part starts with.</summary>
    [BindProperty] public string? SplitAt { get; set; }

    [BindProperty] public ReportBlockKind? Kind { get; set; }

    [BindProperty] public int? LeadLength { get; set; }

    public Handler.View? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Report = await handler.LoadAsync(Id, User.AsStaff(), ct);
        return Report is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await handler.EditAsync(Id, Version, Op, BlockId, SplitAt, Kind, LeadLength, User.AsStaff(), ct);
        if (result.IsNotFound) return NotFound();
        // Back to the block, with the answer at the top: the page shows the outline as it now is either way.
        if (result.IsSuccess) TempData["StatusMessage"] = result.Value;
        else TempData["ErrorMessage"] = result.Error;
        return RedirectToPage("Outline", null, new { id = Id }, BlockId > 0 ? $"b-{BlockId}" : null);
    }

    public enum EditOperation
    {
        Promote,
        Demote,
        Merge,
        Split,
        Delete,
        ChangeKind,
        Keep,
        Lead,
        Renumber,
        DeleteSuspected,
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public sealed record View(int Id, int Year, string Title, WorkReportStatus Status, uint Version, ReportOutline? Outline, string? ImportNotice,
            AvailableActions<WorkReportAction> Can);

        public async Task<View?> LoadAsync(int id, Actor actor, CancellationToken ct)
        {
            var report = await db.Whole().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
            if (report is null) return null;
            return new View(report.Id, report.Year, report.Title, report.Status, report.Version, report.Draft(), report.ImportNotice, report.AvailableActions(actor));
        }

        public Task<CommandResult<string>> EditAsync(int id, uint version, EditOperation op, int blockId, string? splitAt, ReportBlockKind? kind, int? leadLength, Actor actor, CancellationToken ct)
        {
            Func<ReportOutline, ReportOutline> edit = op switch
            {
                EditOperation.Promote => o => o.Promote(blockId),
                EditOperation.Demote => o => o.Demote(blockId),
                EditOperation.Merge => o => o.MergeWithPrevious(blockId),
                EditOperation.Split => o => o.SplitAt(blockId, splitAt),
                EditOperation.Delete => o => o.Delete(blockId),
                EditOperation.ChangeKind => o => o.ChangeKind(blockId, kind ?? throw ReportMessages.KindRequired.ToException()),
                EditOperation.Keep => o => o.KeepSuspected(blockId),
                EditOperation.Lead => o => o.SetLeadSentence(blockId, leadLength ?? 0),
                EditOperation.Renumber => o => o.Renumber(),
                _ => o => o.Delete(o.Blocks.Where(b => b.Suspicion is not null).Select(b => b.Id).ToList()),
            };
            return db.RunAsync(db.Whole(), id, version, report =>
            {
                report.EditDraft(edit, actor, clock.GetUtcNow());
                return Done(op);
            }, ReportActions.Options, ct);
        }

        private static string Done(EditOperation op) => op switch
        {
            EditOperation.Promote => "已升级。",
            EditOperation.Demote => "已降级。",
            EditOperation.Merge => "已与上一段合并。",
            EditOperation.Split => "已拆分。",
            EditOperation.Delete => "已删除该段。",
            EditOperation.ChangeKind => "已更改类型。",
            EditOperation.Keep => "已确认保留。",
            EditOperation.Lead => "已设置引导句。",
            EditOperation.Renumber => "已重新编号。",
            _ => "已删除全部疑似外来内容。",
        };
    }
}
