using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;

namespace CongressPortal.Web.Pages.Drafts;

/// <summary>
/// 查询意见处理情况: with the receipt code, the draft, the article, when the comment was sent and what its writer may know now
/// (<see cref="DraftCommentLookup.PublicStatus"/>), and once the outcome is published the reason given — never the
/// comment's name or contact. Posts are limited per address.
/// </summary>
[EnableRateLimiting(ServiceRegistration.PublicLookupRateLimit)]
public sealed class LookupModel(DraftStore store) : ReceiptLookupPage<DraftCommentLookup>
{
    protected override Task<DraftCommentLookup?> FindAsync(string? code, CancellationToken ct) => store.LookupAsync(code, ct);
}
