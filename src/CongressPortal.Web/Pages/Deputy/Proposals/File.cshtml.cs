using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Deputy.Proposals;

/// <summary>
/// Downloads an attachment of a proposal the deputy leads, signed or was invited to sign. A file of any other proposal,
/// or a file that is not this proposal's, answers 404.
/// </summary>
public sealed class FileModel(ProposalStore store) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, int proposal, CancellationToken ct)
    {
        var file = await store.FileAsync(store.ForDeputy(User.GetDeputyId()!.Value), proposal, id, ct);
        return file is null ? NotFound() : Uploads.Serve(Response, file);
    }
}
