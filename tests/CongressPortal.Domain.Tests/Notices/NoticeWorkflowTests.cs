using System.Text;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Notices;
using CongressPortal.Domain.Tests.Common;
using CongressPortal.Domain.Tests.Legislation;
using static CongressPortal.Domain.Notices.NoticeAction;
using static CongressPortal.Domain.Notices.NoticeState;

namespace CongressPortal.Domain.Tests.Notices;

/// <summary>
/// The 通知公告 table written out by hand for every state × action × role, checked against <see cref="NoticeWorkflow.Table"/>
/// and tried on a real notice in each state. Only staff act; a withdrawn notice is final.
/// </summary>
public sealed class NoticeWorkflowTests : WrittenTableTests<Notice, NoticeState, NoticeAction>
{
    private static readonly Actor Staff = Actor.Staff("王工作");
    private static readonly DateTimeOffset Monday = new(2026, 7, 6, 9, 30, 0, TimeSpan.FromHours(8));

    /// <summary>(action, from) → the table's outcome for Staff, Admin, Deputy, HandlingUnit, Auditor.</summary>
    private static readonly Dictionary<(NoticeAction, NoticeState), Outcome[]> Written = new()
    {
        //                         Staff           Admin Deputy Unit  Auditor
        [(Edit, Draft)] =          [To(Draft),     Role, Role,  Role, Role],
        [(Edit, Published)] =      [To(Published), Role, Role,  Role, Role],
        [(Edit, Withdrawn)] =      [State,         Role, Role,  Role, Role],

        [(Attach, Draft)] =        [To(Draft),     Role, Role,  Role, Role],
        [(Attach, Published)] =    [To(Published), Role, Role,  Role, Role],
        [(Attach, Withdrawn)] =    [State,         Role, Role,  Role, Role],

        [(Publish, Draft)] =       [To(Published), Role, Role,  Role, Role],
        [(Publish, Published)] =   [State,         Role, Role,  Role, Role],
        [(Publish, Withdrawn)] =   [State,         Role, Role,  Role, Role],

        [(Withdraw, Draft)] =      [State,         Role, Role,  Role, Role],
        [(Withdraw, Published)] =  [To(Withdrawn), Role, Role,  Role, Role],
        [(Withdraw, Withdrawn)] =  [State,         Role, Role,  Role, Role],
    };

    protected override WorkflowTable<NoticeState, NoticeAction> Table => NoticeWorkflow.Table;

    protected override IReadOnlyDictionary<(NoticeAction, NoticeState), Outcome[]> Expected => Written;

    private static StoredFile Pdf() => StoredFile.Accept("附件.pdf", Encoding.ASCII.GetBytes("%PDF-1.7 test"), "王工作", Monday);

    private static Notice In(NoticeState state)
    {
        var notice = Notice.Create("关于召开代表座谈会的通知", "定于**七月十日**召开座谈会。", Staff, Monday);
        if (state == Draft) return notice;
        notice.Publish(Staff, Monday.AddHours(1));
        if (state == Withdrawn) notice.Withdraw("时间调整", Staff, Monday.AddHours(2));
        return notice;
    }

    protected override Notice Arrange(NoticeAction action, NoticeState from) => In(from);

    protected override NoticeState StateOf(Notice notice) => notice.State;

    protected override string? Check(Notice notice, NoticeAction action, Actor actor) => notice.Check(action, actor)?.Code;

    protected override string? AvailableCheck(Notice notice, NoticeAction action, Actor actor) => notice.AvailableActions(actor).Why(action)?.Code;

    protected override object Snapshot(Notice notice) => NoticeSnapshot.Of(notice);

