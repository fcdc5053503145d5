using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reports;

namespace CongressPortal.Domain.Tests.Reports;

public sealed class OutlineDetectorTests
{
    private static readonly ReportOutline Full = OutlineDetector.Detect(ReportFixtures.FullReport);

    private static ReportBlock Block(ReportOutline outline, string startsWith) =>
        outline.Blocks.Single(b => b.FullText.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void A_full_report_is_read_block_by_block_in_order()
    {
        Full.Blocks.Select(b => (b.Kind, b.Level, b.Label)).Should().Equal(
            (ReportBlockKind.Title, 0, null),
            (ReportBlockKind.Subtitle, 0, null),
            (ReportBlockKind.Speaker, 0, null),
            (ReportBlockKind.Salutation, 0, null),
            (ReportBlockKind.Paragraph, 0, null),
            (ReportBlockKind.Part, 0, null),
            (ReportBlockKind.Paragraph, 0, null),
            (ReportBlockKind.Section, 1, "一、"),
            (ReportBlockKind.Paragraph, 0, null),
            (ReportBlockKind.Section, 2, "（一）"),
            (ReportBlockKind.Paragraph, 0, null),
            (ReportBlockKind.Section, 2, "（二）"),
            (ReportBlockKind.Section, 3, "1."),
            (ReportBlockKind.Section, 3, "2."),
            (ReportBlockKind.Section, 1, "二、"),
            (ReportBlockKind.Paragraph, 0, null),
            (ReportBlockKind.Paragraph, 0, null),
            (ReportBlockKind.Section, 1, "三、"),
            (ReportBlockKind.Paragraph, 0, null),
            (ReportBlockKind.Section, 1, "四、"),
            (ReportBlockKind.Paragraph, 0, null),
            (ReportBlockKind.Salutation, 0, null),
            (ReportBlockKind.Paragraph, 0, null),
            (ReportBlockKind.Part, 0, null),
            (ReportBlockKind.Paragraph, 0, null),
            (ReportBlockKind.Paragraph, 0, null),
            (ReportBlockKind.Paragraph, 0, null),
            (ReportBlockKind.Paragraph, 0, null));
    }

    [Fact]
    public void A_full_report_has_no_warnings()
    {
        Full.Warnings.Should().BeEmpty();
        Full.HasSuspectedContent.Should().BeFalse();
    }

    [Fact]
    public void The_head_of_the_report_keeps_its_exact_text()
    {
        Full.Blocks[0].Text.Should().Be("示例市人民代表大会常务委员会工作报告");
        Full.Blocks[1].Text.Should().Be("——2026年1月20日在示例市第九届人民代表大会第三次会议上");
        Full.Blocks[2].Text.Should().Be("示例市人大常委会主任 张三");
        Full.Blocks[3].Text.Should().Be("各位代表：");
    }

    [Fact]
    public void Parts_are_the_work_of_last_year_and_the_tasks_of_this_year()
    {
        Full.Blocks.Where(b => b.Kind == ReportBlockKind.Part).Select(b => b.Text).Should().Equal("2025年主要工作", "2026年主要任务");
    }

    [Theory]
    [InlineData("过去一年的主要工作")]
    [InlineData("今年的主要任务")]
    [InlineData("2026年工作安排")]
    [InlineData("今后工作建议")]
    [InlineData("市九届人大一次会议以来的主要工作")]
    public void Other_ways_of_naming_a_part_are_recognised(string line) =>
        OutlineDetector.Detect($"{line}\n常委会依法履职，各项工作稳步推进。").Blocks[0].Kind.Should().Be(ReportBlockKind.Part);

    [Fact]
    public void Headings_keep_their_numbers_as_labels_and_their_text_without_them()
    {
        var section = Block(Full, "一、坚持");
        section.Number.Should().Be(1);
        section.Text.Should().Be("坚持正确方向，人大工作取得新进展");
        section.Body.Should().BeNull();
        Block(Full, "（二）").Text.Should().Be("完善工作制度");
    }

    [Fact]
    public void A_numbered_line_that_goes_on_after_its_first_sentence_has_a_heading_and_a_body()
    {
        var item = Block(Full, "1.修订");
        item.Text.Should().Be("修订常委会议事规则。");
        item.Body.Should().Be("对议事规则作出全面修订，明确会议程序和表决方式。");
    }

    [Fact]
    public void The_bold_lead_sentence_of_a_paragraph_is_found_in_plain_text()
    {
        Block(Full, "健全学习制度").LeadSentence.Should().Be("健全学习制度。");
        Block(Full, "加强重点领域立法").LeadSentence.Should().Be("加强重点领域立法。");
        Block(Full, "提升建议办理实效").LeadSentence.Should().Be("提升建议办理实效。");
    }

    [Fact]
    public void Statements_are_not_taken_for_lead_sentences()
    {
        Block(Full, "2025年是示例市").LeadSentence.Should().BeNull();
        Block(Full, "常委会把坚持").LeadSentence.Should().BeNull();
        Block(Full, "受市人大常委会委托").LeadSentence.Should().BeNull();
    }

    [Fact]
    public void Items_inline_in_a_paragraph_are_recorded_within_it()
    {
        var paragraph = Block(Full, "2026年是第九届");
        paragraph.Items.Select(i => i.Label).Should().Equal("一是", "二是", "三是");
        paragraph.Items[0].Text.Should().Be("一是提高立法质量，计划制定法规4件；");
        paragraph.Items[2].Text.Should().Be("三是密切代表联系，完善联络站运行机制。");
        paragraph.Text.Substring(paragraph.Items[1].Offset, 2).Should().Be("二是");
    }

    [Fact]
    public void A_paragraph_opening_with_an_item_has_the_item_and_its_lead_sentence()
    {
        var paragraph = Block(Full, "一是扎实做好");
        paragraph.Items.Should().ContainSingle().Which.Should().Be(new ReportItem("一是", 0, paragraph.Text));
        paragraph.LeadSentence.Should().Be("一是扎实做好换届选举工作。");
        Block(Full, "二是持续").Items.Should().ContainSingle().Which.Label.Should().Be("二是");
    }

    [Fact]
    public void A_line_broken_mid_sentence_is_joined_to_its_continuation_even_across_a_blank_line()
    {
        Block(Full, "常委会坚持立法为民").Text.Should().Be("常委会坚持立法为民，全年制定地方性法规3件，修改5件，废止1件，立法调研6项，征集立法意见建议420余条。");
        var supervision = Block(Full, "推动中心工作落实");
        supervision.Text.Should().EndWith("提出审议意见56条，跟踪督办全部落实。");
        supervision.LeadSentence.Should().Be("推动中心工作落实。");
    }

    [Fact]
    public void Headings_are_never_joined_to_the_line_after_them()
    {
        Block(Full, "二、聚焦").Text.Should().Be("聚焦法治建设，立法工作取得新成效");
        Block(Full, "（一）").Text.Should().Be("加强理论学习");
        Full.Blocks[0].Text.Should().Be("示例市人民代表大会常务委员会工作报告");
    }

    [Theory]
    [InlineData("各位代表！", ReportBlockKind.Salutation)]
    [InlineData("2026年主要任务", ReportBlockKind.Part)]
    [InlineData("二、强化监督", ReportBlockKind.Section)]
    [InlineData("（二）强化监督", ReportBlockKind.Section)]
    [InlineData("一是提高立法质量。加强重点领域立法。", ReportBlockKind.Paragraph)]
    [InlineData("示例市人民代表大会常务委员会工作报告", ReportBlockKind.Title)]
    public void An_unfinished_paragraph_is_never_joined_to_a_structural_line_after_it(string line, ReportBlockKind kind)
    {
        var outline = OutlineDetector.Detect($"一、依法履职\n常委会坚持立法为民，全年制定地方性法规3件，修改5件，废止1件，立法调研6项，征集立法意见建议\n{line}");

        outline.Blocks.Should().HaveCount(3);
        outline.Blocks[2].Should().Match<ReportBlock>(b => b.Kind == kind && b.SourceLine == 3);
        outline.Warnings.Should().Contain(w => w.BlockId == 2 && w.Message == ReportMessages.Unterminated);
    }

    [Fact]
    public void Each_block_remembers_the_line_it_came_from()
    {
        Full.Blocks[0].SourceLine.Should().Be(1);
        Full.Blocks[1].SourceLine.Should().Be(3);
        Block(Full, "常委会坚持立法为民").SourceLine.Should().Be(31);
    }

    [Fact]
    public void Ids_number_the_blocks_from_one()
    {
        Full.Blocks.Select(b => b.Id).Should().Equal(Enumerable.Range(1, Full.Blocks.Count));
    }

    [Fact]
    public void Headings_without_numbers_in_an_abstract_are_level_one_headings()
    {
        var outline = OutlineDetector.Detect(ReportFixtures.Abstract);

        outline.Blocks.Where(b => b.Kind == ReportBlockKind.Heading).Select(b => (b.Text, b.Level)).Should().Equal(
            ("坚持党的领导，把稳工作方向", 1),
            ("坚持依法履职，彰显人大作为", 1));
        outline.Blocks[0].Kind.Should().Be(ReportBlockKind.Title);
        outline.Blocks.Count(b => b.Kind == ReportBlockKind.Part).Should().Be(2);
        outline.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Lead_sentences_with_one_comma_are_found_in_an_abstract()
    {
        var outline = OutlineDetector.Detect(ReportFixtures.Abstract);

        Block(outline, "把稳政治方向").LeadSentence.Should().Be("把稳政治方向，展现履职担当。");
        Block(outline, "抓实理论学习").LeadSentence.Should().Be("抓实理论学习。");
        Block(outline, "常委会始终坚持").LeadSentence.Should().BeNull();
    }

    [Fact]
    public void A_heading_without_number_under_a_numbered_section_is_a_sub_heading()
    {
        var outline = OutlineDetector.Detect("一、坚持正确方向\n常委会依法履职，各项工作稳步推进。\n加强理论学习\n全年组织集中学习12次。");

        Block(outline, "加强理论学习").Should().Match<ReportBlock>(b => b.Kind == ReportBlockKind.Heading && b.Level == 2);
    }

    [Fact]
    public void An_article_without_numbers_imports_its_headings_with_a_notice()
    {
        var outline = OutlineDetector.Detect(ReportFixtures.Article);

        outline.Blocks.Where(b => b.Kind == ReportBlockKind.Heading).Select(b => b.Text)
            .Should().Equal("开门立法、精准立法", "跟踪监督、闭环监督");
        outline.Warnings.Should().ContainSingle(w => w.BlockId == null).Which.Message.Should().Be(ReportMessages.NoNumberedOutline);
    }

    [Fact]
    public void Text_with_no_outline_imports_as_paragraphs_with_a_notice()
    {
        var outline = OutlineDetector.Detect(ReportFixtures.NoOutline);

        outline.Blocks.Should().HaveCount(3).And.OnlyContain(b => b.Kind == ReportBlockKind.Paragraph);
        outline.Warnings.Should().ContainSingle().Which.Should().Be(new ReportWarning(null, null, ReportMessages.NoOutline));
        outline.TableOfContents().Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\u3000\u3000\n\t")]
    public void Empty_text_cannot_be_imported(string text) =>
        FluentActions.Invoking(() => OutlineDetector.Detect(text))
            .Should().Throw<DomainRuleException>().WithRefusal(ReportMessages.NothingToImport);

    [Fact]
    public void Text_wrapped_at_a_fixed_width_is_joined_back_into_its_paragraph()
    {
        var outline = OutlineDetector.Detect(ReportFixtures.Wrapped());

        outline.Blocks.Select(b => b.Kind).Should().Equal(ReportBlockKind.Section, ReportBlockKind.Paragraph, ReportBlockKind.Section);
        outline.Blocks[1].Text.Should().Be(ReportFixtures.WrappedParagraph);
    }

    [Fact]
    public void A_short_unfinished_line_is_read_as_a_heading_rather_than_joined()
    {
        var outline = OutlineDetector.Detect("一、依法履职\n常委会依法履职，各项工作稳步推进。\n加强立法工作\n制定地方性法规2件，修改3件。");

        outline.Blocks.Select(b => b.Kind).Should().Equal(
            ReportBlockKind.Section, ReportBlockKind.Paragraph, ReportBlockKind.Heading, ReportBlockKind.Paragraph);
    }

    [Fact]
    public void A_long_numbered_line_broken_mid_sentence_is_joined()
    {
        var outline = OutlineDetector.Detect("1.制定示例市河湖保护条例、示例市养老服务条例和示例市物业管理条例，同时修改示例市城市绿化条例、示例市节约用水条例和示例市公园条例，废止\n示例市城市排水管理办法。");

        outline.Blocks.Should().ContainSingle().Which.Text.Should().EndWith("废止示例市城市排水管理办法。");
    }

    [Fact]
    public void Bold_runs_from_a_Word_file_mark_the_lead_sentences()
    {
        var outline = OutlineDetector.Detect(ReportFixtures.WordParagraphs());

        Block(outline, "加强理论学习").LeadSentence.Should().Be("加强理论学习。");
        var item = Block(outline, "1.修订");
        item.Text.Should().Be("修订议事规则。");
        item.Body.Should().Be("对议事规则作出全面修订。");
    }

    [Fact]
    public void When_a_Word_file_has_bold_runs_a_paragraph_without_one_has_no_lead_sentence() =>
        Block(OutlineDetector.Detect(ReportFixtures.WordParagraphs()), "深化代表联系").LeadSentence.Should().BeNull();

    [Fact]
    public void A_short_paragraph_all_in_bold_is_a_heading()
    {
        var outline = OutlineDetector.Detect(ReportFixtures.WordParagraphs());

        Block(outline, "推进区域协同立法").Should().Match<ReportBlock>(b => b.Kind == ReportBlockKind.Heading && b.Level == 2);
        outline.Blocks.Select(b => b.Kind).Take(5).Should().Equal(
            ReportBlockKind.Title, ReportBlockKind.Subtitle, ReportBlockKind.Salutation, ReportBlockKind.Part, ReportBlockKind.Section);
    }

    [Fact]
    public void A_soft_line_break_inside_a_Word_paragraph_is_treated_as_a_line()
    {
        var outline = OutlineDetector.Detect(ReportFixtures.WordParagraphs());

        outline.Blocks[^2].Text.Should().Be("与周边城市签订立法协作协议，共同开展立法调研。");
        outline.Blocks[^1].Text.Should().Be("完成首个协同立法项目。");
        outline.Blocks[^1].SourceLine.Should().Be(10);
    }

    [Fact]
    public void The_speaker_is_only_looked_for_before_the_body_starts()
    {
        var outline = OutlineDetector.Detect("各位代表：\n示例市人大常委会主任 张三");

        outline.Blocks[1].Kind.Should().NotBe(ReportBlockKind.Speaker);
    }

    [Fact]
    public void A_subtitle_in_brackets_is_recognised() =>
        OutlineDetector.Detect("（2026年1月20日在示例市第九届人民代表大会第三次会议上）").Blocks[0].Kind.Should().Be(ReportBlockKind.Subtitle);
}
