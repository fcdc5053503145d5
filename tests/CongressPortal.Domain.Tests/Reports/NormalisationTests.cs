using CongressPortal.Domain.Reports;

namespace CongressPortal.Domain.Tests.Reports;

public sealed class NormalisationTests
{
    private static readonly ReportOutline HalfWidth = OutlineDetector.Detect(ReportFixtures.HalfWidthReport);

    private static ReportBlock Block(string startsWith) =>
        HalfWidth.Blocks.Single(b => b.FullText.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void Half_width_and_full_width_numbering_give_the_same_outline()
    {
        HalfWidth.Blocks.Where(b => b.Kind == ReportBlockKind.Section).Select(b => (b.Level, b.Label, b.Text)).Should().Equal(
            (1, "一、", "坚持正确方向，人大工作取得新进展"),
            (2, "（一）", "加强理论学习"),
            (2, "（二）", "完善工作制度"),
            (3, "1.", "修订常委会议事规则。"),
            (3, "2.", "规范任免工作。"),
            (4, "（1）", "细化表决程序。"),
            (1, "二、", "聚焦法治建设，立法工作取得新成效"));
    }

    [Fact]
    public void The_head_is_recognised_with_half_width_dashes_colons_and_full_width_digits()
    {
        HalfWidth.Blocks.Take(6).Select(b => b.Kind).Should().Equal(
            ReportBlockKind.Title, ReportBlockKind.Subtitle, ReportBlockKind.Speaker, ReportBlockKind.Salutation,
            ReportBlockKind.Paragraph, ReportBlockKind.Part);
        HalfWidth.Blocks[1].Text.Should().Be("——2026年1月20日在示例市第九届人民代表大会第三次会议上");
        HalfWidth.Blocks[3].Text.Should().Be("各位代表：");
        HalfWidth.Blocks[5].Text.Should().Be("2025年主要工作");
    }

    [Fact]
    public void Commas_and_brackets_in_Chinese_text_become_full_width_and_indentation_goes()
    {
        Block("受市人大").Text.Should().Be("受市人大常委会委托，现将常委会一年来的工作报告如下，请予审议。");
        Block("加强重点领域立法").Text.Should().Be("加强重点领域立法。制定示例市河湖保护条例（草案已公开征求意见）。");
    }

    [Fact]
    public void Numbers_keep_their_periods_and_thousands_separators()
    {
        Block("健全学习制度").Text.Should().Be("健全学习制度。全年接待群众1.5万人次，办理来信1,200件。");
    }

    [Fact]
    public void A_paragraph_opening_with_a_decimal_number_is_not_a_numbered_heading() =>
        Block("1.5万名").Kind.Should().Be(ReportBlockKind.Paragraph);

    [Theory]
    [InlineData("各位代表:", "各位代表：")]
    [InlineData("\u3000\u3000受委托,现报告如下!", "受委托，现报告如下！")]
    [InlineData("（旗区)人大", "（旗区）人大")]
    [InlineData("１２３ＡＢＣ年", "123ABC年")]
    [InlineData("来信1,200件", "来信1,200件")]
    [InlineData("会议时间:12:30", "会议时间：12:30")]
    [InlineData("https://news.example.cn/a?b=1", "https://news.example.cn/a?b=1")]
    [InlineData("--2026年1月", "——2026年1月")]
    [InlineData("—2026年1月", "——2026年1月")]
    [InlineData("－－2026年1月", "——2026年1月")]
    [InlineData("- 列表项", "- 列表项")]
    [InlineData("推动\u200b高质量\ufeff发展", "推动高质量发展")]
    [InlineData("推动  高质量\t\u00a0发展   ", "推动 高质量 发展")]
    public void Lines_are_normalised(string raw, string expected) =>
        ReportText.NormaliseLine(raw, 0).Text.Should().Be(expected);

    [Fact]
    public void The_bold_prefix_follows_the_characters_it_covered()
    {
        var (text, bold) = ReportText.NormaliseLine("\u3000\u3000加强立法。制定条例。", 7);

        text.Should().Be("加强立法。制定条例。");
        bold.Should().Be(5);
    }

    [Fact]
    public void Windows_and_old_Mac_line_endings_are_lines_too()
    {
        var outline = OutlineDetector.Detect("一、依法履职\r\n常委会依法履职。\r二、发挥代表作用\r\n代表积极履职。");

        outline.Blocks.Select(b => b.Kind).Should().Equal(
            ReportBlockKind.Section, ReportBlockKind.Paragraph, ReportBlockKind.Section, ReportBlockKind.Paragraph);
    }
}
