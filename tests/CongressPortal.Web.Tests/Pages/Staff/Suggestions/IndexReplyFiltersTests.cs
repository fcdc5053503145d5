using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CongressPortal.Domain.Common;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.Suggestions;

/// <summary>The staff list's filters on the replies: classification, the deputy's rating, unrated replies, open commitments.</summary>
public sealed class IndexReplyFiltersTests(PortalAppFactory app) : WebTest(app)
{
    private const string List = "/Staff/Suggestions";

    private static async Task<List<int>> ListedAsync(PortalClient client, string url) =>
        (await client.GetDocumentAsync(url)).QuerySelectorAll("#suggestions tbody tr")
            .Select(tr => int.Parse(tr.Id!["suggestion-".Length..], CultureInfo.InvariantCulture)).ToList();

    [Fact]
    public async Task Classification_filter_keeps_the_suggestions_with_a_unit_reply_of_that_class()
    {
        var s = await LedgerScenario.CreateAsync(App);
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        (await ListedAsync(staff, $"{List}?classification=B")).Should().Equal(s.School.Id, s.Elevator.Id);
        (await ListedAsync(staff, $"{List}?classification=c")).Should().Equal(s.Alley.Id);
        (await ListedAsync(staff, $"{List}?classification=A")).Should().BeEmpty();
        var page = await staff.GetDocumentAsync($"{List}?classification=C");
        page.QuerySelector<IHtmlSelectElement>("#classification")!.Value.Should().Be("C");
        page.QuerySelectorAll("#classification option").Select(o => o.TextContent).Should()
            .Equal("全部", "A 已解决或基本解决", "B 正在解决或已列入计划逐步解决", "C 因条件限制需以后解决", "D 留作参考");
    }

    [Fact]
    public async Task Satisfaction_filter_keeps_the_suggestions_the_deputy_rated_so()
    {
        var s = await LedgerScenario.CreateAsync(App);
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        (await ListedAsync(staff, $"{List}?satisfaction=Satisfied")).Should().Equal(s.Elevator.Id);
        (await ListedAsync(staff, $"{List}?satisfaction=BasicallySatisfied")).Should().Equal(s.Alley.Id);
        (await ListedAsync(staff, $"{List}?satisfaction=Unsatisfied")).Should().BeEmpty();
        (await staff.GetDocumentAsync($"{List}?satisfaction=BasicallySatisfied")).QuerySelector<IHtmlSelectElement>("#satisfaction")!.Value.Should().Be("BasicallySatisfied");
    }

    [Fact]
    public async Task Unrated_filter_keeps_replies_the_deputy_has_not_rated_and_not_suggestions_without_a_reply()
    {
        var s = await LedgerScenario.CreateAsync(App);
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        (await ListedAsync(staff, $"{List}?unrated=true")).Should().Equal(s.School.Id);
        (await staff.GetDocumentAsync($"{List}?unrated=true")).QuerySelector<IHtmlInputElement>("#unrated")!.IsChecked.Should().BeTrue();
    }

    [Fact]
    public async Task Open_commitments_filter_keeps_suggestions_with_a_commitment_not_done()
    {
        var s = await LedgerScenario.CreateAsync(App);
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        // The alley's only commitment is done; the pending one has no reply.
        (await ListedAsync(staff, $"{List}?commitments=true")).Should().Equal(s.School.Id, s.Elevator.Id);
        var page = await staff.GetDocumentAsync($"{List}?commitments=true&classification=B&unrated=true");
        page.QuerySelector<IHtmlInputElement>("#commitments")!.IsChecked.Should().BeTrue();
        page.QuerySelectorAll("#suggestions tbody tr").Should().ContainSingle();
        // The export link carries the same filter.
        page.QuerySelector<IHtmlAnchorElement>("#export-link")!.GetAttribute("href").Should()
            .Be("/Staff/Suggestions/Export?classification=B&unrated=true&commitments=true");
    }
}
