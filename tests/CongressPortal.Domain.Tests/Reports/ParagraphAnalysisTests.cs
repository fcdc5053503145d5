using CongressPortal.Domain.Reports;

namespace CongressPortal.Domain.Tests.Reports;

public sealed class ParagraphAnalysisTests
{
    [Theory]
    [InlineData("加强重点领域立法。制定示例市河湖保护条例。", "加强重点领域立法。")]
    [InlineData("完善议案建议交办、督办机制。制定督办工作规程。", "完善议案建议交办、督办机制。")]
    [InlineData("提升代表联络站“吸引力”。完善接待制度。", "提升代表联络站“吸引力”。")]
    [InlineData("把稳政治方向，展现履职担当。坚持党的全面领导。", "把稳政治方向，展现履职担当。")]
    [InlineData("一是着力提升立法质量。聚焦民生领域。", "一是着力提升立法质量。")]
    [InlineData("——坚持服务大局，以务实举措推动发展。始终聚焦中心工作。", "——坚持服务大局，以务实举措推动发展。")]
    public void A_short_heading_like_first_sentence_is_the_lead(string text, string lead) =>
        ParagraphAnalysis.GuessLead(text).Should().Be(lead);

    [Theory]
    [InlineData("2025年是示例市高质量发展的关键一年。一年来，各项工作稳步推进。")]
    [InlineData("代表是联系群众的桥梁。常委会重视代表联络站建设。")]
    [InlineData("市委高度重视。多次听取人大工作汇报。")]
    [InlineData("常委会依法履职。各项工作稳步推进。")]
    [InlineData("一年来，常委会依法履职。各项工作稳步推进。")]
    [InlineData("最近，她报名参加了一次培训。课程安排得很紧凑。")]
    [InlineData("“现在方便多了。”他笑着说。")]
    [InlineData("听取审议专项工作报告18项。开展执法检查3项。")]
    [InlineData("主要是：立法质量有待提高。监督实效有待增强。")]
    [InlineData("坚持党的领导，加强理论武装，提升履职能力。各项工作稳步推进。")]
    [InlineData("加强重点领域立法。")]
    [InlineData("常委会坚持问题导向、目标导向，聚焦重点、回应关切，持续改进监督方式，增强监督实效。全年开展执法检查4项。")]
    public void Statements_long_sentences_and_narrative_are_not_leads(string text) =>
        ParagraphAnalysis.GuessLead(text).Should().BeNull();

    [Fact]
    public void Inline_items_are_found_in_sequence()
    {
        var items = ParagraphAnalysis.FindItems("全年重点做好三项工作：一是提高立法质量；二是增强监督刚性；三是密切代表联系。");

        items.Select(i => (i.Label, i.Text)).Should().Equal(
            ("一是", "一是提高立法质量；"), ("二是", "二是增强监督刚性；"), ("三是", "三是密切代表联系。"));
    }

    [Fact]
    public void A_paragraph_may_open_with_a_later_item()
    {
        ParagraphAnalysis.FindItems("三是密切代表联系。健全联络站运行制度。").Should().ContainSingle()
            .Which.Should().Be(new ReportItem("三是", 0, "三是密切代表联系。健全联络站运行制度。"));
    }

    [Theory]
    [InlineData("全年重点做好以下工作：一是提高立法质量。")]
    [InlineData("坚持国家法制统一是立法工作的原则。")]
    [InlineData("坚持两手抓，一是一、二是二，不搞变通。")]
    public void A_lone_or_accidental_item_word_is_not_an_item(string text) =>
        ParagraphAnalysis.FindItems(text).Should().BeEmpty();

    [Fact]
    public void An_item_out_of_sequence_stays_inside_the_item_before_it()
    {
        var items = ParagraphAnalysis.FindItems("工作有三：一是立法；三是监督；二是代表工作。");

        items.Select(i => i.Text).Should().Equal("一是立法；三是监督；", "二是代表工作。");
    }

    [Fact]
    public void A_paragraph_opening_with_a_dash_is_one_item() =>
        ParagraphAnalysis.FindItems("——坚持守正创新，以改革精神推动工作。").Should().ContainSingle().Which.Label.Should().Be("——");

    [Theory]
    [InlineData("一", 1)]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("二十", 20)]
    [InlineData("九十九", 99)]
    [InlineData("一一", null)]
    [InlineData("十十", null)]
    [InlineData("一十", null)]
    [InlineData("百", null)]
    public void Chinese_numbers_of_headings_are_read(string numeral, int? expected) =>
        ReportNumbering.ParseChinese(numeral).Should().Be(expected);

    [Theory]
    [InlineData(1, 3, "三、")]
    [InlineData(1, 12, "十二、")]
    [InlineData(2, 2, "（二）")]
    [InlineData(3, 4, "4.")]
    [InlineData(4, 1, "（1）")]
    public void Each_level_prints_its_numbers_in_its_own_style(int level, int number, string label) =>
        ReportNumbering.Label(level, number).Should().Be(label);
}
