using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;

namespace CongressPortal.Web.Pages.FilingReview;

/// <summary>
/// 查询审查建议: with the receipt code, the status, and once answered the result and the answer's text — never the contact
/// or the name. Posts are limited per address (<see cref="ServiceRegistration.PublicLookupRateLimit"/>).
/// </summary>
[EnableRateLimiting(ServiceRegistration.PublicLookupRateLimit)]
public sealed class LookupModel(FilingReviewStore store) : ReceiptLookupPage<ReviewRequestLookup>
{
    protected override Task<ReviewRequestLookup?> FindAsync(string? code, CancellationToken ct) => store.LookupAsync(code, ct);
}
