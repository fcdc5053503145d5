using CongressPortal.Domain.Common;
using System.Net;
using CongressPortal.Domain.Reports;
using CongressPortal.Web.Pages.Staff.Reports;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.Reports;

public sealed class ImportTests(PortalAppFactory app) : ReportTest(app)
{
    private static string LettersAndDigits(string text) => new(text.Where(char.IsLetterOrDigit).ToArray());

    [Fact]
    public async Task Pasted_text_is_imported_with_its_outline_joined_lines_and_the_pasted_feature_flagged()
    {
        var id = await ReportAsync();
        using var staff = await StaffAsync();

        using var response = await staff.SubmitFormAsync($"/Staff/Reports/Import/{id}", new Dictionary<string, string?> { ["Text"] = ReportSamples.Pasted });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Contain("/Staff/Reports/Outline");
        var outline = await DraftAsync(id);
        var blocks = outline.Blocks;
        blocks.Should().Contain(b => b.Kind == ReportBlockKind.Title && b.Text == "示例市人民代表大会常务委员会工作报告");
        blocks.Should().Contain(b => b.Kind == ReportBlockKind.Subtitle);
        blocks.Should().Contain(b => b.Kind == ReportBlockKind.Speaker && b.Text.Contains("陈立"));
        blocks.Should().Contain(b => b.Kind == ReportBlockKind.Salutation && b.Text == "各位代表：", "the half-width colon becomes full-width");
        blocks.Where(b => b.Kind == ReportBlockKind.Part).Select(b => b.Text).Should().Equal("2026年主要工作", "2027年主要任务");
        blocks.Where(b => b.Kind == ReportBlockKind.Section && b.Level == 1).Select(b => b.Number).Should().Equal(1, 2, 3);
        blocks.Should().Contain(b => b.Kind == ReportBlockKind.Section && b.Level == 2 && b.Text == "完善立法工作机制");
        blocks.Should().Contain(b => b.Kind == ReportBlockKind.Heading && b.Text == "服务保障代表履职", "a short line without numbers or punctuation is a heading");
        blocks.Should().Contain(b => b.Text.Contains("修改2件，废止1件。"), "the line broken mid-sentence is joined");
        blocks.Should().Contain(b => b.LeadSentence == "健全立法联系点制度。");
        blocks.Where(b => b.Suspicion is not null).Select(b => b.Text).Should().Contain(t => t.Contains("本报记者"));
        blocks.Single(b => b.Text.Contains("老周")).Suspicion.Should().NotBeNull("the feature's paragraphs are flagged, never dropped");

        var page = await staff.GetDocumentAsync($"/Staff/Reports/Outline/{id}");
        page.QuerySelectorAll(".report-block-suspect").Should().HaveCountGreaterThanOrEqualTo(2);
        page.QuerySelector("#outline-tree")!.TextContent.Should().Contain("一、坚持依法立法，提高立法质量");
    }

    [Theory]
    [InlineData(ReportSamples.Pasted)]
    [InlineData("这是一段没有标题的文字，\n被断成了两行。\n\n<b>第二段</b>也没有编号，但要完整保留；数字1,200和12:30也一样!")]
    public async Task Nothing_typed_is_dropped_on_import(string text)
    {
        var id = await ReportAsync();
        using var staff = await StaffAsync();

        using var response = await staff.SubmitFormAsync($"/Staff/Reports/Import/{id}", new Dictionary<string, string?> { ["Text"] = text });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var outline = await DraftAsync(id);
        LettersAndDigits(outline.PlainText).Should().Be(LettersAndDigits(text));
    }

    [Fact]
    public async Task Text_without_an_outline_is_imported_as_paragraphs_with_a_notice()
    {
        var id = await ReportAsync();
        using var staff = await StaffAsync();
        const string text = "市人大常委会一年来依法履职，各项工作取得新进展。\n常委会组成人员认真学习，不断提高履职能力。";

        using var response = await staff.SubmitFormAsync($"/Staff/Reports/Import/{id}", new Dictionary<string, string?> { ["Text"] = text });

        var outline = await DraftAsync(id);
        outline.Blocks.Should().OnlyContain(b => b.Kind == ReportBlockKind.Paragraph).And.HaveCount(2);
        var page = await staff.GetDocumentAsync(response.Headers.Location!.OriginalString);
        page.QuerySelector("main")!.TextContent.Should().Contain(ReportMessages.NoOutline);
    }

