using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.Staff.FilingReview;

namespace CongressPortal.Web.Tests.Pages.FilingReview;

/// <summary>备案审查 for the public: what it is and the year's counts, never a document still under review by name.</summary>
public sealed class IndexTests(PortalAppFactory app) : StaffFilingReviewTest(app)
{
    [Fact]
    public async Task The_public_page_explains_filing_review_and_counts_the_year_by_body_kind_and_result_without_titles()
    {
        var closed = await FilingAsync(Draft("已审查完毕的文件", "示政规〔2026〕1号"));
        await ActAsync(closed, (f, _, now) => f.CheckFormat(Clerk, now));
        await ActAsync(closed, (f, _, now) => f.ConcludeReview(new FilingConclusion(FilingReviewResult.NoProblem, "未发现问题。"), Clerk, now));
        await FilingAsync(Draft("正在审查的文件", "示中法〔2026〕1号", body: FilingBody.Court, kind: NormativeDocumentKind.JudicialNormative));

        using var anyone = AnonymousClient();
        using var response = await anyone.GetAsync("/FilingReview");
        var html = await response.Content.ReadAsStringAsync();
        var page = await PortalClient.ParseAsync(response);
        Text(page, "#what-title").Should().Be("什么是备案审查");
        Text(page, "#figures-summary").Should().Contain("共接收报备的规范性文件 2 件").And.Contain("政府规章 1 件").And.Contain("司法规范性文件 1 件");
        Text(page, "#results").Should().Contain(FilingWorkflow.ResultLabel(FilingReviewResult.NoProblem));
        html.Should().NotContain("正在审查的文件").And.NotContain("已审查完毕的文件");
        page.QuerySelector("#submit-link")!.GetAttribute("href").Should().Be("/FilingReview/Submit");
    }
}
