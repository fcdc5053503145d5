using System.Text.Json;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reports;

namespace CongressPortal.Domain.Tests.Reports;

public sealed class ReportOutlineTests
{
    private static readonly ReportOutline Full = OutlineDetector.Detect(ReportFixtures.FullReport);

    [Fact]
    public void Headings_get_anchors_from_their_place_in_the_outline()
    {
        Full.Blocks.Where(b => b.Kind is ReportBlockKind.Part or ReportBlockKind.Section).Select(b => b.Anchor).Should().Equal(
            "part-1", "s1", "s1-1", "s1-2", "s1-2-1", "s1-2-2", "s2", "s3", "s4", "part-2");
    }

    [Fact]
    public void Every_other_block_gets_a_paragraph_anchor_and_all_anchors_are_unique()
    {
        Full.Blocks.Where(b => b.Kind is not (ReportBlockKind.Part or ReportBlockKind.Section)).Select(b => b.Anchor)
            .Should().Equal(Enumerable.Range(1, 18).Select(n => $"p-{n}"));
        Full.Blocks.Select(b => b.Anchor).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void First_level_headings_are_counted_through_the_whole_report()
    {
        var outline = OutlineDetector.Detect("2025年主要工作\n一、依法履职\n二、强化监督\n2026年主要任务\n一、提高立法质量");

        outline.Blocks.Select(b => b.Anchor).Should().Equal("part-1", "s1", "s2", "part-2", "s3");
    }

    [Fact]
    public void A_sub_heading_that_opens_a_part_never_takes_the_anchor_of_a_first_level_heading()
    {
        var outline = OutlineDetector.Detect("（一）加强立法\n（二）强化监督\n一、发挥代表作用\n2026年主要任务\n（一）提高立法质量");

        outline.Blocks.Select(b => b.Anchor).Should().Equal("s0-1", "s0-2", "s1", "part-1", "s0-1_2");
    }

    [Fact]
    public void A_skipped_level_is_left_out_of_the_anchor()
    {
        var outline = OutlineDetector.Detect("一、依法履职\n1.加强立法\n2.强化监督");

        outline.Blocks.Select(b => b.Anchor).Should().Equal("s1", "s1-1", "s1-2");
        outline.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void The_table_of_contents_is_the_tree_of_parts_and_headings()
    {
        var toc = Full.TableOfContents();

        toc.Select(e => (e.Anchor, e.Text)).Should().Equal(("part-1", "2025年主要工作"), ("part-2", "2026年主要任务"));
        toc[0].Children.Select(e => e.Label + e.Text).Should().Equal(
            "一、坚持正确方向，人大工作取得新进展",
            "二、聚焦法治建设，立法工作取得新成效",
            "三、突出监督实效，助力经济社会高质量发展",
            "四、发挥代表作用，代表工作迈出新步伐");
        toc[0].Children[0].Children.Select(e => (e.Anchor, e.Label, e.Text, e.Level)).Should().Equal(
            ("s1-1", "（一）", "加强理论学习", 2), ("s1-2", "（二）", "完善工作制度", 2));
        toc[0].Children[0].Children[1].Children.Should().BeEmpty();
        toc[1].Children.Should().BeEmpty();
    }

    [Fact]
    public void A_deeper_table_of_contents_shows_third_level_headings_without_their_full_stop()
    {
        var toc = Full.TableOfContents(maxLevel: 3);

        toc[0].Children[0].Children[1].Children.Select(e => (e.Anchor, e.Label, e.Text)).Should().Equal(
            ("s1-2-1", "1.", "修订常委会议事规则"), ("s1-2-2", "2.", "规范任免工作"));
    }

    [Fact]
    public void Headings_without_numbers_appear_in_the_table_of_contents()
    {
        var toc = OutlineDetector.Detect(ReportFixtures.Abstract).TableOfContents();

        toc[0].Children.Select(e => (e.Anchor, e.Label, e.Text)).Should().Equal(
            ("s1", (string?)null, "坚持党的领导，把稳工作方向"), ("s2", null, "坚持依法履职，彰显人大作为"));
    }

    [Fact]
    public void The_blocks_survive_a_round_trip_through_JSON()
    {
        var pasted = OutlineDetector.Detect(ReportFixtures.PastedNewspaper);

        var json = JsonSerializer.Serialize(pasted.Blocks);
        var restored = ReportOutline.From(JsonSerializer.Deserialize<List<ReportBlock>>(json)!);

        restored.Blocks.Should().BeEquivalentTo(pasted.Blocks, o => o.WithStrictOrdering());
        restored.Warnings.Should().Equal(pasted.Warnings);
        restored.PlainText.Should().Be(pasted.PlainText);
    }

    [Fact]
    public void Kinds_are_stored_by_name_and_derived_values_are_left_out()
    {
        var json = JsonSerializer.Serialize(Full.Blocks[7]);

        json.Should().Contain("\"Kind\":\"Section\"").And.NotContain("\"Label\"").And.NotContain("\"FullText\"");
    }

    [Fact]
    public void Anchors_and_items_are_derived_again_rather_than_trusted_from_storage()
    {
        var tampered = Full.Blocks.Select(b => b with { Anchor = "x", Items = [] });

        var restored = ReportOutline.From(tampered);

        restored.Blocks.Select(b => b.Anchor).Should().Equal(Full.Blocks.Select(b => b.Anchor));
        restored.Blocks.Single(b => b.Text.StartsWith("2026年是第九届", StringComparison.Ordinal)).Items.Should().HaveCount(3);
    }

    public static TheoryData<string> CorruptBlocks => new()
    {
        "empty",
        "duplicate id",
        "lead not a prefix",
        "section without number",
        "paragraph with level",
        "blank text",
        "heading too deep",
    };

    [Theory]
    [MemberData(nameof(CorruptBlocks))]
    public void Corrupt_stored_blocks_are_refused(string corruption)
    {
        var paragraph = new ReportBlock { Id = 1, Kind = ReportBlockKind.Paragraph, Text = "常委会依法履职。" };
        IEnumerable<ReportBlock> blocks = corruption switch
        {
            "empty" => [],
            "duplicate id" => [paragraph, paragraph with { Text = "代表积极履职。" }],
            "lead not a prefix" => [paragraph with { LeadSentence = "依法履职。" }],
            "section without number" => [paragraph with { Kind = ReportBlockKind.Section, Level = 1 }],
            "paragraph with level" => [paragraph with { Level = 2 }],
            "blank text" => [paragraph with { Text = " " }],
            _ => [paragraph with { Kind = ReportBlockKind.Heading, Level = 5 }],
        };

        FluentActions.Invoking(() => ReportOutline.From(blocks)).Should().Throw<DomainRuleException>().WithRefusal(ReportMessages.CorruptOutline);
    }

    [Fact]
    public void Every_kind_has_a_Chinese_name_for_staff() =>
        Enum.GetValues<ReportBlockKind>().Select(ReportMessages.KindName).Should().OnlyHaveUniqueItems().And.NotContain(string.Empty);
}
