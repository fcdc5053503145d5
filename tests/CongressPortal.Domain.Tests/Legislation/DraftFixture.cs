using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using L = CongressPortal.Domain.Tests.Legislation.LegislationFixture;

namespace CongressPortal.Domain.Tests.Legislation;

/// <summary>
/// A draft of 示例市物业管理条例 opened for public comment as staff would. "Now" is Saturday 5 December 2026, 10:00 Beijing
/// time (02:00 UTC): published then, the earliest last day is Monday 4 January 2027 (the day of publication not counted),
/// and comment closes at 24:00 Beijing time that day, 16:00 UTC. The draft has five articles in two chapters.
/// </summary>
internal static class DraftFixture
{
    public static readonly DateTimeOffset Now = new(2026, 12, 5, 2, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 12, 5);
    public static readonly DateOnly LastDay = new(2027, 1, 4);

    /// <summary>24:00 Beijing time on <see cref="LastDay"/>.</summary>
    public static readonly DateTimeOffset ClosesAt = new(2027, 1, 4, 16, 0, 0, TimeSpan.Zero);

    /// <summary>The morning after the last day: closed by the clock.</summary>
    public static readonly DateTimeOffset AfterClose = new(2027, 1, 5, 2, 0, 0, TimeSpan.Zero);

    public static readonly Actor Staff = L.Staff;

    /// <summary>Whoever posts the public form, signed in or not.</summary>
    public static readonly Actor Public = new(PortalRole.Public, "公众");

    public const string ReceiptCode = "ABCDEFGHJKMN";
    public const int PointId = 4;

    public static readonly string[] Anchors = ["第一条", "第二条", "第三条", "第四条", "第五条"];

    public static StatuteText Text() => StatuteDetector.Detect("""
        示例市物业管理条例（草案）
        第一章　总则
        第一条　为了规范物业管理活动，维护业主和物业服务人的合法权益，制定本条例。
        第二条　本市行政区域内的物业管理活动，适用本条例。
        第二章　业主和业主组织
        第三条　业主依法享有建筑物专有部分的所有权。
        第四条　业主大会由物业管理区域内全体业主组成。
        第五条　业主委员会委员应当由业主担任，每届任期不超过五年。
        """).Text;

    /// <summary>A record in deliberation whose 初审 read <see cref="Text"/>.</summary>
    public static LegislationRecord Record()
    {
        var record = L.NewRecord();
        record.RecordReading(L.Reading(ReadingStage.First), L.FirstReadingOn, Text(), Staff, L.At(L.FirstReadingOn));
        return record;
    }

    public static OpenDraftDetails Details(DateOnly? lastDay = null, string title = "示例市物业管理条例（草案）") =>
        new(title, "一、制定条例的必要性\n二、起草过程", lastDay ?? LastDay);

    public static OpenDraft Prepared(DateOnly? lastDay = null, DateTimeOffset? at = null) =>
        OpenDraft.Prepare(Record(), 0, Details(lastDay), Staff, at ?? Now);

    /// <summary>Prepared and published at <see cref="Now"/>, open until <see cref="ClosesAt"/>.</summary>
    public static OpenDraft Opened(DateOnly? lastDay = null)
    {
        var draft = Prepared(lastDay);
        draft.Publish(Staff, Now);
        return draft;
    }

    public static OpenDraft ClosedEarly(DateTimeOffset? at = null)
    {
        var draft = Opened();
        draft.CloseEarly("草案已提请常委会会议第二次审议", Staff, at ?? Now.AddDays(10));
        return draft;
    }

    /// <summary>Closed by the clock, the outcome published the morning after (no comments).</summary>
    public static OpenDraft WithOutcome()
    {
        var draft = Opened();
        draft.PublishOutcome(Outcome(), DraftCommentFigures.None, Staff, AfterClose);
        return draft;
    }

    public static DraftOutcome Outcome(params (string Anchor, string Note)[] notes) =>
        new("共收到意见 3 条，采纳 1 条。", notes.ToDictionary(n => n.Anchor, n => n.Note));

    public static DraftCommentDraft Comment(string? anchor = "第五条", string? body = "建议将业主委员会任期改为三年。", string? contact = "13800138000", string? name = "王女士") =>
        new(anchor, body, name, contact);

    public static DraftComment Submitted(DraftWindow window, string? anchor = "第五条", DateTimeOffset? at = null) =>
        DraftComment.Submit(window, Comment(anchor), ReceiptCode, at ?? Now);

    public static PointCommentDraft PointComment(string? anchor = "第四条", DateOnly? collectedOn = null, string? contact = null) =>
        new(PointId, anchor, "座谈会上居民建议明确业主大会的召开方式。", "李大爷", contact, collectedOn ?? Today);

    /// <summary>A comment of an open draft in <paramref name="status"/>, checked and decided by staff at <see cref="Now"/>.</summary>
    public static DraftComment CommentIn(DraftWindow window, DraftCommentStatus status)
    {
        var comment = Submitted(window);
        if (status == DraftCommentStatus.Received) return comment;
        comment.Check(window, status switch
        {
            DraftCommentStatus.Duplicate => DraftCommentCheck.Duplicate,
            DraftCommentStatus.OffTopic => DraftCommentCheck.OffTopic,
            DraftCommentStatus.Abusive => DraftCommentCheck.Abusive,
            _ => DraftCommentCheck.Valid,
        }, Staff, Now);
        if (status is DraftCommentStatus.Adopted or DraftCommentStatus.PartlyAdopted or DraftCommentStatus.NotAdopted)
            comment.Decide(window, DecisionFor(status), "已在修改稿中体现。", Staff, Now);
        return comment;
    }

    public static AdoptionDecision DecisionFor(DraftCommentStatus status) => status switch
    {
        DraftCommentStatus.Adopted => AdoptionDecision.Adopted,
        DraftCommentStatus.PartlyAdopted => AdoptionDecision.PartlyAdopted,
        DraftCommentStatus.NotAdopted => AdoptionDecision.NotAdopted,
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>The figures of some comments, as the store counts them (by status).</summary>
    public static DraftCommentFigures Figures(IEnumerable<DraftComment> comments) =>
        DraftCommentFigures.From(comments.GroupBy(c => c.Status).Select(g => (g.Key, g.Count())));
}
