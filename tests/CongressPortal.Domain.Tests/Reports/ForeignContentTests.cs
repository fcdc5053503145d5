using CongressPortal.Domain.Reports;

namespace CongressPortal.Domain.Tests.Reports;

public sealed class ForeignContentTests
{
    private static readonly ReportOutline Pasted = OutlineDetector.Detect(ReportFixtures.PastedNewspaper);

    private static ReportBlock Block(string startsWith) =>
        Pasted.Blocks.Single(b => b.FullText.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void A_pasted_newspaper_feature_is_flagged_from_its_headline_to_its_last_paragraph()
    {
        Pasted.Blocks.Where(b => b.Suspicion is not null).Select(b => b.Text[..4]).Should().Equal(
            "共建共享", "●本报记", "从“等着", "清晨7点", "“以前办", "图为东城", "东城区还");
        Pasted.Blocks.Where(b => b.Suspicion is not null).Should().OnlyContain(b => b.Suspicion == ReportMessages.SuspectNewsFeature);
        Pasted.HasSuspectedContent.Should().BeTrue();
    }

    [Fact]
    public void Nothing_of_the_pasted_feature_is_dropped()
    {
        Pasted.Blocks.Should().HaveCount(13);
        Block("东城区还推出了").Text.Should().EndWith("从没想过");
    }

    [Fact]
    public void The_by_line_is_a_paragraph_and_not_a_heading() =>
        Block("●本报记者").Kind.Should().Be(ReportBlockKind.Paragraph);

    [Fact]
    public void One_warning_names_the_flagged_run()
    {
        Pasted.Warnings.Should().ContainSingle(w => w.BlockId == Block("共建共享").Id)
            .Which.Message.Should().Be(ReportMessages.SuspectRun(7, ReportMessages.SuspectNewsFeature));
    }

    [Fact]
    public void The_report_paragraph_cut_by_the_paste_is_left_unflagged_on_both_sides()
    {
        var before = Block("2026年是第九届");
        var after = Block("和群众最关心");

        before.Suspicion.Should().BeNull();
        after.Suspicion.Should().BeNull();
        Pasted.Warnings.Should().Contain(new ReportWarning(before.Id, before.Anchor, ReportMessages.Unterminated));
    }

    [Fact]
    public void Flagged_content_is_never_joined_to_the_report()
    {
        Block("2026年是第九届").Text.Should().EndWith("聚焦全市发展大局");
        Block("和群众最关心").Text.Should().Be("和群众最关心的问题，扎实做好各项工作。");
    }

    [Fact]
    public void No_lead_sentence_is_guessed_in_flagged_content() =>
        Pasted.Blocks.Where(b => b.Suspicion is not null).Should().OnlyContain(b => b.LeadSentence == null);

    [Fact]
    public void The_flag_stops_where_the_report_takes_up_its_items_again()
    {
        Block("一是提高立法质量").Suspicion.Should().BeNull();
        Block("二是增强监督实效").Suspicion.Should().BeNull();
    }

    [Fact]
    public void Staff_delete_the_feature_and_merge_the_two_halves_back_into_one_paragraph()
    {
        var flagged = Pasted.Blocks.Where(b => b.Suspicion is not null).Select(b => b.Id).ToList();

        var cleaned = Pasted.Delete(flagged).MergeWithPrevious(Block("和群众最关心").Id);

        cleaned.Blocks.Single(b => b.Text.StartsWith("2026年是第九届", StringComparison.Ordinal)).Text
            .Should().Be("2026年是第九届人大任期的最后一年。市人大常委会将坚持以人民为中心，聚焦全市发展大局和群众最关心的问题，扎实做好各项工作。");
        cleaned.Warnings.Should().BeEmpty();
        cleaned.HasSuspectedContent.Should().BeFalse();
    }

    [Fact]
    public void A_photo_caption_alone_is_flagged_alone()
    {
        var outline = OutlineDetector.Detect("一、依法履职\n常委会依法履职，各项工作稳步推进。\n图为常委会组成人员视察河湖治理现场（孙六 摄）\n代表积极履职，作用充分发挥。");

        outline.Blocks.Where(b => b.Suspicion is not null).Should().ContainSingle()
            .Which.Should().Match<ReportBlock>(b => b.Text.StartsWith("图为", StringComparison.Ordinal) && b.Suspicion == ReportMessages.SuspectCaption);
    }

    [Theory]
    [InlineData("发布时间:2026-01-25")]
    [InlineData("来源：示例日报")]
    [InlineData("https://news.example.cn/article/12345")]
    public void Lines_a_web_page_adds_are_flagged(string line)
    {
        var outline = OutlineDetector.Detect($"示例市人民代表大会常务委员会工作报告\n{line}\n各位代表：");

        outline.Blocks[1].Should().Match<ReportBlock>(b => b.Kind == ReportBlockKind.Paragraph && b.Suspicion == ReportMessages.SuspectWebPage);
    }

    [Fact]
    public void A_column_name_above_the_title_is_flagged()
    {
        var outline = OutlineDetector.Detect("要闻速递\n示例市人大常委会工作报告（摘登）\n市九届人大一次会议以来的主要工作");

        outline.Blocks[0].Suspicion.Should().Be(ReportMessages.SuspectAboveTitle);
        outline.Blocks[1].Kind.Should().Be(ReportBlockKind.Title);
        outline.Blocks[2].Kind.Should().Be(ReportBlockKind.Part);
    }

    [Fact]
    public void A_numbered_heading_that_goes_backwards_is_flagged_and_warned()
    {
        var outline = OutlineDetector.Detect("一、依法履职\n二、强化监督\n三、发挥代表作用\n二、加强自身建设");

        outline.Blocks[3].Suspicion.Should().Be(ReportMessages.SuspectNumbering);
        outline.Warnings.Should().Contain(w => w.BlockId == 4 && w.Message == ReportMessages.NumberingBackward("三、", "二、"));
    }

    [Fact]
    public void Numbers_restart_in_each_part_without_a_flag()
    {
        var outline = OutlineDetector.Detect("2025年主要工作\n一、依法履职\n二、强化监督\n2026年主要任务\n一、提高立法质量\n二、增强监督实效");

        outline.HasSuspectedContent.Should().BeFalse();
        outline.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void A_gap_in_the_numbering_is_a_warning_not_a_flag()
    {
        var outline = OutlineDetector.Detect("一、依法履职\n二、强化监督\n四、加强自身建设");

        outline.HasSuspectedContent.Should().BeFalse();
        outline.Warnings.Should().ContainSingle().Which.Should().Be(new ReportWarning(3, "s3", ReportMessages.NumberingGap("二、", "四、")));
    }

    [Fact]
    public void Numbering_that_does_not_start_at_one_is_a_warning() =>
        OutlineDetector.Detect("（二）强化监督").Warnings.Should().Contain(w => w.Message == ReportMessages.NumberingStart("（二）", "（一）"));

    [Fact]
    public void A_second_title_is_a_warning()
    {
        var outline = OutlineDetector.Detect("示例市人民代表大会常务委员会工作报告\n发布时间：2026-01-25\n示例市人民代表大会常务委员会工作报告\n各位代表：");

        outline.Warnings.Should().Contain(new ReportWarning(3, "p-3", ReportMessages.DuplicateTitle));
    }
}
