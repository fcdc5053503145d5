using System.Globalization;
using System.Net;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Infrastructure.Word;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.UnitDesk;

namespace CongressPortal.Web.Tests.Pages.Staff.Suggestions;

/// <summary>交办通知 (.docx): one unit's batch of one assignment date, for staff and for the unit itself.</summary>
public sealed class NoticeTests(PortalAppFactory app) : UnitDeskTest(app)
{
    private const string Markup = "关于<w:p>标记</w:p>&“引号”的建议";

    private static string Url(int unitId, DateOnly on) => $"/Staff/Suggestions/Notice?unitId={unitId}&on={Iso(on)}";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Staff_download_the_notice_of_a_unit_with_the_days_batch_and_the_statutory_deadlines()
    {
        await GivePrivateDataToLeadAsync();
        var split = await AssignedAsync(Markup, [UnitId], accepted: false);
        var lead = await AssignedAsync("关于完善公交线网的建议", [UnitId, OtherUnitId], mode: HandlingMode.Joint);
        var co = await AssignedAsync("关于道路改造的建议", [OtherUnitId, UnitId], mode: HandlingMode.Joint);
        await AssignedAsync("关于其他单位的建议", [OtherUnitId]);
        var rules = await ServiceAsync<Web.Data.Queries.SuggestionRulesProvider, SuggestionRules>(p => p.GetAsync());
        var staff = await SignedInClientAsync(PortalRole.Staff);

        var word = await WordFile.ReadAsync(await staff.GetAsync(Url(UnitId, Today)));

        word.Paragraphs[0].Should().Be("关于交办市十六届人大五次会议代表建议的通知");
        word.Paragraphs.Should().Contain($"{World.Unit.Name}：");
        var text = word.Text;
        text.Should().Contain("现将代表提出的建议3件交由你单位办理（主办1件，协办1件，分别办理1件）")
            .And.Contain($"自交办之日起三个月内，即{ChinaTime.FormatDate(rules.ReplyDue(Today, false))}前答复代表")
            .And.Contain($"交办之日起六个月内，即{ChinaTime.FormatDate(rules.ReplyDue(Today, true))}前答复")
            .And.Contain($"自交办之日起一个月内，即{ChinaTime.FormatDate(rules.CoOpinionDue(Today))}前将协办意见送主办单位")
            .And.Contain($"五个工作日内，即{ChinaTime.FormatDate(rules.ReturnDeadline(Today))}前在平台申请退回")
            .And.Contain("A类为已解决或基本解决")
            .And.Contain("联系单位：市人大常委会选举任免代表工作委员会")
            .And.NotContain("关于其他单位的建议");
        word.Paragraphs.Should().Contain(Web.Data.Queries.SuggestionOffice.DefaultIssuer).And.Contain(ChinaTime.FormatDate(Today));
        word.ShouldHoldNoPrivateData();

        word.Tables.Should().ContainSingle();
        word.Tables[0][0].Should().Equal(SuggestionDocuments.NoticeHeaders);
        word.Rows(0).Should().HaveCount(3);
        word.Rows(0)[0].Should().Equal("1", split.Number, Markup, World.Lead.Name, "分别办理", "—", ChinaTime.FormatDate(rules.ReplyDue(Today, false)));
        word.Rows(0)[1].Should().Equal("2", lead.Number, "关于完善公交线网的建议", World.Lead.Name, "会同办理（主办）", $"{World.OtherUnit.Name}（协办）",
            ChinaTime.FormatDate(rules.ReplyDue(Today, false)));
        word.Rows(0)[2].Should().Equal("3", co.Number, "关于道路改造的建议", World.Lead.Name, "会同办理（协办）", $"{World.OtherUnit.Name}（主办）",
            ChinaTime.FormatDate(rules.CoOpinionDue(Today)));
    }

    [Fact]
    public async Task A_day_without_assignments_or_an_unknown_unit_is_not_found()
    {
        await AssignedAsync("关于加快老旧小区加装电梯的建议", [UnitId]);
        var staff = await SignedInClientAsync(PortalRole.Staff);

        (await staff.GetAsync(Url(UnitId, Today.AddDays(-1)))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await staff.GetAsync(Url(OtherUnitId, Today))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await staff.GetAsync(Url(987654, Today))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await staff.GetAsync("/Staff/Suggestions/Notice?unitId=1&on=not-a-date")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_unit_downloads_its_own_notice_from_the_suggestion_and_never_another_units()
    {
        var mine = await AssignedAsync("关于加快老旧小区加装电梯的建议", [UnitId]);
        await AssignedAsync("关于完善公交线网的建议", [OtherUnitId]);
        var unit = await UnitClientAsync(UnitId);

        var page = await unit.GetDocumentAsync(DetailsUrl(mine.Id));
        var href = page.QuerySelector("#notice-link")!.GetAttribute("href")!;
        href.Should().Be($"/Unit/Suggestions/Notice?on={Iso(Today)}");
        var word = await WordFile.ReadAsync(await unit.GetAsync(href));
        word.Rows(0).Should().ContainSingle().Which[2].Should().Be("关于加快老旧小区加装电梯的建议");

        var other = await UnitClientAsync(OtherUnitId);
        var theirs = await WordFile.ReadAsync(await other.GetAsync(href));
        theirs.Rows(0).Should().ContainSingle().Which[2].Should().Be("关于完善公交线网的建议", "the unit's own batch, whatever the link");
        (await unit.GetAsync($"/Unit/Suggestions/Notice?on={Iso(Today.AddDays(1))}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Staff_find_the_notice_under_each_units_part_and_in_the_list()
    {
        var suggestion = await AssignedAsync("关于加快老旧小区加装电梯的建议", [UnitId, OtherUnitId]);
        var staff = await SignedInClientAsync(PortalRole.Staff);

        var details = await staff.GetDocumentAsync($"/Staff/Suggestions/Details/{suggestion.Id}");
        var links = details.QuerySelectorAll("a.notice-link").Select(a => a.GetAttribute("href")).ToList();
        links.Should().Equal(Url(UnitId, Today), Url(OtherUnitId, Today));
        (await staff.GetAsync(links[1]!)).StatusCode.Should().Be(HttpStatusCode.OK);

        var list = await staff.GetDocumentAsync("/Staff/Suggestions");
        var form = list.QuerySelector("#notice-form")!;
        form.GetAttribute("action").Should().Be("/Staff/Suggestions/Notice");
        form.QuerySelector("select[name=unitId]").Should().NotBeNull();
        form.QuerySelector("input[name=on][type=date]").Should().NotBeNull();
    }

    private async Task GivePrivateDataToLeadAsync() => await DbAsync(async db =>
    {
        var lead = await db.Deputies.FindAsync(World.Lead.Id);
        lead!.UpdatePrivateData(TestData.PrivateSample);
        await db.SaveChangesAsync();
    });
}
