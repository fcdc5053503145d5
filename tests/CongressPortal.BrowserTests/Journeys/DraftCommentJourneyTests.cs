using CongressPortal.BrowserTests.Infrastructure;
using CongressPortal.Domain.Common;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CongressPortal.BrowserTests.Journeys;

/// <summary>
/// Issue 14 in a real browser: staff open a draft for comment from a reading; a citizen on a phone-sized window reads it,
/// comments on article 5 (preview, then send) and keeps the receipt code; staff check and adopt the comment in the
/// moderation list, close the period and publish the outcome; the citizen looks the result up with the code and sees the
/// adoption summary on the draft page. The contact is on no public page.
/// </summary>
public sealed class DraftCommentJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Contact = "139 8765 4321";

    [Fact]
    public async Task A_citizen_comments_on_article_5_from_a_phone_staff_adopt_it_and_the_citizen_looks_up_the_result()
    {
        App.Clock.Set(new DateTimeOffset(2026, 12, 5, 2, 0, 0, TimeSpan.Zero));
        await CreateUserAsync("staff-draft", [PortalRole.Staff], displayName: "法工委 王芳");
        var (_, readingId) = await new DraftSteps(App).ReadRecordAsync(articles: 12, title: "示例市城市绿化条例");

        // Staff open the draft from the reading: 30 days is the least the form allows.
        await SignInAsync(Page, "staff-draft");
        await Page.GotoAsync($"/Staff/Legislation/Readings/Details/{readingId}");
        await ClickAndWaitForNextPageAsync(Page, Page.Locator("#open-for-comment"));
        (await Page.Locator("#earliest-last-day").InnerTextAsync()).Should().Contain("2027年1月4日", "the day of publication is not counted");
        await ScreenshotAsync(Page, "issue14-01-staff-prepare");
        await ClickAndWaitForNextPageAsync(Page, Page.Locator("#draft-form").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "保存征求意见稿" }));
        var staffDraftUrl = Page.Url;
        var draftId = staffDraftUrl[(staffDraftUrl.LastIndexOf('/') + 1)..];
        await ClickAndWaitForNextPageAsync(Page, Page.Locator("#form-publish").GetByRole(AriaRole.Button));
        (await Page.Locator("#phase-badge").InnerTextAsync()).Should().Contain("征求意见中");
        await ScreenshotAsync(Page, "issue14-02-staff-published");

        // A citizen on a phone finds the draft, reads article 5 and comments on it.
        var phone = await NewPageAsync(375, 812);
        await phone.GotoAsync("/Drafts");
        await ScreenshotAsync(phone, "issue14-03-phone-drafts");
        await ClickAndWaitForNextPageAsync(phone, phone.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "示例市城市绿化条例" }).First);
        await ScreenshotAsync(phone, "issue14-04-phone-draft");
        (await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(375, "nothing runs off a phone screen");
        var article5 = phone.Locator("[id='第五条']");
        (await article5.InnerTextAsync()).Should().Contain("第五项要求");
        await ClickAndWaitForNextPageAsync(phone, article5.Locator(".statute-comment-link"));
        (await phone.Locator("#Input_ArticleAnchor").InputValueAsync()).Should().Be("第五条", "the form opens at the article");
        await phone.Locator("#Input_Body").FillAsync("建议在第五条中明确街道办事处对小区绿地养护的监督责任，并规定养护不到位时的处理办法。");
        await phone.Locator("#Input_Contact").FillAsync(Contact);
        await ScreenshotAsync(phone, "issue14-05-phone-comment-form");
        await ClickAndWaitForNextPageAsync(phone, phone.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "下一步：核对意见" }));
        (await phone.Locator("#preview-article").InnerTextAsync()).Should().Contain("第五条");
        await ScreenshotAsync(phone, "issue14-06-phone-preview");
        await ClickAndWaitForNextPageAsync(phone, phone.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "确认提交" }));
        var code = (await phone.Locator("#receipt-code").InnerTextAsync()).Trim();
        code.Should().MatchRegex("^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$");
        await ScreenshotAsync(phone, "issue14-07-phone-receipt");

        // Staff check the comment on article 5 and adopt it, then close the period and publish the outcome.
        await Page.GotoAsync($"/Staff/Drafts/{draftId}/Comments?article=" + Uri.EscapeDataString("第五条"));
        (await Page.Locator("#comments").InnerTextAsync()).Should().Contain("街道办事处").And.Contain(Contact, "staff see the contact");
        await Page.Locator(".comment-tick").First.CheckAsync();
        await Page.Locator("#Batch_Action").SelectOptionAsync(new SelectOptionValue { Label = "审核为有效意见" });
        await ClickAndWaitForNextPageAsync(Page, Page.Locator("#batch-submit"));
        await Page.GotoAsync($"/Staff/Drafts/{draftId}/Comments?status=All&article=" + Uri.EscapeDataString("第五条"));
        await Page.Locator(".comment-tick").First.CheckAsync();
        await Page.Locator("#Batch_Action").SelectOptionAsync(new SelectOptionValue { Label = "采纳" });
        await Page.Locator("#Batch_Reason").FillAsync("已在修改稿第五条中增加街道办事处的监督责任。");
        await ClickAndWaitForNextPageAsync(Page, Page.Locator("#batch-submit"));
        (await Page.Locator("#comments").InnerTextAsync()).Should().Contain("已采纳");
        await ScreenshotAsync(Page, "issue14-08-staff-moderation");

        await Page.GotoAsync($"/Staff/Drafts/{draftId}");
        await Page.Locator("#CloseEarly_Reason").FillAsync("草案已根据意见修改，提请常委会二审。");
        await ClickAndWaitForNextPageAsync(Page, Page.Locator("#form-closeearly").GetByRole(AriaRole.Button));
        await Page.Locator("#Outcome_Summary").FillAsync("共收到意见1条，经研究采纳1条。");
        await ClickAndWaitForNextPageAsync(Page, Page.Locator("#form-outcome").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "公布采纳情况" }));
        (await Page.Locator("#phase-badge").InnerTextAsync()).Should().Contain("已公布采纳情况");
        await ScreenshotAsync(Page, "issue14-09-staff-outcome");

        // The citizen looks the result up with the code, and reads the summary on the draft page.
        await phone.GotoAsync("/Drafts/Lookup");
        await phone.Locator("#Code").FillAsync(code.ToLowerInvariant());
        await ClickAndWaitForNextPageAsync(phone, phone.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "查询" }));
        (await phone.Locator("#result-status").InnerTextAsync()).Should().Contain("已采纳");
        (await phone.Locator("#result-reason").InnerTextAsync()).Should().Contain("监督责任");
        (await phone.ContentAsync()).Should().NotContain(Contact);
        await ScreenshotAsync(phone, "issue14-10-phone-lookup");
        await phone.GotoAsync($"/Drafts/{draftId}");
        var outcome = await phone.ContentAsync();
        outcome.Should().Contain("意见采纳情况").And.NotContain(Contact).And.NotContain("街道办事处对小区绿地", "comment texts are not published");
        await ScreenshotAsync(phone, "issue14-11-phone-outcome");
        SeriousConsoleErrors.Should().BeEmpty();
    }
}
