using System.Net;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CongressPortal.Web.Tests.Pages.Drafts;

/// <summary>查询意见处理情况 with the receipt code: what the writer may know before and after the outcome, never a name or contact; wrong codes teach nothing.</summary>
public sealed class LookupTests(PortalAppFactory app) : DraftPageTest(app)
{
    private const string Page = "/Drafts/Lookup";

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> LookupAsync(PortalClient client, string code, string? mustNotContain = null)
    {
        using var response = await PostAsync(client, Page, "#lookup-form", [("Code", code)]);
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        var html = await response.Content.ReadAsStringAsync();
        html.Should().NotContain(DraftSteps.PrivateContact).And.NotContain("张市民");
        if (mustNotContain is not null) html.Should().NotContain(mustNotContain);
        return await RefusedAsync(response);
    }

    [Fact]
    public async Task Before_the_outcome_the_writer_reads_whether_the_comment_was_checked_and_after_it_the_decision_and_its_reason()
    {
        var draft = await Steps.OpenDraftAsync();
        var adopted = await Steps.CommentAsync(draft.DraftId, "第五条");
        var offTopic = await Steps.CommentAsync(draft.DraftId, null, "这条意见与草案无关。");
        using var citizen = AnonymousClient();

        var received = await LookupAsync(citizen, ReceiptCode.Display(adopted).ToLowerInvariant());
        Text(received, "#result-draft").Should().Be(DraftSteps.DraftTitle);
        received.QuerySelector("#result-draft a")!.GetAttribute("href").Should().Be(DraftPage(draft.DraftId));
        Text(received, "#result-article").Should().Be("第五条");
        Text(received, "#result-submitted").Should().Be(Display.DateTime(TestClock.Start));
        Text(received, "#result-status").Should().Be("已收到，等待审核");
        received.QuerySelector("#result-wait").Should().NotBeNull();

        await Steps.CheckAsync(await Steps.CommentIdAsync(adopted), DraftCommentCheck.Valid);
        await Steps.DecideAsync(await Steps.CommentIdAsync(adopted), AdoptionDecision.Adopted, "已在第五条中写明养护责任。");
        var studied = await LookupAsync(citizen, adopted, mustNotContain: "已在第五条中写明养护责任");
        Text(studied, "#result-status").Should().Be("已审核，正在研究处理", "the decision is told once the outcome is published");
        studied.QuerySelector("#result-reason").Should().BeNull();

        await Steps.CheckAsync(await Steps.CommentIdAsync(offTopic), DraftCommentCheck.OffTopic);
        await Steps.PublishOutcomeAsync(draft.DraftId);
        var decided = await LookupAsync(citizen, adopted);
        Text(decided, "#result-status").Should().Be("已采纳");
        Text(decided, "#result-reason").Trim().Should().Be("已在第五条中写明养护责任。");
        decided.QuerySelector("#result-wait").Should().BeNull();
        var excluded = await LookupAsync(citizen, offTopic);
        Text(excluded, "#result-article").Should().Be("草案整体");
        Text(excluded, "#result-status").Should().Be("与草案内容无关，未作为对草案的意见");
    }

    [Fact]
    public async Task A_wrong_code_says_only_not_found_and_an_empty_one_is_asked_for()
    {
        var draft = await Steps.OpenDraftAsync();
        await Steps.CommentAsync(draft.DraftId);
        using var citizen = AnonymousClient();
        foreach (var wrong in new[] { "ABCD-EFGH-JKMN", "not a code", "<script>alert(1)</script>" })
        {
            var page = await LookupAsync(citizen, wrong, mustNotContain: "<script>alert(1)");
            Text(page, "#not-found").Should().StartWith("未找到");
            page.QuerySelector("#lookup-result").Should().BeNull();
        }
        using var empty = await PostAsync(citizen, Page, "#lookup-form", [("Code", "")]);
        (await RefusedAsync(empty)).FieldError("Code").Should().Be("请填写回执码");
    }

    [Fact]
    public async Task Guessing_codes_is_limited_per_address()
    {
        await using var limited = App.WithWebHostBuilder(b => b.UseSetting("Security:PublicLookupsPerHour", "2"));
        using var guesser = new PortalClient(limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        var form = await guesser.GetDocumentAsync(Page);
        for (var i = 0; i < 2; i++)
        {
            using var tried = await guesser.PostFormAsync(form, "#lookup-form", [("Code", "ABCD-EFGH-JKMN")]);
            tried.StatusCode.Should().Be(HttpStatusCode.OK);
        }
        using var refused = await guesser.PostFormAsync(form, "#lookup-form", [("Code", "ABCD-EFGH-JKMN")]);
        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.Should().NotBeNull();
    }
}
