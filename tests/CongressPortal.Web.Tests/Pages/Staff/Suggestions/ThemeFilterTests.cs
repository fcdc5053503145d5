using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Tests.Infrastructure;
using MiniExcelLibs;

namespace CongressPortal.Web.Tests.Pages.Staff.Suggestions;

public sealed class ThemeFilterTests(PortalAppFactory app) : WebTest(app)
{
    [Fact]
    public async Task The_list_shows_the_suggestions_bundled_under_a_theme_and_keeps_the_theme_when_filtering_further()
    {
        var world = await Data.SuggestionWorldAsync();
        var bundled = await Data.SuggestionAsync(world, "关于加装电梯的建议");
        var other = await Data.SuggestionAsync(world, "关于增设公交站点的建议");
        var theme = await DbAsync(async db =>
        {
            var t = SuggestionTheme.Create("老旧小区改造", 2026, null);
            db.SuggestionThemes.Add(t);
            await db.SaveChangesAsync();
            return t;
        });
        await Data.AssignedSuggestionAsync(bundled.Id, world.Unit.Id);
        await Data.AssignedSuggestionAsync(other.Id, world.Unit.Id);
        await Data.ActAsync(bundled.Id, (s, _, now) => s.ChangeTheme(theme.Id, theme.Name, Actor.Staff("王工作"), now));
        using var staff = await ClientForRoleAsync(PortalRole.Staff);

        var page = await staff.GetDocumentAsync($"/Staff/Suggestions?theme={theme.Id}");

        var titles = page.QuerySelectorAll("#suggestions tbody tr").Select(r => r.TextContent).ToList();
        titles.Should().ContainSingle().Which.Should().Contain("关于加装电梯的建议");
        page.QuerySelector("#theme-filter")!.TextContent.Should().Contain("打捆督办主题");
        page.QuerySelector("#suggestion-filter input[name='theme']")!.GetAttribute("value").Should().Be(theme.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        page.QuerySelector("#result-count")!.TextContent.Should().Be("共 1 件");

        // The export link of this list exports this list: the theme's suggestion only.
        using var export = await staff.GetAsync(page.QuerySelector("#export-link")!.GetAttribute("href")!);
        await using var stream = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        var numbers = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().Select(r => r["编号"]?.ToString()).ToList();
        numbers.Should().Equal(bundled.Number);
    }
}
