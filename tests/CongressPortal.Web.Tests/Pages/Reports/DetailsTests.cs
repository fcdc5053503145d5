using AngleSharp.Dom;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.Staff.Reports;

namespace CongressPortal.Web.Tests.Pages.Reports;

public sealed class DetailsTests(PortalAppFactory app) : PublicReportTest(app)
{
    [Fact]
    public async Task A_headings_name_is_its_own_text_and_its_hash_link_is_neither_read_nor_a_tab_stop_while_the_contents_link_every_section()
    {
        await FiguresAsync(2027, ReportSamples.Clean(2027), true);
        using var anonymous = AnonymousClient();

        var page = await anonymous.GetDocumentAsync("/Reports/2027");

        var headings = page.QuerySelectorAll(".report-text .report-heading");
        headings.Should().NotBeEmpty();
        foreach (var heading in headings)
        {
            var hash = heading.QuerySelector("a.anchor-link")!;
            hash.GetAttribute("aria-hidden").Should().Be("true", "the link is not part of the heading's name");
            hash.GetAttribute("tabindex").Should().Be("-1", "the link is not a tab stop");
            hash.HasAttribute("aria-label").Should().BeFalse();
            NameFromContent(heading).Should().NotContain("#").And.NotContain("链接").And.NotBeEmpty();
            page.QuerySelectorAll($"#report-toc a[href='#{heading.Id}']").Should().ContainSingle($"the contents link {heading.Id}, so its address can be copied by keyboard");
        }
    }

    /// <summary>The text a heading's accessible name is computed from: its content without what is hidden from assistive technology.</summary>
    private static string NameFromContent(IElement element) => string.Concat(element.ChildNodes.Select(node => node switch
    {
        IElement child when child.GetAttribute("aria-hidden") == "true" => "",
        IElement child => NameFromContent(child),
        _ => node.TextContent,
    })).Trim();
}
