using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.FilingReview.Requests;

/// <summary>The list of review requests with the unanswered count and a status filter.</summary>
public sealed class IndexTests(PortalAppFactory app) : StaffFilingReviewTest(app)
{
    [Fact]
    public async Task Requests_are_listed_newest_first_with_the_unanswered_count_and_filtered_by_status()
    {
        var (first, _) = await RequestAsync(title: "第一件文件");
        var (second, _) = await RequestAsync(title: "第二件文件", name: null);
        await DbAsync(async db =>
        {
            db.ReviewRequests.Single(r => r.Id == first).Answer(new Domain.Legislation.ReviewAnswer(Domain.Legislation.ReviewRequestResult.NoProblem, "未发现问题。"), Clerk, App.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });
        using var staff = await StaffAsync();
        var page = await staff.GetDocumentAsync("/Staff/FilingReview/Requests");
        Text(page, "#unanswered").Should().Be("1");
        Text(page, $"#request-{second}").Should().Contain("（未署名）");
        var received = await staff.GetDocumentAsync("/Staff/FilingReview/Requests?status=Received");
        received.QuerySelectorAll("#requests tbody tr").Select(r => r.Id).Should().Equal($"request-{second}");
    }
}
