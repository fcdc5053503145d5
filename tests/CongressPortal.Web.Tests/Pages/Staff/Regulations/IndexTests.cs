using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.Regulations;

public sealed class IndexTests(PortalAppFactory app) : RegulationTest(app)
{
    [Fact]
    public async Task Every_regulation_is_listed_with_its_library_state_its_status_today_and_a_mark_for_a_version_to_publish()
    {
        var draft = await RegulationAsync("示例市人大常委会公告第1号", title: "示例市历史街区保护条例", field: LegislativeField.Heritage);
        var inForce = await PublishedAsync("示例市人大常委会公告第2号", title: "示例市古树名木保护条例");
        var amending = await PublishedAsync("示例市人大常委会公告第3号", title: "示例市河道管理条例");
        await ActAsync(amending, (store, version) => store.AddVersionAsync(amending, version,
            Draft("示例市人大常委会公告第4号", new DateOnly(2026, 2, 1), LegislationKind.Amend, "示例市河道管理条例"), Statute("示例市河道管理条例"), null, Clerk, default));
        var repealed = await PublishedAsync("示例市人大常委会公告第5号", title: "示例市燃放烟花爆竹管理条例");
        await ActAsync(repealed, (store, version) => store.RepealAsync(repealed, version,
            new RepealDraft("示例市人大常委会公告第6号", new DateOnly(2026, 1, 5), new DateOnly(2026, 2, 1), null), null, Clerk, default));
        using var staff = await StaffAsync();

        var page = await staff.GetDocumentAsync("/Staff/Regulations");

        Text(page, "#count").Should().Contain("4");
        Row(page, draft, ".library-state").Should().Be("未公开");
        Row(page, draft, ".public-status").Should().Be("—");
        Row(page, draft, ".pending-flag").Should().Be("有待公开的版本");
        Row(page, inForce, ".library-state").Should().Be("已公开");
        Row(page, inForce, ".public-status").Should().Be("现行有效");
        Row(page, inForce, ".pending-flag").Should().BeEmpty();
        Row(page, amending, ".pending-flag").Should().Be("有待公开的版本");
        Row(page, amending, ".public-status").Should().Be("现行有效", "the amendment is not public yet");
        Row(page, repealed, ".library-state").Should().Be("已废止");
        Row(page, repealed, ".public-status").Should().Be("已废止");
        page.QuerySelector($"#regulation-{draft} a")!.GetAttribute("href").Should().Be(DetailsPage(draft));

        Ids(await staff.GetDocumentAsync("/Staff/Regulations?state=Draft")).Should().Equal(draft);
        Ids(await staff.GetDocumentAsync("/Staff/Regulations?state=Repealed")).Should().Equal(repealed);
        Ids(await staff.GetDocumentAsync("/Staff/Regulations?field=Heritage")).Should().Equal(draft);
        Ids(await staff.GetDocumentAsync("/Staff/Regulations?q=河道")).Should().Equal(amending);
        Ids(await staff.GetDocumentAsync("/Staff/Regulations?pending=true")).Should().BeEquivalentTo([draft, amending]);
        var none = await staff.GetDocumentAsync("/Staff/Regulations?q=没有这部法规");
        none.QuerySelector("#no-regulations").Should().NotBeNull();
        Value(none, "q").Should().Be("没有这部法规");
    }

    [Fact]
    public async Task The_workspace_links_to_the_library()
    {
        using var staff = await StaffAsync();

        var workspace = await staff.GetDocumentAsync("/Staff");

        workspace.QuerySelector("#regulations-card a")!.GetAttribute("href").Should().Be("/Staff/Regulations");
    }

    private static string Row(AngleSharp.Html.Dom.IHtmlDocument page, int id, string selector) =>
        page.QuerySelector($"#regulation-{id} {selector}")?.TextContent.Trim() ?? "";

    private static List<int> Ids(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("#regulations tbody tr").Select(r => int.Parse(r.Id!["regulation-".Length..], System.Globalization.CultureInfo.InvariantCulture))];
}
