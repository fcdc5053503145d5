using CongressPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CongressPortal.Web.Pages.Deputy.Proposals;

/// <summary>
/// The lead changes a draft: the text and the invited co-signers (answers already given are kept). Anything else — another
/// deputy's proposal, one already submitted — answers 404.
/// </summary>
public sealed class EditModel(DeputyProposals.Handler handler) : DeputyProposals.DraftPage(handler)
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var draft = await Drafts.DraftAsync(Id, User.AsDeputy(), ct);
        if (draft is null) return NotFound();
        Input = draft.Input;
        return await ShowAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SaveAsync(() => Drafts.EditAsync(Id, DeputyId, Input, User.AsDeputy(), ct), "议案草稿已修改。", ct);
}
