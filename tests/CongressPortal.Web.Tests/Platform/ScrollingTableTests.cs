using CongressPortal.Domain.Common;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.DeputyDesk.Proposals;

namespace CongressPortal.Web.Tests.Platform;

/// <summary>
/// A wide table scrolls inside its box; a keyboard user can scroll it only if the box takes focus. Every such box on the
/// pages with tables (public, staff and audit) is a focusable, named region (TableRegionTagHelper).
/// </summary>
public sealed class ScrollingTableTests(PortalAppFactory app) : ProposalTest(app)
{
    [Fact]
    public async Task Every_scrolling_table_box_takes_focus_and_is_a_named_region()
    {
        var world = await WorldAsync();
        var proposal = await RegisteredAsync(world);
        await PublishAsync(proposal.Id);
        var committee = await Data.CommitteeAsync("教育科学文化卫生委员会");
        // A suggestion assigned to a unit, so the statistics have rows.
        var suggestions = new TestData.SuggestionWorld(world.Session, await Data.CategoryAsync(), world.Lead, world.Others[0],
            await Data.UnitAsync("示例市住房和城乡建设局"), await Data.UnitAsync("示例市交通运输局"), committee);
        await Data.AssignedSuggestionAsync((await Data.SuggestionAsync(suggestions)).Id, suggestions.Unit.Id);
        using var anonymous = AnonymousClient();
        using var staff = await SignedInClientAsync(PortalRole.Staff);
        using var admin = await SignedInClientAsync(PortalRole.Admin);
        using var auditor = await SignedInClientAsync(PortalRole.Auditor);
        var pages = new List<(PortalClient Client, string Url)>
        {
            (anonymous, "/Proposals"),
            (staff, "/Staff/Proposals"),
            (staff, "/Staff/Deputies"),
            (staff, "/Staff/Suggestions/Stats"),
            (admin, "/Reference/Committees"),
            (admin, "/Reference/Units"),
            (auditor, "/Audit"),
            (auditor, $"/Audit/History?type=Committee&key={committee.Id}"),
        };

        var problems = new List<string>();
        var boxes = 0;
        foreach (var (client, url) in pages)
        {
            var page = await client.GetDocumentAsync(url);
            var found = page.QuerySelectorAll("main .table-responsive, main .stats-scroll");
            if (found.Length == 0) problems.Add($"{url}: no table box to check");
            foreach (var box in found)
            {
                boxes++;
                var label = box.GetAttribute("aria-label")
                    ?? (box.GetAttribute("aria-labelledby") is { } id ? page.GetElementById(id)?.TextContent : null);
                if (box.GetAttribute("tabindex") != "0") problems.Add($"{url}: a box without tabindex=0");
                if (box.GetAttribute("role") != "region") problems.Add($"{url}: a box without role=region");
                if (string.IsNullOrWhiteSpace(label)) problems.Add($"{url}: a box without a name");
            }
        }

        problems.Should().BeEmpty();
        boxes.Should().BeGreaterThanOrEqualTo(pages.Count);
        var audit = await auditor.GetDocumentAsync("/Audit");
        audit.QuerySelector("main .table-responsive")!.GetAttribute("aria-label").Should().Be("审计日志", "the table's caption names its box");
        var units = await admin.GetDocumentAsync("/Reference/Units");
        units.QuerySelector("main .table-responsive")!.GetAttribute("aria-label").Should().Be("承办单位：表格", "without a caption the page title names the box");
    }
}
