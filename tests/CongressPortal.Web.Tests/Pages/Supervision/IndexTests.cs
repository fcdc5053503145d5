using CongressPortal.Domain.Common;
using CongressPortal.Domain.Supervision;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Supervision;

public sealed class IndexTests(PortalAppFactory app) : WebTest(app)
{
    private SupervisionSteps Steps => new(App);

    [Fact]
    public async Task The_years_plan_shows_its_adoption_amendments_and_topics_by_form_with_progress_counting_only_published_topics()
    {
        var unit = await Data.UnitAsync("示例市民政局");
        var other = await Data.UnitAsync("示例市生态环境局");
        var committee = await Data.CommitteeAsync("社会建设委员会");
        var meeting = await Data.MeetingAsync();
        var old = await Steps.PlanAsync(2025);
        await Steps.TopicAsync(old, unit.Id, committee.Id, "2025年的议题");
        await Steps.AdoptAsync(old);
        var draft = await Steps.PlanAsync(2027);
        await Steps.TopicAsync(draft, unit.Id, committee.Id, "2027年尚未公布的议题");
        var plan = await Steps.PlanAsync(2026, "围绕养老、生态开展监督。");
        var published = await Steps.TopicAsync(plan, unit.Id, committee.Id, "听取审议养老服务体系建设情况的报告", meetingId: meeting.Id);
        var unpublished = await Steps.TopicAsync(plan, unit.Id, committee.Id, "听取审议社会救助工作情况的报告", month: 9);
        var inspection = await Steps.TopicAsync(plan, other.Id, committee.Id, "检查大气污染防治法实施情况", SupervisionForm.LawEnforcementInspection, law: "大气污染防治法", month: 5);
        await Steps.AdoptAsync(plan, meeting.Id);
        await Steps.PlanActAsync(plan, (p, _, now) => p.Amend(new PlanAdoption(Steps.Today, null, "增加一项专题调研。"), SupervisionSteps.Staff, now));
        await Steps.SentAsync(published, "意见。", ("设施不足", null), ("护理员不足", null));
        await Steps.FileReportAsync(published, unit.Id);
        await Steps.EvaluateAsync(published);
        await Steps.CloseAsync(published, 1);
        await Steps.PublishAsync(published);
        await Steps.SentAsync(unpublished, "意见。", ("救助标准低", null), ("审批慢", null), ("资金拨付慢", null));

        using var client = AnonymousClient();
        var page = await client.GetDocumentAsync("/Supervision");

        page.QuerySelector("#plan-title")!.TextContent.Should().Be("示例市人大常委会2026年监督工作计划");
        page.QuerySelector("#plan-adoption")!.TextContent.Should().Contain(ChinaTime.FormatDate(Steps.Today)).And.Contain("第三十次会议").And.Contain("通过");
        page.QuerySelector("#plan-summary")!.TextContent.Should().Be("围绕养老、生态开展监督。");
        page.QuerySelector("#plan-amendments")!.TextContent.Should().Contain("增加一项专题调研。");
        page.QuerySelectorAll("#plan-years a").Select(a => a.TextContent).Should().Equal("2025年");
        page.QuerySelector("#plan-years [aria-current]")!.TextContent.Should().Be("2026年");
        page.QuerySelector("main")!.TextContent.Should().NotContain("2027年尚未公布的议题").And.NotContain("2025年的议题");
        page.QuerySelectorAll("section h2").Select(h => h.TextContent).Should().Contain(["听取审议专项工作报告（2 项）", "执法检查（1 项）"]);

        page.QuerySelector($"tr[data-topic='{published}']")!.TextContent.Should().Contain("已销号 1 / 2").And.Contain("第三十次会议").And.Contain(unit.Name).And.Contain(committee.Name);
        page.QuerySelector($"tr[data-topic='{unpublished}']")!.TextContent.Should().Contain($"{ChinaTime.FormatDate(Steps.Today)}审议", "a heard topic says the day it was heard instead of its planned month").And.NotContain("9月").And.NotContain("已销号");
        page.QuerySelector($"tr[data-topic='{unpublished}'] progress").Should().BeNull();
        page.QuerySelector($"tr[data-topic='{inspection}']")!.TextContent.Should().Contain("计划中").And.Contain("5月");
        var year = page.QuerySelector("#year-progress progress")!;
        year.GetAttribute("value").Should().Be("1");
        year.GetAttribute("max").Should().Be("2");
        page.QuerySelector("#year-progress .progress-text")!.TextContent.Should().Be("已销号 1 / 2");

        var earlier = await client.GetDocumentAsync("/Supervision?year=2025");
        earlier.QuerySelector("main")!.TextContent.Should().Contain("2025年的议题").And.NotContain("听取审议养老服务体系建设情况的报告");
        (await client.GetDocumentAsync("/Supervision?year=2027")).QuerySelector("#plan-title")!.TextContent.Should().Contain("2026年");
    }

    [Fact]
    public async Task Search_finds_public_topics_by_title_with_the_words_highlighted_and_explains_a_one_character_query()
    {
        var unit = await Data.UnitAsync("示例市民政局");
        var committee = await Data.CommitteeAsync("社会建设委员会");
        var plan = await Steps.PlanAsync();
        var topic = await Steps.TopicAsync(plan, unit.Id, committee.Id, "听取审议养老服务体系建设情况的报告", summary: "聚焦居家养老和社区养老。");
        await Steps.TopicAsync(plan, unit.Id, committee.Id, "检查大气污染防治法实施情况", SupervisionForm.LawEnforcementInspection, law: "大气污染防治法");
        var hidden = await Steps.PlanAsync(2027);
        await Steps.TopicAsync(hidden, unit.Id, committee.Id, "未公布计划中的养老议题");
        await Steps.AdoptAsync(plan);
        using var client = AnonymousClient();

        var page = await client.GetDocumentAsync("/Supervision?q=" + Uri.EscapeDataString("养老"));

        page.QuerySelectorAll("#search-results li").Select(li => li.GetAttribute("data-topic")).Should().Equal(topic.ToString(System.Globalization.CultureInfo.InvariantCulture));
        page.QuerySelectorAll("#search-results mark").Select(m => m.TextContent).Should().OnlyContain(t => t == "养老");
        page.QuerySelector("#search-results a")!.GetAttribute("href").Should().Be($"/Supervision/Topic/{topic}");
        (await client.GetDocumentAsync("/Supervision?q=" + Uri.EscapeDataString("养"))).QuerySelector("#search-problem").Should().NotBeNull();
    }

    [Fact]
    public async Task Without_a_published_plan_the_page_says_so()
    {
        var page = await AnonymousClient().GetDocumentAsync("/Supervision");
        page.QuerySelector("#no-plan").Should().NotBeNull();
        page.QuerySelector("nav.site-nav a[href='/Supervision']")!.TextContent.Should().Be("监督工作");
    }
}
