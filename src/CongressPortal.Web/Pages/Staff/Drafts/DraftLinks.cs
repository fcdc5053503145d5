using CongressPortal.Web.Data.Queries;
using Microsoft.AspNetCore.Mvc;

namespace CongressPortal.Web.Pages.Staff.Drafts;

/// <summary>On a reading's page: 公开征求意见 (prepare a draft from this reading) when it has a text and no draft yet, else a link to its draft.</summary>
public sealed class ReadingDraftLinkViewComponent(DraftDesk.Handler desk) : ViewComponent
{
    public sealed record Link(int RecordId, int ReadingId, bool HasText, int? DraftId);

    public async Task<IViewComponentResult> InvokeAsync(int recordId, int readingId, bool hasText) =>
        View("/Pages/Staff/Drafts/_ReadingDraftLink.cshtml",
            new Link(recordId, readingId, hasText, await desk.ForReadingAsync(readingId, HttpContext.RequestAborted)));
}

/// <summary>On a legislation record's page: its drafts for comment with phase and figures (收到, 采纳), which feed the record.</summary>
public sealed class RecordDraftsViewComponent(DraftDesk.Handler desk) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int recordId) =>
        View("/Pages/Staff/Drafts/_RecordDrafts.cshtml", await desk.ForRecordAsync(recordId, HttpContext.RequestAborted));
}
