using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reports;

namespace CongressPortal.Domain.Tests.Reports;

public sealed class WorkReportTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 20, 8, 0, 0, TimeSpan.Zero);

    private static readonly Actor Staff = Actor.Staff("工作人员");

    private static WorkReport Imported(string text = ReportFixtures.FullReport)
    {
        var report = WorkReport.Create(new WorkReportDetails(2026, null, "示例市人民代表大会常务委员会工作报告"), Staff, Now);
        report.Import(OutlineDetector.Detect(text), Staff, Now);
        return report;
    }

    [Fact]
    public void A_report_cannot_be_published_before_text_is_imported()
    {
        var report = WorkReport.Create(new WorkReportDetails(2026, null, "示例市人民代表大会常务委员会工作报告"), Staff, Now);
        FluentActions.Invoking(() => report.Publish(null, Staff, null, Now)).Should().Throw<DomainRuleException>().WithRefusal(ReportMessages.NoDraft);
    }

    [Fact]
    public void Publishing_freezes_the_draft_as_version_1()
    {
        var report = Imported();
        report.Publish(null, Staff, "u1", Now);

        report.Status.Should().Be(WorkReportStatus.Published);
        report.Versions.Should().ContainSingle(v => v.Number == 1 && v.CorrectionNote == null);
        report.HasUnpublishedChanges.Should().BeFalse();
        FluentActions.Invoking(() => report.Publish(null, Staff, null, Now)).Should().Throw<DomainRuleException>().WithRefusal(ReportMessages.AlreadyPublished);
    }

    [Fact]
    public void A_correction_needs_a_note_and_a_change_and_adds_a_version_leaving_the_first_untouched()
    {
        var report = Imported();
        report.Publish(null, Staff, null, Now);
        var first = report.Versions[0].BlocksJson;

        FluentActions.Invoking(() => report.Correct("更正数据", Staff, null, Now)).Should().Throw<DomainRuleException>().WithRefusal(ReportMessages.NothingToCorrect);
        var paragraph = report.Draft()!.Blocks.Last(b => b.Kind == ReportBlockKind.Paragraph);
        report.EditDraft(o => o.Delete(paragraph.Id), Staff, Now);
        FluentActions.Invoking(() => report.Correct(" ", Staff, null, Now)).Should().Throw<DomainRuleException>().WithRefusal(DomainMessages.Required("Note", "更正说明"));

        report.Correct("删除重复的结束语", Staff, null, Now.AddDays(2));

        report.Versions.Select(v => v.Number).Should().Equal(1, 2);
        report.Versions[0].BlocksJson.Should().Be(first);
        report.LatestVersion!.CorrectionNote.Should().Be("删除重复的结束语");
        report.LatestVersion.PublishedAt.Should().Be(Now.AddDays(2));
    }

    [Fact]
    public void Unpublishing_needs_a_reason_and_publishing_again_shows_the_same_version()
    {
        var report = Imported();
        FluentActions.Invoking(() => report.Unpublish("原因", Staff, Now)).Should().Throw<DomainRuleException>().WithRefusal(ReportMessages.UnpublishOnlyPublished);
        report.Publish(null, Staff, null, Now);

        FluentActions.Invoking(() => report.Unpublish("", Staff, Now)).Should().Throw<DomainRuleException>().WithRefusal(DomainMessages.Required("Reason", "撤回原因"));
        report.Status.Should().Be(WorkReportStatus.Published);
        report.Unpublish("报告人职务有误", Staff, Now);
        report.Status.Should().Be(WorkReportStatus.Unpublished);
        report.UnpublishReason.Should().Be("报告人职务有误");

        report.Publish(null, Staff, null, Now);
        report.Versions.Should().ContainSingle("an unchanged draft is shown again, not copied");
        report.UnpublishReason.Should().BeNull();
    }

    [Fact]
    public void Suspected_foreign_content_must_be_handled_before_publishing()
    {
        var report = Imported(ReportFixtures.PastedNewspaper);
        FluentActions.Invoking(() => report.Publish(null, Staff, null, Now)).Should().Throw<DomainRuleException>().WithRefusal(ReportMessages.SuspectedBeforePublish);

        report.EditDraft(o => o.Delete(o.Blocks.Where(b => b.Suspicion is not null).Select(b => b.Id).ToList()), Staff, Now);
        report.Publish(null, Staff, null, Now);
        report.Status.Should().Be(WorkReportStatus.Published);
    }

    [Fact]
    public void The_stored_outline_comes_back_identical()
    {
        var outline = OutlineDetector.Detect(ReportFixtures.FullReport);
        var json = ReportOutlineJson.Serialize(outline);

        var loaded = ReportOutlineJson.Deserialize(json);

        loaded.Blocks.Should().BeEquivalentTo(outline.Blocks);
        json.Should().Contain("各位代表").And.NotContain("\"anchor\":\"s1\"", "anchors are derived on load, not stored");
    }

    [Fact]
    public void Key_figures_are_added_edited_and_removed_in_order()
    {
        var report = Imported();
        var first = report.AddFigure(new KeyFigureDetails("制定地方性法规", 3, "件"), Staff, Now);
        var second = report.AddFigure(new KeyFigureDetails("听取专项工作报告", 18, "项"), Staff, Now);
        second.SortOrder.Should().BeGreaterThan(first.SortOrder);

        FluentActions.Invoking(() => report.AddFigure(new KeyFigureDetails("比例", -1, "%"), Staff, Now)).Should().Throw<DomainRuleException>().WithRefusal(ReportMessages.FigureNegative);
        FluentActions.Invoking(() => report.RemoveFigure(999, Staff, Now)).Should().Throw<DomainRuleException>().WithRefusal(ReportMessages.FigureNotFound);
    }

    [Fact]
    public void A_refused_edit_of_details_or_a_figure_changes_nothing()
    {
        var report = Imported();
        var figure = report.AddFigure(new KeyFigureDetails("制定地方性法规", 3, "件", "报告正文"), Staff, Now);

        FluentActions.Invoking(() => report.Update(new WorkReportDetails(2030, null, " "), Staff, Now))
            .Should().Throw<DomainRuleException>().WithRefusal(DomainMessages.Required("Title", "标题"));
        FluentActions.Invoking(() => report.UpdateFigure(figure.Id, new KeyFigureDetails("新名称", -1, "项"), Staff, Now))
            .Should().Throw<DomainRuleException>().WithRefusal(ReportMessages.FigureNegative);

        report.Year.Should().Be(2026, "the year is not changed when the title is refused");
        figure.Label.Should().Be("制定地方性法规");
        figure.Unit.Should().Be("件");
    }

    [Fact]
    public void Only_staff_create_a_report()
    {
        FluentActions.Invoking(() => WorkReport.Create(new WorkReportDetails(2026, null, "示例市人民代表大会常务委员会工作报告"), Actor.Deputy(1, "代表"), Now))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("Workflow.WrongRole");
    }
}
