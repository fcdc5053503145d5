using System.Globalization;
using System.Net;
using CongressPortal.Domain.Reports;
using CongressPortal.Web.Pages.Staff.Reports;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.Reports;

public sealed class OutlineTests(PortalAppFactory app) : ReportTest(app)
{
    private static async Task<HttpResponseMessage> ActAsync(PortalClient staff, int id, int blockId, string op, Dictionary<string, string?>? fields = null)
    {
        var values = new Dictionary<string, string?>(fields ?? []) { ["Op"] = op };
        return await staff.SubmitFormAsync($"/Staff/Reports/Outline/{id}", values, $"#block-form-{blockId}");
    }

    [Fact]
    public async Task Staff_correct_the_detected_outline_block_by_block()
    {
        var id = await ReportAsync(text: ReportSamples.Pasted);
        using var staff = await StaffAsync();

        // The pasted newspaper feature goes in one step.
        using (var deleted = await staff.SubmitFormAsync($"/Staff/Reports/Outline/{id}", new Dictionary<string, string?> { ["Op"] = "DeleteSuspected" }, "#delete-suspected-form"))
            deleted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var outline = await DraftAsync(id);
        outline.HasSuspectedContent.Should().BeFalse();
        outline.PlainText.Should().NotContain("本报记者").And.NotContain("老周");

        // The unnumbered heading was read as a sub-heading of 三、; staff make it a first-level heading.
        var heading = outline.Blocks.Single(b => b.Text == "服务保障代表履职");
        heading.Level.Should().Be(2);
        (await ActAsync(staff, id, heading.Id, "Promote")).Dispose();
        (await DraftAsync(id)).Blocks.Single(b => b.Id == heading.Id).Level.Should().Be(1);

        // Split a paragraph at the start of its second sentence, then merge it back.
        var paragraph = (await DraftAsync(id)).Blocks.Single(b => b.Text.StartsWith("健全立法联系点制度。", StringComparison.Ordinal));
        (await ActAsync(staff, id, paragraph.Id, "Split", new() { ["SplitAt"] = "新设基层" })).Dispose();
        var split = await DraftAsync(id);
        split.Blocks.Single(b => b.Id == paragraph.Id).Text.Should().Be("健全立法联系点制度。");
        var second = split.Blocks.Single(b => b.Text.StartsWith("新设基层立法联系点4个", StringComparison.Ordinal));
        (await ActAsync(staff, id, second.Id, "Merge")).Dispose();
        (await DraftAsync(id)).Blocks.Single(b => b.Id == paragraph.Id).Text.Should().Be(paragraph.Text);

        // Change a paragraph into a numbered heading, and delete a block.
        var closing = (await DraftAsync(id)).Blocks.Single(b => b.Text.StartsWith("各位代表，让我们", StringComparison.Ordinal));
        (await ActAsync(staff, id, closing.Id, "Delete")).Dispose();
        (await DraftAsync(id)).Blocks.Should().NotContain(b => b.Id == closing.Id);
        var kindTarget = (await DraftAsync(id)).Blocks.Single(b => b.Text == "服务保障代表履职");
        (await ActAsync(staff, id, kindTarget.Id, "ChangeKind", new() { ["Kind"] = nameof(ReportBlockKind.Paragraph) })).Dispose();
        (await DraftAsync(id)).Blocks.Single(b => b.Id == kindTarget.Id).Kind.Should().Be(ReportBlockKind.Paragraph);
    }

    [Fact]
    public async Task A_refused_correction_is_explained_and_changes_nothing()
    {
        var id = await ReportAsync(text: ReportSamples.Pasted);
        using var staff = await StaffAsync();
        var before = await DraftAsync(id);
        var title = before.Blocks.First(b => b.Kind == ReportBlockKind.Title);

        using var response = await ActAsync(staff, id, title.Id, "Merge");

        var page = await staff.GetDocumentAsync(response.Headers.Location!.OriginalString);
        page.QuerySelector("main")!.TextContent.Should().Contain(ReportMessages.CannotMergeFirst.Message);
        (await DraftAsync(id)).PlainText.Should().Be(before.PlainText);
    }

    [Fact]
    public async Task Two_staff_correcting_the_same_outline_at_once_the_second_gets_a_conflict()
    {
        var id = await ReportAsync(text: ReportSamples.Pasted);
        using var first = await StaffAsync();
        using var second = await StaffAsync();
        var firstPage = await first.GetDocumentAsync($"/Staff/Reports/Outline/{id}");
        var secondPage = await second.GetDocumentAsync($"/Staff/Reports/Outline/{id}");
        var blocks = (await DraftAsync(id)).Blocks;
        var closing = blocks.Single(b => b.Text.StartsWith("各位代表，让我们", StringComparison.Ordinal));
        var heading = blocks.Single(b => b.Text == "服务保障代表履职");

        (await first.SubmitFormAsync(firstPage, new Dictionary<string, string?> { ["Op"] = "Delete" }, $"#block-form-{closing.Id}")).Dispose();
        using var late = await second.SubmitFormAsync(secondPage, new Dictionary<string, string?> { ["Op"] = "Promote" }, $"#block-form-{heading.Id}");

        var page = await second.GetDocumentAsync(late.Headers.Location!.OriginalString);
        page.QuerySelector("main")!.TextContent.Should().Contain(ReportActions.ActionConflict);
        var outline = await DraftAsync(id);
        outline.Blocks.Should().NotContain(b => b.Id == closing.Id);
        outline.Blocks.Single(b => b.Id == heading.Id).Level.Should().Be(heading.Level, "the stale correction was not applied");
        page.QuerySelector($"#block-form-{heading.Id} input[name=Version]")!.GetAttribute("value")
            .Should().Be((await StoredAsync(id)).Version.ToString(CultureInfo.InvariantCulture), "the page now carries the new version");
    }

    [Fact]
    public async Task Staff_split_where_the_words_they_typed_start_and_are_told_when_the_words_are_not_there()
    {
        var id = await ReportAsync(text: ReportSamples.Pasted);
        using var staff = await StaffAsync();
        var paragraph = (await DraftAsync(id)).Blocks.Single(b => b.Text.StartsWith("健全立法联系点制度。", StringComparison.Ordinal));

        using var refused = await ActAsync(staff, id, paragraph.Id, "Split", new() { ["SplitAt"] = "不在这一段里" });

        var page = await staff.GetDocumentAsync(refused.Headers.Location!.OriginalString);
        page.QuerySelector("main")!.TextContent.Should().Contain(ReportMessages.SplitTextNotFound("不在这一段里").Message);
        (await DraftAsync(id)).Blocks.Single(b => b.Id == paragraph.Id).Text.Should().Be(paragraph.Text);
    }
}