    [Fact]
    public async Task A_word_file_is_imported_with_its_bold_lead_sentences()
    {
        var id = await ReportAsync();
        using var staff = await StaffAsync();
        var docx = ReportSamples.Docx(
            ("示例市人民代表大会常务委员会工作报告", ""),
            ("", "各位代表："),
            ("", "2026年主要工作"),
            ("一、聚焦民生实事", ""),
            ("聚焦民生实事", "，推动解决群众急难愁盼问题，全年督办民生实事项目12件。"),
            ("", "听取审议专项工作报告10项。"));

        using var response = await staff.SubmitMultipartFormAsync($"/Staff/Reports/Import/{id}", new Dictionary<string, string?>(), [("Upload", "报告.docx", docx)]);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var outline = await DraftAsync(id);
        outline.Blocks.Should().Contain(b => b.Kind == ReportBlockKind.Title);
        outline.Blocks.Should().Contain(b => b.Kind == ReportBlockKind.Part && b.Text == "2026年主要工作");
        outline.Blocks.Should().Contain(b => b.Kind == ReportBlockKind.Section && b.Number == 1 && b.Text == "聚焦民生实事");
        outline.Blocks.Single(b => b.Text.StartsWith("聚焦民生实事，", StringComparison.Ordinal)).LeadSentence.Should().Be("聚焦民生实事", "the bold run in Word is the lead sentence");
    }

    public static TheoryData<string, byte[]> BadFiles() => new()
    {
        { DocxReader.Empty.Message, [] },
        { DocxReader.Encrypted.Message, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0] },
        { DocxReader.NotDocx.Message, "这不是一个Word文件"u8.ToArray() },
        { DocxReader.NotDocx.Message, [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6] },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_file_that_is_not_a_readable_docx_is_refused_and_nothing_is_imported(string message, byte[] content)
    {
        var id = await ReportAsync();
        using var staff = await StaffAsync();

        using var response = await staff.SubmitMultipartFormAsync($"/Staff/Reports/Import/{id}", new Dictionary<string, string?>(), [("Upload", "报告.docx", content)]);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(response);
        page.FieldError("Upload").Should().Be(message);
        (await StoredAsync(id)).DraftJson.Should().BeNull();
    }

    [Fact]
    public async Task A_file_over_20_MB_is_refused()
    {
        var id = await ReportAsync();
        using var staff = await StaffAsync();
        var big = new byte[(20 * 1024 * 1024) + 1];
        big[0] = 0x50;

        using var response = await staff.SubmitMultipartFormAsync($"/Staff/Reports/Import/{id}", new Dictionary<string, string?>(), [("Upload", "报告.docx", big)]);

        var page = await PortalClient.ParseAsync(response);
        page.FieldError("Upload").Should().Be(DocxReader.TooLarge.Message);
        (await StoredAsync(id)).DraftJson.Should().BeNull();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_Word_file_that_is_a_zip_bomb_is_refused_before_it_is_parsed_and_the_pasted_text_is_kept(bool lyingHeader)
    {
        var id = await ReportAsync();
        using var staff = await StaffAsync();

        using var response = await staff.SubmitMultipartFormAsync($"/Staff/Reports/Import/{id}", new Dictionary<string, string?> { ["Text"] = "一、过去一年的工作" },
            [("Upload", "报告.docx", lyingHeader ? ZipBombs.LyingDocument : ZipBombs.Document)]);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(response);
        page.FieldError("Upload").Should().Be(ZipGuard.TooLarge.Message);
        page.QuerySelector("textarea[name=Text]")!.TextContent.Trim().Should().Be("一、过去一年的工作");
        (await StoredAsync(id)).DraftJson.Should().BeNull();
    }
}