    protected override void Perform(Notice notice, NoticeAction action, Actor actor)
    {
        switch (action)
        {
            case Edit:
                notice.Edit("关于召开代表座谈会的通知（更正）", "改为七月十一日。", actor, Monday.AddDays(1));
                break;
            case Attach:
                notice.AddAttachment(Pdf(), actor, Monday.AddDays(1));
                break;
            case Publish:
                notice.Publish(actor, Monday.AddDays(1));
                break;
            case Withdraw:
                notice.Withdraw("内容有误", actor, Monday.AddDays(1));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action));
        }
    }

    [Fact]
    public void Publishing_records_the_servers_moment_and_who_and_makes_the_notice_public()
    {
        var notice = In(Draft);
        var isPublic = Notice.Public.Compile();
        isPublic(notice).Should().BeFalse();

        notice.Publish(Staff, Monday.AddDays(3));

        (notice.State, notice.PublishedAt, notice.PublishedBy, isPublic(notice)).Should().Be((Published, Monday.AddDays(3).ToUniversalTime(), "王工作", true));
    }

    [Fact]
    public void Correcting_a_published_notice_keeps_its_publication_date()
    {
        var notice = In(Published);
        var published = notice.PublishedAt;

        notice.Edit("新标题", "新正文", Staff, Monday.AddDays(5));

        (notice.Title, notice.Body, notice.PublishedAt, notice.UpdatedAt).Should().Be(("新标题", "新正文", published, Monday.AddDays(5).ToUniversalTime()));
    }

    [Fact]
    public void A_withdrawn_notice_is_no_longer_public_and_keeps_the_reason()
    {
        var notice = In(Withdrawn);

        Notice.Public.Compile()(notice).Should().BeFalse();
        (notice.WithdrawReason, notice.WithdrawnBy).Should().Be(("时间调整", "王工作"));
        notice.AvailableActions(Staff).Allowed.Should().BeEmpty();
    }

    [Fact]
    public void Bad_input_changes_nothing_and_names_its_field()
    {
        var notice = In(Published);
        var before = NoticeSnapshot.Of(notice);

        FluentActions.Invoking(() => notice.Edit(" ", "正文", Staff, Monday.AddDays(1)))
            .Should().Throw<DomainRuleException>().Which.Refusal.Field.Should().Be("Title");
        FluentActions.Invoking(() => notice.Edit("标题", new string('字', Notice.BodyMaxLength + 1), Staff, Monday.AddDays(1)))
            .Should().Throw<DomainRuleException>().Which.Refusal.Field.Should().Be("Body");
        FluentActions.Invoking(() => notice.Withdraw("", Staff, Monday.AddDays(1)))
            .Should().Throw<DomainRuleException>().Which.Refusal.Field.Should().Be("Reason");

        NoticeSnapshot.Of(notice).Should().Be(before);
    }

    [Fact]
    public void A_notice_takes_at_most_ten_attachments()
    {
        var notice = In(Draft);
        for (var i = 0; i < Notice.MaxAttachments; i++) notice.AddAttachment(Pdf(), Staff, Monday);

        FluentActions.Invoking(() => notice.AddAttachment(Pdf(), Staff, Monday))
            .Should().Throw<DomainRuleException>().WithRefusal(NoticeMessages.TooManyAttachments);
        notice.Attachments.Should().HaveCount(Notice.MaxAttachments);
    }

    [Fact]
    public void Only_staff_write_notices()
    {
        FluentActions.Invoking(() => Notice.Create("标题", "正文", LegislationFixture.ActorFor(PortalRole.Admin), Monday))
            .Should().Throw<DomainRuleException>().Which.Refusal.Code.Should().Be("Workflow.WrongRole");
    }

    [Fact]
    public void The_notice_doc_shows_the_table_of_the_code()
    {
        var (actual, expected) = WorkflowDocs.Compare("notice.md", "notice-state", NoticeWorkflow.Table);
        actual.Should().Be(expected, "docs/workflows/notice.md must show the table as the code has it");
    }

    private sealed record NoticeSnapshot(NoticeState State, string Title, string Body, DateTimeOffset? PublishedAt, DateTimeOffset? WithdrawnAt,
        string? WithdrawReason, int Attachments, DateTimeOffset UpdatedAt)
    {
        public static NoticeSnapshot Of(Notice n) => new(n.State, n.Title, n.Body, n.PublishedAt, n.WithdrawnAt, n.WithdrawReason, n.Attachments.Count, n.UpdatedAt);
    }
}
