using CongressPortal.BrowserTests.Infrastructure;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reports;
using CongressPortal.Web.Data;
using CongressPortal.Web.Tests.Pages.Staff.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CongressPortal.BrowserTests.Journeys;

/// <summary>
/// Charts of counts (件, 项, 次) label their value axis in whole numbers only (issue 16): with one or two of something,
/// Chart.js would otherwise step by 0.1 or 0.5, and "2.5件" means nothing. The tick labels are read from the drawn chart.
/// </summary>
public sealed class ChartAxisTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    /// <summary>The labels of the value axis of every chart on the page, one list per canvas.</summary>
    private static async Task<IReadOnlyList<string[]>> ValueAxisLabelsAsync(IPage page, string canvases)
    {
        await page.WaitForFunctionAsync($"() => [...document.querySelectorAll('{canvases}')].length > 0 && [...document.querySelectorAll('{canvases}')].every(c => Chart.getChart(c))");
        return await page.EvaluateAsync<string[][]>($"() => [...document.querySelectorAll('{canvases}')].map(c => Chart.getChart(c).scales.y.ticks.map(t => String(t.label)))");
    }

    private static void ShouldAllBeWholeNumbers(IReadOnlyList<string[]> axes)
    {
        axes.Should().NotBeEmpty();
        foreach (var labels in axes)
        {
            labels.Should().HaveCountGreaterThan(1, "an axis with one label shows no scale");
            labels.Should().OnlyContain(l => l.Length > 0 && l.All(char.IsAsciiDigit), $"count axes step in whole numbers: {string.Join(" ", labels)}");
        }
    }

    [Fact]
    public async Task The_yearly_comparison_charts_of_small_counts_have_whole_number_ticks()
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            // One and two of each: the range where Chart.js picks steps of 0.1 or 0.5.
            foreach (var (year, count) in new[] { (2025, 1), (2026, 2) })
            {
                await ReportSamples.CreateAsync(db, year, ReportSamples.Clean(year), true, App.Clock.GetUtcNow().AddYears(year - 2027),
                    new KeyFigureDetails("制定地方性法规", count, "件", "报告正文", "s1"), new KeyFigureDetails("开展专题询问", count + 1, "次", "报告正文", "s2"));
            }
        }

        await Page.GotoAsync("/Reports/Compare");

        var axes = await ValueAxisLabelsAsync(Page, "#compare-charts canvas");
        axes.Should().HaveCount(2);
        ShouldAllBeWholeNumbers(axes);
        // The same figures drawn with Chart.js's defaults step in fractions: without the page's tick options this test fails.
        var defaults = await Page.EvaluateAsync<string[]>("""
            () => {
                const box = document.querySelector('#compare-charts .compare-chart-box');
                const canvas = document.createElement('canvas');
                box.appendChild(canvas);
                const data = Chart.getChart(box.querySelector('canvas')).data;
                const chart = new Chart(canvas, { type: 'bar', data: data, options: { maintainAspectRatio: false, scales: { y: { beginAtZero: true } } } });
                const labels = chart.scales.y.ticks.map(t => String(t.label));
                chart.destroy();
                canvas.remove();
                return labels;
            }
            """);
        defaults.Should().Contain(l => l.Contains('.'), $"Chart.js's own ticks for these counts: {string.Join(" ", defaults)}");
        SeriousConsoleErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task The_statistics_chart_of_one_suggestion_has_whole_number_ticks()
    {
        var world = await Data.SuggestionWorldAsync();
        var suggestion = await Data.SuggestionAsync(world);
        await Data.AssignedSuggestionAsync(suggestion.Id, world.Unit.Id);
        await SignInAsync(Page, await UserForRoleAsync(PortalRole.Staff));

        await Page.GotoAsync("/Staff/Suggestions/Stats?by=Unit");

        ShouldAllBeWholeNumbers(await ValueAxisLabelsAsync(Page, "#class-chart"));
        SeriousConsoleErrors.Should().BeEmpty();
    }
}
