using System.Net;
using CongressPortal.Domain.Reports;
using CongressPortal.Web.Pages.Staff.Reports;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Reports;

public sealed class FiguresTests(PortalAppFactory app) : ReportTest(app)
{
    /// <summary>A report with one figure (制定地方性法规 3件): its id and the figure's.</summary>
    private async Task<(int Report, int Figure)> ReportWithFigureAsync()
    {
        var id = await ReportAsync(2027, ReportSamples.Clean(2027));
        await DbAsync(async db =>
        {
            var report = await db.WorkReports.Include(r => r.Figures).SingleAsync(r => r.Id == id);
            report.AddFigure(new KeyFigureDetails("制定地方性法规", 3, "件", "报告正文"), ReportSamples.Staff, App.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });
        return (id, (await StoredAsync(id)).Figures.Single().Id);
    }

    [Fact]
    public async Task Staff_add_edit_and_remove_key_figures()
    {
        var id = await ReportAsync(2027, ReportSamples.Clean(2027));
        using var staff = await StaffAsync();

        using (var added = await staff.SubmitFormAsync($"/Staff/Reports/Figures/{id}", new Dictionary<string, string?>
        {
            ["Input.Label"] = "制定地方性法规", ["Input.Value"] = "3", ["Input.Unit"] = "件", ["Input.SourceNote"] = "报告正文", ["Input.Anchor"] = "s1",
        }, "#figure-add"))
            added.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var figure = (await StoredAsync(id)).Figures.Should().ContainSingle().Subject;
        figure.Value.Should().Be(3);
        figure.Anchor.Should().Be("s1");

        (await staff.SubmitFormAsync($"/Staff/Reports/Figures/{id}", new Dictionary<string, string?> { ["Input.Value"] = "4" }, $"#figure-{figure.Id}")).Dispose();
        (await StoredAsync(id)).Figures.Single().Value.Should().Be(4);

        using (var invalid = await staff.SubmitFormAsync($"/Staff/Reports/Figures/{id}", new Dictionary<string, string?> { ["Input.Label"] = "", ["Input.Value"] = "" }, "#figure-add"))
        {
            var page = await PortalClient.ParseAsync(invalid);
            page.FieldError("Input.Label").Should().Be("请填写指标名称");
            page.FieldError("Input.Value").Should().Be("请填写数值");
        }

        (await staff.SubmitFormAsync($"/Staff/Reports/Figures/{id}", new Dictionary<string, string?>(), $"#figure-remove-{figure.Id}")).Dispose();
        (await StoredAsync(id)).Figures.Should().BeEmpty();
    }

    [Fact]
    public async Task Proposed_figures_are_computed_from_the_portals_own_records_with_their_source()
    {
        // Two municipal deputies serving (one of them the lead deputy of the suggestions), and two suggestions of 2026.
        var world = await Data.SuggestionWorldAsync();
        await Data.SuggestionAsync(world, "关于增设公交站点的建议", withCoSigner: false);
        await Data.SuggestionAsync(world, "关于改造老旧管网的建议", withCoSigner: false);
        var id = await ReportAsync(2027, ReportSamples.Clean(2027));
        using var staff = await StaffAsync();

        var page = await staff.GetDocumentAsync($"/Staff/Reports/Figures/{id}?propose=true");

        var rows = page.QuerySelectorAll("#proposals tbody tr").ToDictionary(r => r.QuerySelectorAll("td")[0].TextContent.Trim(), r => r.QuerySelectorAll("td")[1].TextContent.Trim());
        rows["收到代表建议"].Should().Be("2件");
        rows["代表建议办结"].Should().Be("0件");
        page.QuerySelector("#proposals")!.TextContent.Should().Contain("本系统代表建议办理数据（2026年");

        using var accepted = await staff.SubmitFormAsync(page, new Dictionary<string, string?>(), "#proposals .proposal-accept");
        (await StoredAsync(id)).Figures.Should().ContainSingle(f => f.Label == "收到代表建议" && f.Value == 2 && f.SourceNote!.StartsWith("本系统", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refused_row_edit_is_explained_in_that_row_and_the_add_form_stays_blank()
    {
        var (id, figureId) = await ReportWithFigureAsync();
        using var staff = await StaffAsync();

        using var response = await staff.SubmitFormAsync($"/Staff/Reports/Figures/{id}", new Dictionary<string, string?> { ["Input.Label"] = "" }, $"#figure-{figureId}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(response);
        page.QuerySelector($"#figure-{figureId} .figure-error")!.TextContent.Should().Be("请填写指标名称");
        page.QuerySelector("#figure-add input[name='Input.Label']")!.GetAttribute("value").Should().BeNullOrEmpty();
        page.FieldError("Input.Label").Should().BeEmpty("the error belongs to the row, not to the add form");
        (await StoredAsync(id)).Figures.Single().Label.Should().Be("制定地方性法规");
    }

    [Fact]
    public async Task Two_staff_editing_figures_at_once_the_second_gets_a_conflict_at_the_row()
    {
        var (id, figureId) = await ReportWithFigureAsync();
        using var first = await StaffAsync();
        using var second = await StaffAsync();
        var secondPage = await second.GetDocumentAsync($"/Staff/Reports/Figures/{id}");

        (await first.SubmitFormAsync($"/Staff/Reports/Figures/{id}", new Dictionary<string, string?> { ["Input.Value"] = "4" }, $"#figure-{figureId}")).Dispose();
        using var late = await second.SubmitFormAsync(secondPage, new Dictionary<string, string?> { ["Input.Value"] = "5" }, $"#figure-{figureId}");

        var page = await PortalClient.ParseAsync(late);
        late.StatusCode.Should().Be(HttpStatusCode.OK, "the stale edit is refused, not saved");
        page.QuerySelector($"#figure-{figureId} .figure-error")!.TextContent.Should().Be(ReportActions.ActionConflict);
        page.QuerySelector($"#figure-{figureId} input[name='Input.Value']")!.GetAttribute("value").Should().Be("5", "what the user typed is kept");
        (await StoredAsync(id)).Figures.Single().Value.Should().Be(4);
    }
}
