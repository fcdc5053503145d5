using CongressPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CongressPortal.Web.Pages.Deputy.Proposals;

/// <summary>
/// 起草议案: the signed-in deputy starts a proposal as its lead for a session whose proposal deadline has not passed and invites
/// co-signers from the registry of that session's term; each answers on their own desk (docs/domain/proposals.md).
/// </summary>
public sealed class CreateModel(DeputyProposals.Handler handler) : DeputyProposals.DraftPage(handler)
{
    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SaveAsync(() => Drafts.StartAsync(DeputyId, Input, User.AsDeputy(), ct), "议案草稿已保存，已邀请的代表可以在各自的代表工作台确认联名。", ct);
}
