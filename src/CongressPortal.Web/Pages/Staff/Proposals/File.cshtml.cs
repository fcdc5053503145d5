using CongressPortal.Domain.Common;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Staff.Proposals;

/// <summary>Serves an attachment of a proposal to staff. The file must be one of the proposal's attachments; any other pair is "not found".</summary>
public sealed class FileModel(FileModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "proposal")] public int ProposalId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var file = await handler.FindAsync(ProposalId, Id, ct);
        return file is null ? NotFound() : Uploads.Serve(Response, file);
    }

    public sealed class Handler(ProposalStore store)
    {
        public Task<StoredFile?> FindAsync(int proposalId, int fileId, CancellationToken ct) => store.FileAsync(store.All, proposalId, fileId, ct);
    }
}
