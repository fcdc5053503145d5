using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reports;

namespace CongressPortal.Domain.Tests.Reports;

public sealed class OutlineEditingTests
{
    private static readonly ReportOutline Full = OutlineDetector.Detect(ReportFixtures.FullReport);

    private static int Id(ReportOutline outline, string startsWith) =>
        outline.Blocks.Single(b => b.FullText.StartsWith(startsWith, StringComparison.Ordinal)).Id;

    private static ReportBlock Get(ReportOutline outline, int id) => outline.Blocks.Single(b => b.Id == id);

    private static void Refused(Func<ReportOutline> edit, Refusal refusal) =>
        FluentActions.Invoking(edit).Should().Throw<DomainRuleException>().WithRefusal(refusal);

    // Promote and demote.

    [Fact]
    public void Promoting_a_second_level_heading_makes_it_the_next_first_level_heading()
    {
        var id = Id(Full, "（二）完善");

        var promoted = Get(Full.Promote(id), id);

        (promoted.Level, promoted.Label).Should().Be((1, "二、"));
    }

    [Fact]
    public void After_a_promotion_the_clash_in_numbering_is_reported_and_renumbering_resolves_it()
    {
        var promoted = Full.Promote(Id(Full, "（二）完善"));

        promoted.Warnings.Should().ContainSingle().Which.Message.Should().Be(ReportMessages.NumberingBackward("二、", "二、"));
        var renumbered = promoted.Renumber();
        renumbered.Blocks.Where(b => b is { Kind: ReportBlockKind.Section, Level: 1 }).Select(b => b.Label).Should().Equal("一、", "二、", "三、", "四、", "五、");
        renumbered.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void A_first_level_heading_cannot_be_promoted() =>
        Refused(() => Full.Promote(Id(Full, "一、坚持")), ReportMessages.CannotPromoteTopLevel);

    [Theory]
    [InlineData("健全学习制度")]
    [InlineData("2025年主要工作")]
    [InlineData("示例市人民代表大会")]
    public void Only_headings_can_be_promoted_or_demoted(string block)
    {
        Refused(() => Full.Promote(Id(Full, block)), ReportMessages.OnlyHeadingsChangeLevel);
        Refused(() => Full.Demote(Id(Full, block)), ReportMessages.OnlyHeadingsChangeLevel);
    }

    [Fact]
    public void Demoting_a_first_level_heading_puts_it_under_the_one_before()
    {
        var id = Id(Full, "二、聚焦");

        var demoted = Get(Full.Demote(id), id);

        (demoted.Level, demoted.Label, demoted.Text).Should().Be((2, "（三）", "聚焦法治建设，立法工作取得新成效"));
    }

    [Fact]
    public void The_first_heading_of_a_part_cannot_be_demoted() =>
        Refused(() => Full.Demote(Id(Full, "一、坚持")), ReportMessages.DemoteNeedsParent);

    [Fact]
    public void A_heading_cannot_be_demoted_two_levels_below_the_heading_before_it() =>
        Refused(() => Full.Demote(Id(Full, "（一）加强")), ReportMessages.DemoteNeedsParent);

    [Fact]
    public void A_fourth_level_heading_cannot_be_demoted()
    {
        var outline = OutlineDetector.Detect("一、依法履职\n（一）加强立法\n1.制定条例\n（1）河湖保护条例");

        Refused(() => outline.Demote(4), ReportMessages.CannotDemoteLowest);
    }

    [Fact]
    public void A_heading_without_number_changes_level_without_getting_one()
    {
        var outline = OutlineDetector.Detect(ReportFixtures.Abstract);
        var id = Id(outline, "坚持依法履职");

        var demoted = Get(outline.Demote(id), id);

        (demoted.Kind, demoted.Level, demoted.Number).Should().Be((ReportBlockKind.Heading, 2, (int?)null));
        Get(outline.Demote(id).Promote(id), id).Level.Should().Be(1);
    }

    // Merge.

    [Fact]
    public void The_first_block_cannot_be_merged_with_a_previous_one() =>
        Refused(() => Full.MergeWithPrevious(Full.Blocks[0].Id), ReportMessages.CannotMergeFirst);

    [Fact]
    public void Two_paragraphs_merge_into_one_that_keeps_the_first_id_and_lead()
    {
        var first = Id(Full, "常委会坚持立法为民");
        var second = Id(Full, "加强重点领域立法");

        var merged = Full.MergeWithPrevious(second);

        merged.Blocks.Should().HaveCount(Full.Blocks.Count - 1);
        merged.Blocks.Should().NotContain(b => b.Id == second);
        Get(merged, first).Text.Should().Be(Get(Full, first).Text + Get(Full, second).Text);
    }

    [Fact]
    public void A_paragraph_merged_into_a_numbered_heading_becomes_its_body()
    {
        var section = Id(Full, "一、坚持");

        var merged = Get(Full.MergeWithPrevious(Id(Full, "常委会把坚持")), section);

        merged.Text.Should().Be("坚持正确方向，人大工作取得新进展");
        merged.Body.Should().Be("常委会把坚持党的领导贯穿于依法履职全过程，各项工作有序推进。");
    }

    [Fact]
    public void A_heading_split_over_two_lines_is_merged_back_into_one()
    {
        var outline = OutlineDetector.Detect("一、坚持依法履职，服务发展大局，\n立法监督工作取得新进展\n常委会依法行使各项职权。");

        var merged = outline.MergeWithPrevious(2);

        merged.Blocks[0].FullText.Should().Be("一、坚持依法履职，服务发展大局，立法监督工作取得新进展");
        merged.Blocks.Should().HaveCount(2);
    }

    [Fact]
    public void A_paragraph_cannot_be_merged_into_the_salutation() =>
        Refused(() => Full.MergeWithPrevious(Id(Full, "受市人大常委会委托")), ReportMessages.CannotMergeParagraphInto(ReportBlockKind.Salutation));

    [Fact]
    public void A_numbered_heading_merged_into_a_paragraph_keeps_its_number_as_text()
    {
        var paragraph = Id(Full, "加强重点领域立法");

        var merged = Get(Full.MergeWithPrevious(Id(Full, "三、突出")), paragraph);

        merged.Text.Should().EndWith("提供法治保障。三、突出监督实效，助力经济社会高质量发展");
    }

    // Split.

    [Fact]
    public void A_paragraph_splits_at_a_character_offset_into_two()
    {
        var id = Id(Full, "加强重点领域立法");

        var split = Full.Split(id, "加强重点领域立法。".Length);

        var first = Get(split, id);
        var second = split.Blocks[split.Blocks.ToList().IndexOf(first) + 1];
        (first.Text, first.LeadSentence).Should().Be(("加强重点领域立法。", "加强重点领域立法。"));
        second.Should().Match<ReportBlock>(b => b.Kind == ReportBlockKind.Paragraph && b.Text.StartsWith("制定示例市河湖保护条例", StringComparison.Ordinal));
        second.Id.Should().Be(Full.Blocks.Max(b => b.Id) + 1);
    }

    [Fact]
    public void The_second_half_of_a_split_gets_its_own_lead_sentence()
    {
        var outline = OutlineDetector.Detect("常委会坚持依法履职，持续改进工作作风，推动各项工作落实。深化机关作风建设。机关党组带头落实各项制度。");
        var offset = outline.Blocks[0].Text.IndexOf("深化", StringComparison.Ordinal);

        var split = outline.Split(outline.Blocks[0].Id, offset);

        split.Blocks[1].LeadSentence.Should().Be("深化机关作风建设。");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(10_000)]
    public void A_split_must_fall_inside_the_text(int offset) =>
        Refused(() => Full.Split(Id(Full, "加强重点领域立法"), offset), ReportMessages.SplitOutOfRange);

    [Fact]
    public void A_split_at_the_very_end_is_refused()
    {
        var id = Id(Full, "加强重点领域立法");

        Refused(() => Full.Split(id, Get(Full, id).Text.Length), ReportMessages.SplitOutOfRange);
    }

    [Fact]
    public void Staff_say_where_to_split_by_position_or_by_the_words_the_second_part_starts_with()
    {
        var id = Id(Full, "加强重点领域立法");
        var text = Get(Full, id).Text;
        var second = text.IndexOf('。', StringComparison.Ordinal) + 1;

        Get(Full.SplitAt(id, text[second..(second + 4)]), id).Text.Should().Be(text[..second]);
        Get(Full.SplitAt(id, $" {second} "), id).Text.Should().Be(text[..second]);
        Refused(() => Full.SplitAt(id, " "), ReportMessages.SplitAtRequired);
        Refused(() => Full.SplitAt(id, "不在这一段里的字"), ReportMessages.SplitTextNotFound("不在这一段里的字"));
        Refused(() => Full.SplitAt(999, "加强"), ReportMessages.BlockNotFound);
    }

    [Fact]
    public void A_numbered_heading_splits_only_in_its_body()
    {
        var id = Id(Full, "1.修订");
        var heading = Get(Full, id).Text;

        Refused(() => Full.Split(id, 3), ReportMessages.SplitInsideHeading);
        var split = Full.Split(id, heading.Length);
        Get(split, id).Body.Should().BeNull();
        split.Blocks.Should().ContainSingle(b => b.Text == "对议事规则作出全面修订，明确会议程序和表决方式。" && b.Kind == ReportBlockKind.Paragraph);
    }

    [Fact]
    public void A_flagged_block_stays_flagged_in_both_halves()
    {
        var pasted = OutlineDetector.Detect(ReportFixtures.PastedNewspaper);
        var id = Id(pasted, "清晨7点");

        var split = pasted.Split(id, 5);

        split.Blocks.Count(b => b.Suspicion is not null).Should().Be(pasted.Blocks.Count(b => b.Suspicion is not null) + 1);
    }

    // Delete.

    [Fact]
    public void Deleting_a_block_leaves_the_other_ids_as_they_were()
    {
        var id = Id(Full, "2025年是示例市");

        var deleted = Full.Delete(id);

        deleted.Blocks.Select(b => b.Id).Should().Equal(Full.Blocks.Select(b => b.Id).Where(i => i != id));
    }

    [Fact]
    public void Anchors_follow_the_blocks_after_a_deletion()
    {
        var deleted = Full.Delete(Id(Full, "一、坚持"));

        deleted.Blocks.Single(b => b.FullText.StartsWith("二、", StringComparison.Ordinal)).Anchor.Should().Be("s1");
    }

    [Fact]
    public void An_unknown_block_cannot_be_edited()
    {
        Refused(() => Full.Delete(999), ReportMessages.BlockNotFound);
        Refused(() => Full.Promote(999), ReportMessages.BlockNotFound);
        Refused(() => Full.Split(999, 1), ReportMessages.BlockNotFound);
    }

    [Fact]
    public void Not_everything_can_be_deleted() =>
        Refused(() => Full.Delete(Full.Blocks.Select(b => b.Id).ToList()), ReportMessages.CannotDeleteEverything);

    [Fact]
    public void Deleting_nothing_is_refused() =>
        Refused(() => Full.Delete(Array.Empty<int>()), ReportMessages.NothingSelected);

    // Change kind.

    [Fact]
    public void A_paragraph_with_a_lead_sentence_becomes_a_numbered_heading_with_a_body()
    {
        var id = Id(Full, "健全学习制度");

        var changed = Get(Full.ChangeKind(id, ReportBlockKind.Section), id);

        (changed.Level, changed.Label, changed.Text).Should().Be((2, "（二）", "健全学习制度。"));
        changed.Body.Should().StartWith("全年组织常委会组成人员集中学习12次");
    }

    [Fact]
    public void A_short_paragraph_becomes_a_heading_at_the_level_of_the_heading_before_it()
    {
        var outline = OutlineDetector.Detect(ReportFixtures.NoOutline);

        var changed = outline.ChangeKind(3, ReportBlockKind.Heading);

        Get(changed, 3).Should().Match<ReportBlock>(b => b.Kind == ReportBlockKind.Heading && b.Level == 1 && b.Text == "会议还研究了其他事项。");
        changed.Warnings.Should().ContainSingle().Which.Message.Should().Be(ReportMessages.NoNumberedOutline);
    }

    [Fact]
    public void A_long_paragraph_cannot_become_a_heading() =>
        Refused(() => Full.ChangeKind(Id(Full, "2026年是第九届"), ReportBlockKind.Heading), ReportMessages.TooLongForHeading(ReportOutline.MaxHeadingTextLength));

    [Fact]
    public void Changing_to_the_same_kind_is_refused() =>
        Refused(() => Full.ChangeKind(Id(Full, "健全学习制度"), ReportBlockKind.Paragraph), ReportMessages.KindUnchanged);

    [Fact]
    public void A_numbered_heading_with_a_body_must_be_split_before_it_becomes_another_heading() =>
        Refused(() => Full.ChangeKind(Id(Full, "1.修订"), ReportBlockKind.Heading), ReportMessages.SplitBodyFirst);

    [Fact]
    public void A_numbered_heading_read_as_a_paragraph_keeps_its_number_and_its_heading_as_lead()
    {
        var id = Id(Full, "1.修订");

        var changed = Get(Full.ChangeKind(id, ReportBlockKind.Paragraph), id);

        changed.Text.Should().Be("1.修订常委会议事规则。对议事规则作出全面修订，明确会议程序和表决方式。");
        changed.LeadSentence.Should().Be("1.修订常委会议事规则。");
        (changed.Level, changed.Number).Should().Be((0, (int?)null));
    }

    [Fact]
    public void A_heading_without_number_gets_the_next_number_when_it_becomes_numbered()
    {
        var outline = OutlineDetector.Detect(ReportFixtures.Abstract);
        var first = Id(outline, "坚持党的领导");
        var second = Id(outline, "坚持依法履职");

        var numbered = outline.ChangeKind(first, ReportBlockKind.Section).ChangeKind(second, ReportBlockKind.Section);

        numbered.Blocks.Where(b => b.Kind == ReportBlockKind.Section).Select(b => b.FullText)
            .Should().Equal("一、坚持党的领导，把稳工作方向", "二、坚持依法履职，彰显人大作为");
    }

    [Fact]
    public void A_numbered_heading_read_as_a_part_leaves_its_number_behind()
    {
        var outline = OutlineDetector.Detect("一、2025年工作回顾\n（一）依法履职\n常委会依法履职。");

        Get(outline.ChangeKind(1, ReportBlockKind.Part), 1).FullText.Should().Be("2025年工作回顾");
    }

    // Suspicion, lead sentence, renumbering.

    [Fact]
    public void Staff_can_keep_a_flagged_block_in_the_report()
    {
        var pasted = OutlineDetector.Detect(ReportFixtures.PastedNewspaper);

        var kept = pasted.KeepSuspected(Id(pasted, "●本报记者"));

        kept.Blocks.Single(b => b.Text.StartsWith('●')).Suspicion.Should().BeNull();
        kept.Warnings.Where(w => w.Message.StartsWith("以下", StringComparison.Ordinal)).Select(w => w.Message).Should().Equal(
            ReportMessages.SuspectRun(1, ReportMessages.SuspectNewsFeature), ReportMessages.SuspectRun(5, ReportMessages.SuspectNewsFeature));
    }

    [Fact]
    public void A_block_that_was_not_flagged_cannot_be_kept() =>
        Refused(() => Full.KeepSuspected(Id(Full, "健全学习制度")), ReportMessages.NotSuspected);

    [Fact]
    public void Staff_can_set_and_clear_the_lead_sentence()
    {
        var id = Id(Full, "常委会把坚持");
        var lead = "常委会把坚持党的领导贯穿于依法履职全过程，";

        var set = Full.SetLeadSentence(id, lead.Length);

        Get(set, id).LeadSentence.Should().Be(lead);
        Get(set.SetLeadSentence(id, 0), id).LeadSentence.Should().BeNull();
    }

    [Fact]
    public void A_lead_sentence_is_refused_when_it_cannot_apply()
    {
        var paragraph = Id(Full, "健全学习制度");
        Refused(() => Full.SetLeadSentence(paragraph, 10_000), ReportMessages.LeadOutOfRange);
        Refused(() => Full.SetLeadSentence(paragraph, -1), ReportMessages.LeadOutOfRange);
        Refused(() => Full.SetLeadSentence(paragraph, "健全学习制度。".Length), ReportMessages.LeadUnchanged);
        Refused(() => Full.SetLeadSentence(Id(Full, "一、坚持"), 3), ReportMessages.LeadOnlyForParagraphs);
    }

    [Fact]
    public void Renumbering_numbers_that_are_already_in_order_is_refused() =>
        Refused(Full.Renumber, ReportMessages.NothingToRenumber);

    [Fact]
    public void Renumbering_closes_a_gap_under_each_parent()
    {
        var outline = OutlineDetector.Detect("一、依法履职\n（一）加强立法\n（三）强化监督\n二、发挥代表作用\n（二）密切联系");

        outline.Renumber().Blocks.Select(b => b.Label).Should().Equal("一、", "（一）", "（二）", "二、", "（一）");
    }

    [Fact]
    public void Edits_never_change_the_outline_they_start_from()
    {
        var before = Full.PlainText;

        _ = Full.Delete(Id(Full, "2025年是示例市"));
        _ = Full.Promote(Id(Full, "（二）完善"));
        _ = Full.Split(Id(Full, "加强重点领域立法"), 9);

        Full.PlainText.Should().Be(before);
        Full.Blocks.Should().HaveCount(28);
    }
}
