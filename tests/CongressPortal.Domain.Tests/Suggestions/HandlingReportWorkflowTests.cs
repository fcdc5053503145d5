using System.Text;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Domain.Tests.Legislation;
using static CongressPortal.Domain.Suggestions.HandlingReportAction;
using static CongressPortal.Domain.Suggestions.HandlingReportState;

namespace CongressPortal.Domain.Tests.Suggestions;

/// <summary>
/// The 办理情况报告 publication's transition table, written out by hand for every state × action × role, checked against
/// <see cref="HandlingReportWorkflow.Table"/> and tried on a real release: a report not yet published
/// (<see cref="HandlingReportRelease.ForSession"/>), a published one and a withdrawn one. Only staff act; publishing is
/// allowed in every state (the first time, a new document replacing the public one, again after a withdrawal), withdrawing
/// only while published. The refusals keep the publishing page's words under the table's codes.
/// </summary>
public sealed class HandlingReportWorkflowTests : WrittenTableTests<HandlingReportRelease, HandlingReportState, HandlingReportAction>
{
    private const int SessionId = 7;
    private static readonly Actor Staff = Actor.Staff("王工作");
    private static readonly DateTimeOffset Monday = new(2026, 7, 6, 9, 30, 0, TimeSpan.FromHours(8));

    /// <summary>(action, from) → the table's outcome for Staff, Admin, Deputy, HandlingUnit, Auditor.</summary>
    private static readonly Dictionary<(HandlingReportAction, HandlingReportState), Outcome[]> Written = new()
    {
        //                               Staff           Admin Deputy Unit  Auditor
        [(Publish, NotPublished)] =      [To(Published), Role, Role,  Role, Role],
        [(Publish, Published)] =         [To(Published), Role, Role,  Role, Role],
        [(Publish, Withdrawn)] =         [To(Published), Role, Role,  Role, Role],

        [(Withdraw, NotPublished)] =     [State,         Role, Role,  Role, Role],
        [(Withdraw, Published)] =        [To(Withdrawn), Role, Role,  Role, Role],
        [(Withdraw, Withdrawn)] =        [State,         Role, Role,  Role, Role],
    };

    protected override WorkflowTable<HandlingReportState, HandlingReportAction> Table => HandlingReportWorkflow.Table;

    protected override IReadOnlyDictionary<(HandlingReportAction, HandlingReportState), Outcome[]> Expected => Written;

    private static StoredFile Pdf() => StoredFile.Accept("报告.pdf", Encoding.ASCII.GetBytes("%PDF-1.7 test"), "王工作", Monday);

    private static HandlingReportRelease In(HandlingReportState state)
    {
        var release = HandlingReportRelease.ForSession(SessionId);
        if (state == NotPublished) return release;
        release.Publish("关于代表建议办理情况的报告", Pdf(), Staff, Monday);
        if (state == Withdrawn) release.Withdraw("数据有误", Staff, Monday.AddHours(1));
        return release;
    }

    protected override HandlingReportRelease Arrange(HandlingReportAction action, HandlingReportState from) => In(from);

    protected override HandlingReportState StateOf(HandlingReportRelease release) => release.State;

    protected override string? Check(HandlingReportRelease release, HandlingReportAction action, Actor actor) => release.Check(action, actor)?.Code;

    protected override string? AvailableCheck(HandlingReportRelease release, HandlingReportAction action, Actor actor) =>
        release.AvailableActions(actor).Why(action)?.Code;

    protected override object Snapshot(HandlingReportRelease release) => ReleaseSnapshot.Of(release);

