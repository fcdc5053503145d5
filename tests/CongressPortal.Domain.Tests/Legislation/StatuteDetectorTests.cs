using System.Globalization;
using System.Text;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;

namespace CongressPortal.Domain.Tests.Legislation;

public sealed class StatuteDetectorTests
{
    private static StatuteLineKind[] Kinds(StatuteText text) => [.. text.Lines.Select(l => l.Kind)];

    private static StatuteLine Line(StatuteText text, string startsWith) => text.Lines.Single(l => l.Text.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void A_regulation_with_a_note_a_table_of_contents_chapters_sections_paragraphs_and_items_is_read_as_such()
    {
        var (text, warnings) = StatuteDetector.Detect(StatuteSamples.Rivers);

        warnings.Should().BeEmpty();
        text.Title.Should().Be("示例市河道管理条例");
        text.Lines.Where(l => l.Kind == StatuteLineKind.Note).Should().HaveCount(2, "the note runs over two lines up to its closing parenthesis");
        text.Lines.Where(l => l.Kind == StatuteLineKind.Toc).Select(l => l.Text).Should().HaveCount(8)
            .And.StartWith("目　录").And.Contain("第一节　河道规划");
        text.Headings.Where(h => h.Kind == StatuteLineKind.Chapter).Select(h => h.Label).Should().Equal("第一章", "第二章", "第三章", "第四章", "第五章");
        text.Headings.Where(h => h.Kind == StatuteLineKind.Section).Select(h => h.Title).Should().Equal("河道规划", "工程建设");
        text.Articles.Select(a => a.Number).Should().Equal(Enumerable.Range(1, 10));

        var second = text.Articles[1];
        second.Body.Select(l => l.Kind).Should().Equal(StatuteLineKind.Paragraph, StatuteLineKind.Paragraph);
        second.Chapter.Should().Be("第一章");
        text.Articles[4].Section.Should().Be("第一节");
        text.Articles[5].Section.Should().Be("第二节");
        text.Articles[5].Body.Count(l => l.Kind == StatuteLineKind.Item).Should().Be(3);
        text.Articles[6].Chapter.Should().Be("第三章");
        text.Articles[6].Section.Should().BeNull("a new chapter leaves the section of the one before");
        text.Articles[7].Body.Select(l => l.Kind).Should().Equal(
            StatuteLineKind.Paragraph, StatuteLineKind.Item, StatuteLineKind.Item, StatuteLineKind.Item, StatuteLineKind.Item);
        text.Articles[8].Body.Should().ContainSingle("the citation of 第七条 inside the text starts nothing");
    }

    [Fact]
    public void The_spaces_of_the_table_of_contents_heading_are_kept_as_typed_but_collapsed()
    {
        var text = StatuteDetector.Detect(StatuteSamples.Rivers).Text;

        Line(text, "目").Text.Should().Be("目\u3000录");
        text.Lines.First(l => l.Text == "第一节　河道规划").Kind.Should().Be(StatuteLineKind.Toc, "the first occurrence is the table's entry");
    }

    [Fact]
    public void Word_paragraphs_without_spaces_after_the_labels_are_read_by_expected_numbers_and_a_citation_stays_a_paragraph()
    {
        var (text, _) = StatuteDetector.Detect(StatuteSamples.WordParagraphs);

        text.Title.Should().Be("示例市养犬管理条例");
        Line(text, "（2021年10月28日").Kind.Should().Be(StatuteLineKind.Note, "half-width parentheses are widened next to Chinese");
        text.Lines.Where(l => l.Kind == StatuteLineKind.Chapter).Select(l => l.Text).Should().Equal("第一章　总　则", "第二章　登记与管理");
        text.Articles.Select(a => a.Label).Should().Equal("第一条", "第二条", "第三条", "第四条", "第四条之一", "第五条");
        Line(text, "第一条").Text.Should().Be("第一条　为了规范养犬行为，保障公民健康和人身安全，维护市容环境和社会公共秩序，制定本条例。");
        text.Articles[1].Body.Select(l => l.Text).Should().Equal(
            "本市行政区域内养犬和犬只经营活动及其监督管理，适用本条例。", "第五条规定的重点管理区域，由市人民政府划定并向社会公布。");
        Line(text, "第三条").Text.Should().Be("第三条　个人养犬应当办理养犬登记。", "a label alone on its line takes the next line");
        text.Articles[3].Body.Select(l => l.Text).Should().Equal("养犬人应当遵守下列规定：", "（一）携犬出户时，为犬只佩戴犬牌并使用牵引绳；", "（二）及时清除犬只在户外排泄的粪便。");
        text.Articles[4].SubNumber.Should().Be(1);
        text.Articles[4].Anchor.Should().Be("第四条之一");
    }

    [Theory]
    [InlineData("第一条　甲。\n第二条　乙。\n第十二条的规定不适用于前款。", 2)]
    [InlineData("第一条　甲。\n第二条　乙。\n第三条第二款规定的期限，可以延长。", 2)]
    [InlineData("第一条　甲。\n第二条　乙。\n第三条、第四条的规定同样适用。", 2)]
    [InlineData("第一条　甲。\n第二条　乙。\n第三条规定的事项除外。", 2)]
    [InlineData("第一条　甲。\n第二条　乙。\n第三条所称的单位，包括个体工商户。", 2)]
    [InlineData("第一条　甲。\n第二条　乙。\n第三条本条例自公布之日起施行。", 3)]
    [InlineData("第一条　甲。\n第二条　乙。\n第四条本条例自公布之日起施行。", 3)]
    [InlineData("第一条　甲。\n第二条　乙。\n第九条本条例自公布之日起施行。", 2)]
    [InlineData("第一条　甲。\n第二条　乙。\n第九条 本条例自公布之日起施行。", 3)]
    [InlineData("第一条甲。\n第二条乙。\n第二条之一丙。\n第三条丁。", 4)]
    public void A_label_without_a_space_opens_an_article_only_when_its_number_is_expected_and_it_is_not_cited(string input, int articles) =>
        StatuteDetector.Detect(input).Text.Articles.Should().HaveCount(articles);

    [Fact]
    public void The_hundreds_are_read_as_article_numbers()
    {
        var input = string.Join('\n', Enumerable.Range(1, 120).Select(n => $"第{ChineseNumerals.Format(n)}条　内容{n}。"));

        var (text, warnings) = StatuteDetector.Detect(input);

        text.Articles.Select(a => a.Number).Should().Equal(Enumerable.Range(1, 120));
        text.Articles[104].Label.Should().Be("第一百零五条");
        warnings.Should().BeEmpty();
    }

    [Fact]
    public void Lines_broken_mid_sentence_are_joined_and_an_unfinished_line_before_a_new_article_is_flagged()
    {
        var (text, warnings) = StatuteDetector.Detect(StatuteSamples.BrokenFromPdf);

        text.Articles.Should().HaveCount(4);
        text.Articles[0].BodyText.Should().Be("为了加强古树名木保护，促进生态文明建设，根据有关法律、行政法规，结合本市实际，制定本条例。");
        warnings.Should().Contain(w => w.Contains("合并") && w.Contains("第2行"));
        warnings.Should().Contain(w => w.Contains("第4行") && w.Contains("古树名木保护实行属地管理") && w.Contains("没有以标点结束"));
    }

    [Fact]
    public void A_joined_word_of_latin_letters_keeps_a_space_and_chinese_joins_without_one()
    {
        var text = StatuteDetector.Detect("第一条　本条例所称GPS\ntracker，是指定位设备，\n包括北斗终端。").Text;

        text.Articles[0].BodyText.Should().Be("本条例所称GPS tracker，是指定位设备，包括北斗终端。");
    }

    [Fact]
    public void A_preamble_is_preamble_and_its_wrapped_line_is_joined()
    {
        var text = StatuteDetector.Detect(StatuteSamples.WithPreamble).Text;

        Kinds(text).Should().Equal(StatuteLineKind.Title, StatuteLineKind.Preamble, StatuteLineKind.Preamble, StatuteLineKind.Article, StatuteLineKind.Article);
        text.Lines[2].Text.Should().EndWith("巩固文明城市创建成果，制定本条例。");
    }

    [Fact]
    public void A_table_of_contents_without_its_heading_is_found_when_the_chapters_start_again()
    {
        var input = "示例市物业管理条例\n第一章　总则\n第二章　业主大会\n第三章　附则\n第一章　总则\n第一条　为了规范物业管理活动，制定本条例。\n第二章　业主大会\n第二条　业主大会由全体业主组成。\n第三章　附则\n第三条　本条例自2027年1月1日起施行。";

        var (text, warnings) = StatuteDetector.Detect(input);

        Kinds(text).Take(4).Should().Equal(StatuteLineKind.Title, StatuteLineKind.Toc, StatuteLineKind.Toc, StatuteLineKind.Toc);
        text.Headings.Should().HaveCount(3);
        warnings.Should().BeEmpty();
    }

    [Fact]
    public void A_table_of_contents_with_page_numbers_ends_at_the_first_entry_repeated_and_a_mismatch_is_warned()
    {
        var input = "示例市物业管理条例\n目录\n序言……1\n第一章　总则……2\n第二章　业主……5\n序言\n本市物业管理历经三十年发展。\n第一章　总则\n第一条　为了规范物业管理活动，制定本条例。\n第二章　业主大会\n第二条　业主大会由全体业主组成。";

        var (text, warnings) = StatuteDetector.Detect(input);

        Kinds(text).Should().Equal(
            StatuteLineKind.Title, StatuteLineKind.Toc, StatuteLineKind.Toc, StatuteLineKind.Toc, StatuteLineKind.Toc,
            StatuteLineKind.Preamble, StatuteLineKind.Preamble, StatuteLineKind.Chapter, StatuteLineKind.Article, StatuteLineKind.Chapter, StatuteLineKind.Article);
        warnings.Should().ContainSingle().Which.Should().Contain("目录与正文的章不一致").And.Contain("第二章　业主”").And.Contain("第二章　业主大会");
    }

    [Fact]
    public void The_head_takes_the_line_named_like_a_regulation_as_title_with_an_announcement_above_it_as_preamble()
    {
        var input = "示例市人民代表大会常务委员会公告\n第十二号\n示例市河道管理\n条例\n（草案）\n第一条　为了加强河道管理，制定本条例。";

        var text = StatuteDetector.Detect(input).Text;

        Kinds(text).Should().Equal(StatuteLineKind.Preamble, StatuteLineKind.Preamble, StatuteLineKind.Title, StatuteLineKind.Note, StatuteLineKind.Article);
        text.Title.Should().Be("示例市河道管理条例", "a title broken over two lines is joined");
    }

    [Fact]
    public void An_unparenthesised_note_under_the_title_is_a_note()
    {
        var text = StatuteDetector.Detect("示例市河道管理条例\n2018年6月28日示例市第十五届人民代表大会常务委员会第十三次会议通过\n第一条　内容。").Text;

        Kinds(text).Should().Equal(StatuteLineKind.Title, StatuteLineKind.Note, StatuteLineKind.Article);
    }

    [Fact]
    public void Sub_items_in_either_style_are_items_and_numbers_in_text_are_not()
    {
        var text = StatuteDetector.Detect("第一条　标准如下：\n（一）噪声：\n1、昼间不超过五十五分贝；\n(2)夜间不超过四十五分贝；\n2020年以前建成的小区另行规定。\n1.5倍以上的，从重处罚。").Text;

        Kinds(text).Should().Equal(
            StatuteLineKind.Article, StatuteLineKind.Item, StatuteLineKind.Item, StatuteLineKind.Item, StatuteLineKind.Paragraph, StatuteLineKind.Paragraph);
        text.Lines[3].Text.Should().Be("（2）夜间不超过四十五分贝；");
    }

    [Fact]
    public void Spacing_and_widths_are_unified_without_changing_numbers()
    {
        StatuteDetector.Normalise("  第一条\u00A0\u00A0本条例 自2027年1月1日起施行, 罚款1,000元;  ").Should().Be("第一条 本条例 自2027年1月1日起施行，罚款1,000元；");
        StatuteDetector.Normalise("通过\u3000 \u30002020年９月").Should().Be("通过\u30002020年9月");
        StatuteDetector.Normalise("见\u200b附件(二)及 (1) 和 12:30").Should().Be("见附件（二）及 （1）和 12:30", "a space before （ may separate a label from its text: 第十条 （删除）");
    }

    [Fact]
    public void The_label_is_followed_by_one_ideographic_space_whatever_separated_it()
    {
        var text = StatuteDetector.Detect("第一章  总则\n第一条 甲。\n第二条\t乙。\n第三条\u3000\u3000丙。").Text;

        text.Lines.Select(l => l.Text).Should().Equal("第一章　总则", "第一条　甲。", "第二条　乙。", "第三条　丙。");
    }

    [Theory]
    [InlineData("第一条　甲。\n第二条　乙。\n第四条　丁。", "第二条之后是第四条，中间缺少第三条")]
    [InlineData("第一条　甲。\n第二条　乙。\n第六条　丁。", "中间缺少第三条至第五条")]
    [InlineData("第一条　甲。\n第二条　乙。\n第二条　丙。", "第二条出现了不止一次")]
    [InlineData("第一条　甲。\n第三条　乙。\n第二条　丙。", "第二条排在第三条之后，编号倒退了")]
    [InlineData("第二条　甲。\n第三条　乙。", "第一个条文是第二条")]
    [InlineData("第一条　甲。\n第二条之二　乙。", "第二条之二应紧接在第二条之一之后")]
    [InlineData("第一条　甲。\n第二条　乙。\n第三条", "第三条没有内容")]
    [InlineData("第一章　总则\n第一条　甲。\n第三章　附则\n第二条　乙。", "第一章之后是第三章，中间缺少章")]
    [InlineData("第一章　总则\n第一条　甲。\n第二章　管理\n第二条　乙。\n第二章　附则\n第三条　丙。", "第二章出现了不止一次")]
    [InlineData("第二章　管理\n第一条　甲。\n第一章　总则\n第二条　乙。", "第一章排在第二章之后")]
    [InlineData("第一节　一般规定\n第一条　甲。", "第一节不在任何一章之下")]
    [InlineData("第一章　总则\n第一节　一般规定\n第一条　甲。\n第三节　特别规定\n第二条　乙。", "第一章中第一节之后是第三节")]
    [InlineData("第一条　下列行为禁止：\n（一）甲；\n（三）乙。", "第一条中（一）之后是（三）")]
    [InlineData("甲乙丙。", "没有识别出任何条文")]
    public void Numbering_problems_are_warned_in_chinese(string input, string expected) =>
        StatuteDetector.Detect(input).Warnings.Should().Contain(w => w.Contains(expected));

    [Fact]
    public void A_line_staff_marked_as_an_article_without_a_label_is_warned()
    {
        var text = StatuteText.From([new(StatuteLineKind.Article, "第一条　甲。"), new(StatuteLineKind.Article, "附件：收费标准")]);

        StatuteDetector.Warnings(text).Should().ContainSingle().Which.Should().Contain("附件：收费标准");
    }

    [Fact]
    public void An_amended_text_with_inserted_articles_is_read_without_warnings()
    {
        var (text, warnings) = StatuteDetector.Detect(StatuteSamples.ParksAfter);

        warnings.Should().BeEmpty();
        text.Articles.Select(a => a.Anchor).Should().Contain("第十条之一");
        text.Articles.Should().HaveCount(13);
    }

    [Fact]
    public void Too_many_warnings_are_summed_up()
    {
        var input = string.Join('\n', Enumerable.Range(1, 60).Select(n => $"第{ChineseNumerals.Format(n * 2)}条　内容。"));

        var warnings = StatuteDetector.Detect(input).Warnings;

        warnings.Should().HaveCount(StatuteDetector.MaxWarnings + 1);
        warnings[^1].Should().StartWith("另有");
    }

    public static TheoryData<string> Inputs => new(
        StatuteSamples.Rivers, string.Join('\n', StatuteSamples.WordParagraphs), StatuteSamples.BrokenFromPdf, StatuteSamples.WithPreamble,
        StatuteSamples.ParksBefore, StatuteSamples.ParksAfter,
        "　\n\n（一）没有条文的项\n第五条规定的\n第一章\n第一条\n\n第二条\n(3)\n目录\n第一章 总则\n目录\n序言\n1.\n第一百零五条之一 abc\n  x  ",
        "第一条　甲\n乙\n第二条\n第一章\n总则\n第三条丙\n第四条之一　丁\nGPS\n定位\n第二节\n（一）\n第五条　1,000元;12:30");

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Every_visible_character_of_every_line_survives_in_order(string input)
    {
        var text = StatuteDetector.Detect(input).Text;

        Fold(text.PlainText).Should().Be(Fold(input));
        text.Lines.Should().OnlyContain(l => l.Text.Length > 0 && l.Text == l.Text.Trim());
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Detecting_the_detected_text_again_changes_nothing(string input)
    {
        var once = StatuteDetector.Detect(input).Text;

        StatuteDetector.Detect(once.PlainText).Text.Lines.Should().Equal(once.Lines);
    }

    [Fact]
    public void The_fold_used_here_is_strict_enough_to_see_a_lost_character() =>
        Fold("第一条　甲乙。").Should().NotBe(Fold("第一条　甲。"));

    // What normalisation may change: spacing and the width of punctuation, digits and letters.
    private static string Fold(string text)
    {
        var folded = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
            if (!char.IsWhiteSpace(c) && char.GetUnicodeCategory(c) != UnicodeCategory.Format) folded.Append(c);
        return folded.ToString();
    }
}
