using CongressPortal.Domain.Common;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.UnitDesk.Supervision;

public sealed class IndexTests(PortalAppFactory app) : WebTest(app)
{
    private SupervisionSteps Steps => new(App);

    [Fact]
    public async Task The_desk_lists_the_topics_sent_to_the_body_with_the_reports_it_owes_first_and_the_home_page_counts_them()
    {
        var unit = await Data.UnitAsync("示例市民政局");
        var other = await Data.UnitAsync("示例市卫生健康委员会");
        var committee = await Data.CommitteeAsync("社会建设委员会");
        var plan = await Steps.PlanAsync();
        var reported = await Steps.TopicAsync(plan, unit.Id, committee.Id, "听取审议社会救助工作情况的报告");
        await Steps.SentAsync(reported, "意见一。", ("救助标准调整不及时", null));
        await Steps.FileReportAsync(reported, unit.Id);
        App.Clock.Advance(TimeSpan.FromDays(7));
        var owed = await Steps.TopicAsync(plan, unit.Id, committee.Id, "听取审议养老服务体系建设情况的报告");
        await Steps.SentAsync(owed, "意见二。", ("养老设施不足", null), ("医养结合推进慢", other.Id));
        var notSent = await Steps.TopicAsync(plan, unit.Id, committee.Id, "听取审议殡葬改革情况的报告");
        await Steps.HeardAsync(notSent);
        var elsewhere = await Steps.TopicAsync(plan, other.Id, committee.Id, "听取审议公共卫生体系建设情况的报告");
        await Steps.SentAsync(elsewhere, "意见三。", ("疾控人员不足", null));

        using var client = await SignedInClientAsync(PortalRole.HandlingUnit, unitId: unit.Id);
        var page = await client.GetDocumentAsync("/Unit/Supervision");

        page.QuerySelectorAll("#unit-topics tbody tr").Select(r => r.Id).Should().Equal($"topic-{owed}", $"topic-{reported}");
        page.QuerySelector($"#topic-{owed} .owes-report").Should().NotBeNull();
        page.QuerySelector($"#topic-{reported} .owes-report").Should().BeNull();
        page.QuerySelector($"#topic-{owed}")!.TextContent.Should().Contain("剩").And.Contain("已销号 0 / 2");
        page.QuerySelector("#count-reports-due .record-count")!.TextContent.Should().Be("1");
        page.QuerySelector("#count-open-problems .record-count")!.TextContent.Should().Be("2");

        // The body named on a problem of another's topic sees it too, without a report to file.
        using var named = await SignedInClientAsync(PortalRole.HandlingUnit, unitId: other.Id);
        var theirs = await named.GetDocumentAsync("/Unit/Supervision");
        theirs.QuerySelectorAll("#unit-topics tbody tr").Select(r => r.Id).Should().BeEquivalentTo($"topic-{elsewhere}", $"topic-{owed}");
        theirs.QuerySelector($"#topic-{owed} .owes-report").Should().BeNull();

        var home = await client.GetDocumentAsync("/Unit");
        home.QuerySelector("#count-supervision-due .record-count")!.TextContent.Should().Be("1");
        home.QuerySelector("#count-supervision-problems .record-count")!.TextContent.Should().Be("2");
        home.QuerySelector("[data-todo=unit-supervision]")!.TextContent.Should().Contain("待报送监督报告").And.Contain("1");
        home.QuerySelector("[data-todo=unit-supervision]")!.GetAttribute("href").Should().Be("/Unit/Supervision");
    }

    [Fact]
    public async Task An_overdue_report_is_marked_on_the_desk_and_counted_as_overdue()
    {
        var unit = await Data.UnitAsync("示例市民政局");
        var committee = await Data.CommitteeAsync("社会建设委员会");
        var plan = await Steps.PlanAsync();
        var id = await Steps.TopicAsync(plan, unit.Id, committee.Id, "听取审议养老服务体系建设情况的报告");
        await Steps.SentAsync(id, "意见。", ("养老设施不足", null));
        App.Clock.Advance(TimeSpan.FromDays(120));

        using var client = await SignedInClientAsync(PortalRole.HandlingUnit, unitId: unit.Id);
        var page = await client.GetDocumentAsync("/Unit/Supervision");

        page.QuerySelector($"#topic-{id}")!.ClassList.Should().Contain("table-danger");
        page.QuerySelector($"#topic-{id} .days-overdue").Should().NotBeNull();
        page.QuerySelector("#count-reports-overdue .record-count")!.TextContent.Should().Be("1");
    }
}
