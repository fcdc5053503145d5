using System.Net;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.Staff.FilingReview;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CongressPortal.Web.Tests.Pages.FilingReview;

/// <summary>查询审查建议 with the receipt code: the status, never the contact; a wrong code teaches nothing; guessing is limited.</summary>
public sealed class LookupTests(PortalAppFactory app) : StaffFilingReviewTest(app)
{
    private const string Page = "/FilingReview/Lookup";

    [Fact]
    public async Task A_received_request_shows_its_status_and_a_wrong_code_says_only_not_found()
    {
        var (_, code) = await RequestAsync(name: "上官保密", contact: "secret@example.com");
        using var citizen = AnonymousClient();
        using (var found = await PostAsync(citizen, Page, "#lookup-form", [("Code", code)]))
        {
            var html = await found.Content.ReadAsStringAsync();
            var page = await PortalClient.ParseAsync(found);
            Text(page, "#result-status").Should().Be(ReviewRequestWorkflow.StatusLabel(ReviewRequestStatus.Received));
            page.QuerySelector("#result-label").Should().BeNull();
            html.Should().NotContain("secret@example.com").And.NotContain("上官保密");
        }
        foreach (var wrong in new[] { "ABCD-EFGH-JKMN", "not a code", "<script>alert(1)</script>" })
        {
            using var missing = await PostAsync(citizen, Page, "#lookup-form", [("Code", wrong)]);
            var html = await missing.Content.ReadAsStringAsync();
            var page = await PortalClient.ParseAsync(missing);
            Text(page, "#not-found").Should().StartWith("未找到");
            page.QuerySelector("#lookup-result").Should().BeNull();
            html.Should().NotContain("<script>alert(1)");
        }
        using (var empty = await PostAsync(citizen, Page, "#lookup-form", [("Code", "")]))
            (await RefusedAsync(empty)).FieldError("Code").Should().Be("请填写回执码");
    }

    [Fact]
    public async Task Guessing_codes_is_limited_per_address_with_a_Chinese_429()
    {
        await using var limited = App.WithWebHostBuilder(b => b.UseSetting("Security:PublicLookupsPerHour", "3"));
        using var guesser = new PortalClient(limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        var form = await guesser.GetDocumentAsync(Page);
        for (var i = 0; i < 3; i++)
        {
            using var tried = await guesser.PostFormAsync(form, "#lookup-form", [("Code", "ABCD-EFGH-JKMN")]);
            tried.StatusCode.Should().Be(HttpStatusCode.OK);
        }
        using var refused = await guesser.PostFormAsync(form, "#lookup-form", [("Code", "ABCD-EFGH-JKMN")]);
        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.Should().NotBeNull();
        (await refused.Content.ReadAsStringAsync()).Should().Contain("操作过于频繁");
        (await guesser.GetAsync(Page)).StatusCode.Should().Be(HttpStatusCode.OK, "reading the form is not limited");
    }
}
