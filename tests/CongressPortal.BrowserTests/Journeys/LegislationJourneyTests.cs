using System.Text;
using CongressPortal.BrowserTests.Infrastructure;
using CongressPortal.Domain.Common;
using Microsoft.Playwright;

namespace CongressPortal.BrowserTests.Journeys;

/// <summary>
/// Issue 13 in a real browser: staff import a regulation from pasted text (the detected structure shown first), publish
/// it to the library, then register an amended version that inserts an article (so later articles renumber and one
/// changes wording) and publish that; a citizen finds it by a word of its text, opens article 12 by its link, compares
/// the two versions (on a desk and on a phone) and files a review request; staff answer it; the citizen looks the
/// answer up with the receipt code.
/// </summary>
public sealed class LegislationJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Title = "示例市公共自行车管理条例";

    [Fact]
    public async Task Staff_import_publish_and_amend_a_regulation_the_public_reads_article_12_compares_versions_and_gets_a_review_answer()
    {
        App.Clock.Set(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));
        await CreateUserAsync("staff-fg", [PortalRole.Staff], displayName: "法工委 陈静");

        // Staff import the regulation: the structure is detected and shown before anything is saved.
        await SignInAsync(Page, "staff-fg");
        await Page.GotoAsync("/Staff/Regulations/Import");
        await Page.Locator("#Input_Field").SelectOptionAsync(new SelectOptionValue { Label = "城乡建设与管理" });
        await Page.Locator("#Input_AnnouncementNumber").FillAsync("示例市人民代表大会常务委员会公告〔2025〕第9号");
        await Page.Locator("#Input_PassedOn").FillAsync("2025-08-28");
        await Page.Locator("#Input_ApprovedOn").FillAsync("2025-09-26");
        await Page.Locator("#Input_PromulgatedOn").FillAsync("2025-10-10");
        await Page.Locator("#Input_EffectiveOn").FillAsync("2026-01-01");
        await Page.Locator("#Input_Text_Pasted").FillAsync(Text(amended: false));
        await ClickAndWaitForNextPageAsync(Page, Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "识别结构" }));
        (await Page.Locator(".statute-article").CountAsync()).Should().Be(14);
        (await Page.Locator("#Input_AnnouncementNumber").InputValueAsync()).Should().Contain("第9号", "nothing typed is lost while the text is detected");
        await ScreenshotAsync(Page, "issue13-01-import-detected");
        await ClickAndWaitForNextPageAsync(Page, Page.Locator("#save"));
        var staffUrl = Page.Url;
        var id = staffUrl[(staffUrl.LastIndexOf('/') + 1)..];
        await ClickAndWaitForNextPageAsync(Page, Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "确认公开到法规库" }));
        (await Page.Locator("#regulation-status").InnerTextAsync()).Should().Contain("现行有效");
        await ScreenshotAsync(Page, "issue13-02-published");

        // The amendment: a new 第六条, so the old 第六条 onwards move down one, and the old 第十一条 (now 第十二条) changes.
        await Page.Locator("#AddVersion_Kind").SelectOptionAsync(new SelectOptionValue { Label = "修改" });
        await Page.Locator("#AddVersion_AnnouncementNumber").FillAsync("示例市人民代表大会常务委员会公告〔2026〕第3号");
        await Page.Locator("#AddVersion_PassedOn").FillAsync("2026-10-29");
        await Page.Locator("#AddVersion_ApprovedOn").FillAsync("2026-11-27");
        await Page.Locator("#AddVersion_PromulgatedOn").FillAsync("2026-11-30");
        await Page.Locator("#AddVersion_EffectiveOn").FillAsync("2026-11-30");
        await Page.Locator("#AddVersion_ChangeSummary").FillAsync("增加电子围栏停放的规定，调整押金退还期限。");
        await Page.Locator("#AddVersion_Text_Pasted").FillAsync(Text(amended: true));
        await ClickAndWaitForNextPageAsync(Page, Page.Locator("#form-addversion").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "识别结构" }));
        await ClickAndWaitForNextPageAsync(Page, Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "登记新版本（未公开）" }));
        await ClickAndWaitForNextPageAsync(Page, Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "确认公开到法规库" }));
        (await Page.Locator("#published-count").InnerTextAsync()).Should().Contain("2");
        await ScreenshotAsync(Page, "issue13-03-amended");

        // A citizen finds it by a word of an article, opens article 12 by its link, compares the versions.
        var citizen = await NewPageAsync(1280, 900);
        await citizen.GotoAsync("/Regulations?q=" + Uri.EscapeDataString("电子围栏"));
        (await citizen.Locator("#regulation-list").InnerTextAsync()).Should().Contain(Title);
        await ScreenshotAsync(citizen, "issue13-04-library-search");
        await citizen.GotoAsync($"/Regulations/{id}#第十二条");
        (await citizen.Locator("[id='第十二条']").InnerTextAsync()).Should().Contain("七个工作日");
        await ScreenshotAsync(citizen, "issue13-05-article-12");
        await citizen.GotoAsync($"/Regulations/Compare/{id}?from=1&to=2");
        var summary = await citizen.Locator("#compare-summary").InnerTextAsync();
        summary.Should().Contain("新增 1 条").And.Contain("修改 1 条");
        (await citizen.Locator("#compare ins").CountAsync()).Should().BeGreaterThan(0, "the changed words are marked inside the article");
        await ScreenshotAsync(citizen, "issue13-06-compare");
        var phone = await NewPageAsync(375, 812);
        await phone.GotoAsync($"/Regulations/Compare/{id}?from=1&to=2&changed=true");
        await ScreenshotAsync(phone, "issue13-07-compare-phone");
        (await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(375, "nothing runs off a phone screen");

        // The citizen files a review request and keeps the receipt code.
        await citizen.GotoAsync("/FilingReview/Submit");
        await citizen.Locator("#Input_DocumentTitle").FillAsync("示例市共享单车停放管理办法");
        await citizen.Locator("#Input_Reasons").FillAsync("该办法规定押金三十个工作日后退还，与上位法规定的期限不一致，请予审查。");
        await citizen.Locator("#Input_Contact").FillAsync("139 0000 0000");
        await ClickAndWaitForNextPageAsync(citizen, citizen.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "提交审查建议" }));
        var code = (await citizen.Locator("#receipt-code").InnerTextAsync()).Trim();
        code.Should().MatchRegex("^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$");
        await ScreenshotAsync(citizen, "issue13-08-receipt");

        // Staff answer it; the contact is on the staff page only.
        await Page.GotoAsync("/Staff/FilingReview/Requests");
        await ClickAndWaitForNextPageAsync(Page, Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "示例市共享单车停放管理办法" }).First);
        (await Page.Locator("#request-contact").InnerTextAsync()).Should().Contain("139 0000 0000");
        await Page.Locator("#Answer_Result").SelectOptionAsync(new SelectOptionValue { Label = "经审查，已督促制定机关纠正" });
        await Page.Locator("#Answer_AnswerText").FillAsync("经审查，该办法关于押金退还期限的规定与条例不一致，已督促市城市管理局修改。");
        await ClickAndWaitForNextPageAsync(Page, Page.Locator("#form-answer").GetByRole(AriaRole.Button));
        (await Page.Locator("#status-badge").InnerTextAsync()).Should().Contain("已答复");

        // The citizen looks the answer up with the code; the contact is nowhere in the public page.
        await citizen.GotoAsync("/FilingReview/Lookup");
        await citizen.Locator("#Code").FillAsync(code.ToLowerInvariant());
        await ClickAndWaitForNextPageAsync(citizen, citizen.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "查询" }));
        (await citizen.Locator("#result-label").InnerTextAsync()).Should().Contain("已督促制定机关纠正");
        (await citizen.ContentAsync()).Should().NotContain("139 0000 0000");
        await ScreenshotAsync(citizen, "issue13-09-lookup");
    }

    /// <summary>Two chapters and fourteen articles; the amendment inserts a 第六条 and changes the deposit period in what becomes 第十二条.</summary>
    private static string Text(bool amended)
    {
        var articles = new List<string>
        {
            "为了规范公共自行车的运营和使用，方便市民绿色出行，根据有关法律、法规，结合本市实际，制定本条例。",
            "本市行政区域内公共自行车的规划、建设、运营、使用及其监督管理，适用本条例。",
            "市城市管理部门负责本市公共自行车的监督管理工作。\n发展改革、公安、交通运输等部门按照各自职责做好相关工作。",
            "公共自行车的发展应当坚持政府主导、市场运作、方便群众、安全有序的原则。",
            "鼓励市民使用公共自行车，倡导绿色低碳出行。",
            "运营单位应当具备下列条件：\n（一）有与运营规模相适应的车辆和设施；\n（二）有健全的安全管理制度；\n（三）有专业的维护人员。",
            "运营单位应当定期检查、维护车辆，保证车辆安全性能良好。",
            "公共自行车站点的设置应当符合城市规划，方便群众使用。",
            "运营单位应当公开收费标准、服务电话和投诉渠道。",
            "使用人应当遵守道路交通安全法律法规，文明骑行。",
            "使用人办理借车手续时交纳的押金，运营单位应当在使用人申请退还之日起十五个工作日内退还。",
            "使用人不得有下列行为：\n（一）损坏、拆卸车辆；\n（二）将车辆停放在人行道盲道上；\n（三）将车辆据为己有。",
            "违反本条例第十二条规定的，由城市管理部门责令改正，可以处五十元以上二百元以下罚款。",
            "本条例自2026年1月1日起施行。",
        };
        if (amended)
        {
            articles.Insert(5, "运营单位应当设置电子围栏，引导使用人在规定区域停放车辆。");
            articles[11] = "使用人办理借车手续时交纳的押金，运营单位应当在使用人申请退还之日起七个工作日内退还。";
        }
        var text = new StringBuilder(Title).Append('\n').Append("第一章　总则\n");
        for (var i = 0; i < articles.Count; i++)
        {
            if (i == 5) text.Append("第二章　运营和使用\n");
            var lines = articles[i].Split('\n');
            text.Append('第').Append(ChineseNumerals.Format(i + 1)).Append("条　").Append(lines[0]).Append('\n');
            foreach (var line in lines.Skip(1)) text.Append(line).Append('\n');
        }
        return text.ToString();
    }
}
