using System.Net;
using System.Text.Json;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.Staff.Reports;

namespace CongressPortal.Web.Tests.OpenData;

/// <summary>/api/v1/reports: published work reports with the outline of their latest published version and their key figures.</summary>
public sealed class ReportsKindTests(PortalAppFactory app) : ReportTest(app)
{
    private const string Kind = "reports";

    [Fact]
    public async Task Published_reports_are_listed_with_outline_and_follow_key_figures_and_unpublishing()
    {
        var id = await ReportAsync(2027, ReportSamples.Clean(2027), publish: true);
        var draft = await ReportAsync(2028, ReportSamples.Clean(2028));

        using var client = AnonymousClient();
        var listed = await KindApi.OnlyAsync(client, Kind, id);
        listed.GetProperty("type").GetString().Should().Be("report");
        listed.GetProperty("web").GetString().Should().Be($"{KindApi.Origin}/Reports/2027");
        listed.GetProperty("year").GetInt32().Should().Be(2027);
        listed.GetProperty("title").GetString().Should().Be("示例市人民代表大会常务委员会工作报告");
        listed.GetProperty("corrected_at").ValueKind.Should().Be(JsonValueKind.Null);
        listed.GetProperty("key_figures").GetArrayLength().Should().Be(0);
        var entries = Flatten(listed.GetProperty("outline")).ToList();
        entries.Select(e => e.GetProperty("text").GetString()).Should().ContainInOrder("扎实推进地方立法", "持续加强监督工作");
        var first = entries.Single(e => e.GetProperty("text").GetString() == "扎实推进地方立法");
        first.GetProperty("label").GetString().Should().Be("一、");
        first.GetProperty("web").GetString().Should().StartWith($"{KindApi.Origin}/Reports/2027#");
        var anchor = first.GetProperty("web").GetString()!.Split('#')[1];
        (await KindApi.StatusAsync(client, Kind, draft)).Should().Be(HttpStatusCode.NotFound);

        // Staff add a key figure on the figures page: public at once, so the document changes.
        using var staff = await StaffAsync();
        using (var added = await staff.SubmitFormAsync($"/Staff/Reports/Figures/{id}", new Dictionary<string, string?>
        {
            ["Input.Label"] = "制定地方性法规", ["Input.Value"] = "3", ["Input.Unit"] = "件", ["Input.SourceNote"] = "报告正文", ["Input.Anchor"] = anchor,
        }, "#figure-add"))
            added.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var changed = await KindApi.ModifiedSinceAsync(client, Kind, id, KindApi.Modified(listed));
        var figure = changed.GetProperty("key_figures").EnumerateArray().Single();
        figure.GetProperty("label").GetString().Should().Be("制定地方性法规");
        figure.GetProperty("value").GetDecimal().Should().Be(3);
        figure.GetProperty("unit").GetString().Should().Be("件");
        figure.GetProperty("source_note").GetString().Should().Be("报告正文");
        figure.GetProperty("web").GetString().Should().Be($"{KindApi.Origin}/Reports/2027#{anchor}");

        using (var unpublished = await staff.SubmitFormAsync($"/Staff/Reports/Preview/{id}", new Dictionary<string, string?> { ["Reason"] = "报告人职务有误，核实后重新发布" }, "#unpublish-form"))
            unpublished.StatusCode.Should().Be(HttpStatusCode.Redirect);
        await KindApi.TombstoneAsync(client, Kind, id, KindApi.Modified(changed));
    }

    private static IEnumerable<JsonElement> Flatten(JsonElement entries) =>
        entries.EnumerateArray().SelectMany(e => Flatten(e.GetProperty("children")).Prepend(e));
}
