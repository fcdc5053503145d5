using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reports;

namespace CongressPortal.Domain.Tests.Reports;

/// <summary>
/// What <see cref="WorkReport.AvailableActions"/> tells a page is what the action methods do: in every situation a report
/// can be in, an action it allows succeeds, and an action it refuses throws exactly the refusal it gave.
/// </summary>
public sealed class AvailableReportActionsTests
{
    private static readonly Dictionary<string, Func<WorkReport>> Situations = new()
    {
        ["草稿，未导入正文"] = Situation.NoText,
        ["草稿"] = Situation.CleanDraft,
        ["草稿，有疑似外来内容"] = Situation.SuspectedDraft,
        ["已发布，未修改"] = Situation.PublishedUnchanged,
        ["已发布，已修改"] = Situation.PublishedChanged,
        ["已发布，重新导入后有疑似外来内容"] = Situation.PublishedWithSuspected,
        ["已撤回，未修改"] = Situation.UnpublishedUnchanged,
        ["已撤回，已修改"] = Situation.UnpublishedChanged,
        ["已撤回，有疑似外来内容"] = Situation.UnpublishedWithSuspected,
    };

    public static TheoryData<string, string> SituationsAndRoles()
    {
        var data = new TheoryData<string, string>();
        foreach (var situation in Situations.Keys)
        {
            foreach (var role in PortalRole.All) data.Add(situation, role);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SituationsAndRoles))]
    public void The_answer_to_a_page_is_what_the_methods_do(string situation, string role)
    {
        var actor = new Actor(role, "某人");
        var available = Situations[situation]().AvailableActions(actor);

        foreach (var action in Enum.GetValues<WorkReportAction>())
        {
            var report = Situations[situation]();
            var perform = FluentActions.Invoking(() => WorkReportWorkflowTests.Perform(report, action, actor));
            if (available.Can(action)) perform.Should().NotThrow($"{action} is offered when {situation}");
            else perform.Should().Throw<DomainRuleException>($"{action} is not offered when {situation}").WithRefusal(available.Why(action)!);
        }
    }

    [Fact]
    public void Staff_are_told_why_an_action_their_role_may_take_is_not_possible_yet()
    {
        var staff = Actor.Staff("工作人员");

        Situation.NoText().AvailableActions(staff).Explain(WorkReportAction.Publish).Should().Be(ReportMessages.NoDraft.Message);
        Situation.NoText().AvailableActions(staff).Why(WorkReportAction.EditOutline).Should().Be(ReportMessages.NoDraft);
        Situation.SuspectedDraft().AvailableActions(staff).Explain(WorkReportAction.Publish).Should().Be(ReportMessages.SuspectedBeforePublish.Message);
        Situation.PublishedUnchanged().AvailableActions(staff).Explain(WorkReportAction.Correct).Should().Be(ReportMessages.NothingToCorrect.Message);
        Situation.PublishedWithSuspected().AvailableActions(staff).Explain(WorkReportAction.Correct).Should().Be(ReportMessages.SuspectedBeforePublish.Message);
        Situation.PublishedChanged().AvailableActions(staff).Allowed.Should().BeEquivalentTo(
            [WorkReportAction.EditDetails, WorkReportAction.Import, WorkReportAction.EditOutline, WorkReportAction.EditFigures, WorkReportAction.Correct, WorkReportAction.Unpublish]);
        Situation.PublishedChanged().AvailableActions(staff).Explain(WorkReportAction.Publish).Should().BeNull("a status refusal is not a rule to explain next to a button");
    }
}
