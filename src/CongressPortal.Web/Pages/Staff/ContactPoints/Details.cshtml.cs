using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace CongressPortal.Web.Pages.Staff.ContactPoints;

/// <summary>
/// A contact point: its facts, its comments per draft (collected, valid, adopted) and 停用 / 恢复使用. A stopped point is no
/// longer offered for new comments; the comments it collected keep its name. The form posts the version the page showed.
/// </summary>
public sealed class DetailsModel(ContactPointStore store) : ActionFormsPage
{
    public const string ActiveForm = "Active";

    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public LegislativeContactPoint Point { get; private set; } = null!;

    public PointFigures Figures { get; private set; } = PointFigures.None;

    public IReadOnlyList<PointDraftRow> Drafts { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    protected override IActionResult AfterSuccess() => RedirectToPage(new { id = Id });

    protected override async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var point = await store.FindAsync(Id, ct);
        if (point is null) return NotFound();
        Point = point;
        Figures = (await store.FiguresAsync(Id, ct)).GetValueOrDefault(Id) ?? PointFigures.None;
        Drafts = await store.DraftsOfAsync(Id, ct);
        return Page();
    }

    public Task<IActionResult> OnPostActiveAsync(uint version, bool active, CancellationToken ct) =>
        ActAsync<object>(ActiveForm, null, () => store.SetActiveAsync(Id, version, active, User.AsStaff(), ct),
            active ? "已恢复使用这个联系点。" : "已停用这个联系点：录入意见时不再列出，已收集的意见不受影响。", ct);
}
