using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Reference;

public sealed class IndexTests(PortalAppFactory app) : ReferenceTest(app)
{
    [Fact]
    public async Task The_hub_links_every_kind_with_its_count()
    {
        await Data.SessionAsync(4);
        await Data.SessionAsync(5);
        await Data.MeetingAsync(30);
        await Data.CommitteeAsync();
        await Data.UnitAsync();
        await Data.DistrictAsync();
        await Data.CategoryAsync();
        using var staff = await StaffAsync();
        var page = await staff.GetDocumentAsync("/Reference");

        var cards = page.QuerySelectorAll(".reference-card")
            .ToDictionary(c => c.QuerySelector("h2 a")!.TextContent, c => (Href: c.QuerySelector("h2 a")!.GetAttribute("href"), Text: c.TextContent));
        cards.Keys.Should().Equal("届次与会议", "常委会会议", "委员会", "承办单位", "行政区划", "建议类别", "工作日历");
        cards["届次与会议"].Text.Should().Contain("1 届，2 次大会会议");
        cards["常委会会议"].Text.Should().Contain("1 次");
        cards["行政区划"].Text.Should().Contain("1 个区县（旗），0 个街道乡镇（苏木）");
        // 2026 as seeded: 33 days off, 6 make-up working days.
        cards["工作日历"].Text.Should().Contain("2026年：放假 33 天，调休上班 6 天");
        cards["工作日历"].Href.Should().Be("/Reference/Calendar");
    }

    [Fact]
    public async Task Every_reference_page_leads_back_to_the_hub()
    {
        using var staff = await StaffAsync();
        foreach (var url in new[] { "/Reference/Terms", "/Reference/Sessions/Edit", "/Reference/Meetings", "/Reference/Committees/Edit", "/Reference/Units", "/Reference/Areas/Edit", "/Reference/Categories", "/Reference/Calendar/Edit" })
        {
            var page = await staff.GetDocumentAsync(url);
            page.QuerySelector("nav[aria-label='当前位置'] a[href='/Reference']").Should().NotBeNull($"{url} should link back to /Reference");
            page.Title.Should().EndWith("示例市人大常委会");
        }
    }
}
