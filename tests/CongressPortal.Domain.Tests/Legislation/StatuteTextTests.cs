using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;

namespace CongressPortal.Domain.Tests.Legislation;

public sealed class StatuteTextTests
{
    private static StatuteLine L(StatuteLineKind kind, string text) => new(kind, text);

    [Fact]
    public void Anchors_are_the_labels_and_stay_unique_when_a_label_repeats()
    {
        var text = StatuteText.From([
            L(StatuteLineKind.Article, "第一条　甲。"),
            L(StatuteLineKind.Article, "第二条　乙。"),
            L(StatuteLineKind.Article, "第二条　丙。"),
            L(StatuteLineKind.Article, "第二条　丁。"),
        ]);

        text.Articles.Select(a => a.Anchor).Should().Equal("第一条", "第二条", "第二条-2", "第二条-3");
        text.Articles.Select(a => a.Label).Should().Equal("第一条", "第二条", "第二条", "第二条");
    }

    [Fact]
    public void An_inserted_article_has_its_own_anchor_and_sub_number_and_the_others_keep_theirs()
    {
        var text = StatuteDetector.Detect(StatuteSamples.ParksAfter).Text;

        var inserted = text.Articles.Single(a => a.SubNumber == 1);
        inserted.Anchor.Should().Be("第十条之一");
        inserted.Number.Should().Be(10);
        text.Articles.Select(a => a.Anchor).Should().OnlyHaveUniqueItems().And.Contain("第十条").And.Contain("第十一条");
    }

    [Fact]
    public void Chapter_and_section_headings_have_anchors_that_do_not_collide()
    {
        var text = StatuteDetector.Detect(StatuteSamples.Rivers).Text;

        text.Headings.Select(h => h.Anchor).Should().OnlyHaveUniqueItems().And.Contain("第二章").And.Contain("第二章第一节");
        text.Headings.Should().Contain(h => h.Kind == StatuteLineKind.Chapter && h.Label == "第三章" && h.Title == "保护与管理");
        text.Headings.Concat<object>(text.Articles).Should().HaveCount(text.Headings.Count + text.Articles.Count);
        text.Articles.Select(a => a.Anchor).Intersect(text.Headings.Select(h => h.Anchor)).Should().BeEmpty();
    }

    [Fact]
    public void The_json_round_trip_keeps_every_line_and_kind()
    {
        var text = StatuteDetector.Detect(StatuteSamples.Rivers).Text;

        var json = text.ToJson();
        var back = StatuteText.FromJson(json);

        back.Lines.Should().Equal(text.Lines);
        back.Digest().Should().Be(text.Digest());
        json.Should().Contain("\"Article\"").And.Contain("第一条", "kinds are stored by name and Chinese is not escaped");
        StatuteText.FromJson(null).Should().BeSameAs(StatuteText.Empty);
    }

    [Fact]
    public void Paragraphs_and_items_before_the_first_article_become_preamble_and_nothing_is_dropped()
    {
        var text = StatuteText.From([
            L(StatuteLineKind.Title, "示例市公园管理条例"),
            L(StatuteLineKind.Paragraph, "为了发挥公园功能，"),
            L(StatuteLineKind.Item, "（一）甲；"),
            L(StatuteLineKind.Article, "第一条　乙。"),
            L(StatuteLineKind.Item, "（一）丙；"),
            L(StatuteLineKind.Chapter, "第二章　附则"),
            L(StatuteLineKind.Paragraph, "  "),
            L(StatuteLineKind.Paragraph, "丁。"),
        ]);

        text.Lines.Select(l => l.Kind).Should().Equal(
            StatuteLineKind.Title, StatuteLineKind.Preamble, StatuteLineKind.Preamble, StatuteLineKind.Article, StatuteLineKind.Item,
            StatuteLineKind.Chapter, StatuteLineKind.Preamble);
        text.Articles.Single().Body.Select(l => l.Text).Should().Equal("乙。", "（一）丙；");
    }

    [Fact]
    public void An_article_line_holding_only_its_label_takes_its_paragraphs_from_the_lines_below()
    {
        var text = StatuteText.From([L(StatuteLineKind.Article, "第一条"), L(StatuteLineKind.Paragraph, "甲。"), L(StatuteLineKind.Paragraph, "乙。")]);

        text.Articles.Single().BodyText.Should().Be("甲。\n乙。");
    }

    [Fact]
    public void A_line_too_long_or_too_many_lines_are_refused_on_the_text()
    {
        var tooLong = () => StatuteText.From([L(StatuteLineKind.Preamble, new string('字', StatuteText.MaxLineLength + 1))]);
        tooLong.Should().Throw<DomainRuleException>().Which.Refusal.Field.Should().Be("Text");

        var tooMany = () => StatuteText.From(Enumerable.Repeat(L(StatuteLineKind.Preamble, "字"), StatuteText.MaxLines + 1));
        tooMany.Should().Throw<DomainRuleException>().Which.Refusal.Should().Be(LegislationMessages.TextTooLong);
    }

    [Theory]
    [InlineData("第十二条　内容", "第十二条", 12, 0)]
    [InlineData("第十二条之一　内容", "第十二条之一", 12, 1)]
    [InlineData("第一百零五条", "第一百零五条", 105, 0)]
    [InlineData("第二百一十条之十二", "第二百一十条之十二", 210, 12)]
    public void Article_labels_are_read_with_their_numbers(string line, string label, int number, int sub) =>
        StatuteText.ArticleLabel(line).Should().Be((label, number, sub));

    [Theory]
    [InlineData("第十十条　内容")]
    [InlineData("本条第一款")]
    [InlineData("第条")]
    public void What_is_not_an_article_label_is_not_read_as_one(string line) => StatuteText.ArticleLabel(line).Should().BeNull();
}