    protected override void Perform(HandlingReportRelease release, HandlingReportAction action, Actor actor)
    {
        switch (action)
        {
            case Publish:
                release.Publish("关于代表建议办理情况的报告（定稿）", Pdf(), actor, Monday.AddDays(1));
                break;
            case Withdraw:
                release.Withdraw("需要修改后重新公开", actor, Monday.AddDays(1));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action));
        }
    }

    [Theory]
    [InlineData(PortalRole.Admin)]
    [InlineData(PortalRole.Deputy)]
    [InlineData(PortalRole.HandlingUnit)]
    [InlineData(PortalRole.Auditor)]
    public void Other_roles_are_refused_in_the_words_of_the_publishing_page(string role)
    {
        var actor = LegislationFixture.ActorFor(role);
        foreach (var state in Enum.GetValues<HandlingReportState>())
        {
            var release = In(state);
            foreach (var action in Enum.GetValues<HandlingReportAction>())
            {
                release.Check(action, actor).Should().Be(HandlingReportMessages.OnlyStaff);
                release.AvailableActions(actor).Why(action).Should().Be(HandlingReportMessages.OnlyStaff);
            }
        }
        HandlingReportMessages.OnlyStaff.Code.Should().Be("Workflow.WrongRole");
    }

    [Theory]
    [InlineData(NotPublished)]
    [InlineData(Withdrawn)]
    public void A_report_that_is_not_public_cannot_be_withdrawn_and_the_page_is_not_told_a_rule(HandlingReportState state)
    {
        var release = In(state);
        var actions = release.AvailableActions(Staff);

        actions.Why(Withdraw).Should().Be(HandlingReportMessages.NotPublished);
        actions.Explain(Withdraw).Should().BeNull("a state refusal is not a rule to explain next to a button");
        actions.Allowed.Should().Equal(Publish);
        FluentActions.Invoking(() => release.Withdraw("再撤一次", Staff, Monday.AddDays(2)))
            .Should().Throw<DomainRuleException>().WithRefusal(HandlingReportMessages.NotPublished);
        HandlingReportMessages.NotPublished.Code.Should().Be("Workflow.WrongStatus");
    }

    [Fact]
    public void Staff_may_publish_and_withdraw_a_published_report()
    {
        In(Published).AvailableActions(Staff).Allowed.Should().BeEquivalentTo([Publish, Withdraw]);
    }

    [Fact]
    public void A_report_before_its_first_publication_is_not_public_and_the_first_publication_makes_it_so()
    {
        var release = HandlingReportRelease.ForSession(SessionId);
        var isPublic = HandlingReportRelease.Public.Compile();

        (release.SessionId, release.State, release.IsPublished, isPublic(release)).Should().Be((SessionId, NotPublished, false, false));

        release.Publish("关于代表建议办理情况的报告", Pdf(), Staff, Monday);

        (release.State, release.IsPublished, isPublic(release)).Should().Be((Published, true, true));
    }

    [Theory]
    [InlineData(NotPublished)]
    [InlineData(Published)]
    [InlineData(Withdrawn)]
    public void The_public_reads_a_report_exactly_when_it_is_published(HandlingReportState state)
    {
        var release = In(state);

        HandlingReportRelease.Public.Compile()(release).Should().Be(state == Published).And.Be(release.IsPublished);
    }

    [Fact]
    public void Bad_input_changes_nothing_and_names_its_field()
    {
        var release = In(Published);
        var before = ReleaseSnapshot.Of(release);
        var png = StoredFile.Accept("图.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0], "王工作", Monday);

        FluentActions.Invoking(() => release.Publish("新标题", png, Staff, Monday.AddDays(1)))
            .Should().Throw<DomainRuleException>().WithRefusal(HandlingReportMessages.PdfOrWord);
        FluentActions.Invoking(() => release.Publish(" ", Pdf(), Staff, Monday.AddDays(1)))
            .Should().Throw<DomainRuleException>().Which.Refusal.Field.Should().Be("Title");
        FluentActions.Invoking(() => release.Withdraw(" ", Staff, Monday.AddDays(1)))
            .Should().Throw<DomainRuleException>().Which.Refusal.Field.Should().Be("Reason");

        ReleaseSnapshot.Of(release).Should().Be(before);
        HandlingReportMessages.PdfOrWord.Should().Be(new Refusal("HandlingReport.PdfOrWord", "办理情况报告只能上传 PDF 或 Word（.docx）文件。", "File"));
    }

    private sealed record ReleaseSnapshot(HandlingReportState State, string Title, int FileId, DateTimeOffset PublishedAt, string PublishedBy,
        DateTimeOffset? WithdrawnAt, string? WithdrawnBy, string? WithdrawReason)
    {
        public static ReleaseSnapshot Of(HandlingReportRelease r) =>
            new(r.State, r.Title, r.FileId, r.PublishedAt, r.PublishedBy, r.WithdrawnAt, r.WithdrawnBy, r.WithdrawReason);
    }
}
