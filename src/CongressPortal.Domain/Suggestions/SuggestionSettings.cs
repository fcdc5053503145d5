using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Suggestions;

/// <summary>
/// The configurable values of docs/domain/suggestions.md#configuration, one row that an administrator edits. The defaults are the law's
/// and the usual municipal rules.
/// </summary>
public sealed class SuggestionSettings
{
    public const int SingletonId = 1;
    public const string DefaultSessionPattern = "{term}届{session}次会议第{NNN}号";
    public const string DefaultBetweenSessionsPattern = "{year}年闭会期间第{NNN}号";

    /// <summary>The law's ceilings: no setting may give a unit longer than 代表法第五十一条 allows.</summary>
    public const int StatutoryReplyMonths = 3;
    public const int StatutoryExtendedReplyMonths = 6;

    private SuggestionSettings() { }

    public int Id { get; private set; } = SingletonId;
    public string SessionNumberPattern { get; private set; } = DefaultSessionPattern;
    public string BetweenSessionsNumberPattern { get; private set; } = DefaultBetweenSessionsPattern;
    /// <summary>Between-session suggestions are assigned within this many working days of receipt.</summary>
    public int AssignWithinWorkingDays { get; private set; } = 5;
    /// <summary>代表法 Art. 51: reply within three months of assignment…</summary>
    public int ReplyMonths { get; private set; } = 3;
    /// <summary>…or six when broad or hard, on the unit's request approved by staff.</summary>
    public int ExtendedReplyMonths { get; private set; } = 6;
    public int CoOpinionMonths { get; private set; } = 1;
    public int ReturnWithinWorkingDays { get; private set; } = 5;
    public int RatingWithinWorkingDays { get; private set; } = 20;
    public int RehandleMonths { get; private set; } = 2;
    /// <summary>The "due soon" window of lists and dashboards, in calendar days.</summary>
    public int DueSoonDays { get; private set; } = 15;
    public uint Version { get; private set; }

    public static SuggestionSettings Defaults() => new();

    /// <summary>The deadlines as page texts state them, so a changed setting changes the page (三个月, 两个月, 5个工作日).</summary>
    public SuggestionDeadlineTexts DeadlineTexts() => new(
        ChineseNumerals.Months(ReplyMonths), ChineseNumerals.Months(ExtendedReplyMonths), ChineseNumerals.Months(CoOpinionMonths),
        ChineseNumerals.Months(RehandleMonths), $"{ReturnWithinWorkingDays}个工作日", $"{RatingWithinWorkingDays}个工作日");

    public void Update(string sessionPattern, string betweenSessionsPattern, int assignWithinWorkingDays, int replyMonths,
        int extendedReplyMonths, int coOpinionMonths, int returnWithinWorkingDays, int ratingWithinWorkingDays, int rehandleMonths, int dueSoonDays)
    {
        SessionNumberPattern = SuggestionNumbering.CheckPattern(sessionPattern, "SessionNumberPattern", "会议期间编号规则");
        BetweenSessionsNumberPattern = SuggestionNumbering.CheckPattern(betweenSessionsPattern, "BetweenSessionsNumberPattern", "闭会期间编号规则");
        AssignWithinWorkingDays = InRange(assignWithinWorkingDays, nameof(AssignWithinWorkingDays), "交办时限（工作日）", 1, 30);
        // 代表法第五十一条：自交办之日起三个月内答复；涉及面广、处理难度大的，不超过六个月。
        ReplyMonths = InRange(replyMonths, nameof(ReplyMonths), "答复期限（月）", 1, StatutoryReplyMonths);
        ExtendedReplyMonths = InRange(extendedReplyMonths, nameof(ExtendedReplyMonths), "延期后答复期限（月）", ReplyMonths, StatutoryExtendedReplyMonths);
        CoOpinionMonths = InRange(coOpinionMonths, nameof(CoOpinionMonths), "协办意见期限（月）", 1, ReplyMonths);
        ReturnWithinWorkingDays = InRange(returnWithinWorkingDays, nameof(ReturnWithinWorkingDays), "申请退回时限（工作日）", 1, 30);
        RatingWithinWorkingDays = InRange(ratingWithinWorkingDays, nameof(RatingWithinWorkingDays), "代表评价时限（工作日）", 5, 60);
        RehandleMonths = InRange(rehandleMonths, nameof(RehandleMonths), "重新办理期限（月）", 1, StatutoryReplyMonths);
        DueSoonDays = InRange(dueSoonDays, nameof(DueSoonDays), "临期提醒（天）", 1, 60);
    }

    private static int InRange(int value, string field, string label, int min, int max) =>
        value >= min && value <= max ? value : throw DomainMessages.OutOfRange(field, label, min, max).ToException();
}

/// <summary>
/// A reply classification (答复分类), by default A 已解决或基本解决 / B 正在解决或已列入计划逐步解决 /
/// C 因条件限制需以后解决 / D 留作参考. Cities use three or four levels: administrators keep the list.
/// </summary>
public sealed class ReplyClassification
{
    private ReplyClassification() { }

    public int Id { get; private set; }
    /// <summary>The letter used in lists and statistics: A, B, C, D.</summary>
    public string Code { get; private set; } = "";
    public string Label { get; private set; } = "";
    /// <summary>Counts towards "solved or being solved" (A and B by default).</summary>
    public bool CountsAsSolved { get; private set; }
    /// <summary>The reply must list commitments with planned dates (B and C by default).</summary>
    public bool RequiresCommitments { get; private set; }
    /// <summary>Lower is better; a suggestion answered by several units takes its least solved reply.</summary>
    public int SortOrder { get; private set; }
    public bool IsActive { get; private set; } = true;
    public uint Version { get; private set; }

    public static ReplyClassification Create(string code, string label, bool countsAsSolved, bool requiresCommitments, int sortOrder)
    {
        var classification = new ReplyClassification();
        classification.Update(code, label, countsAsSolved, requiresCommitments, sortOrder, true);
        return classification;
    }

    public void Update(string code, string label, bool countsAsSolved, bool requiresCommitments, int sortOrder, bool isActive)
    {
        Code = Text.Required(code, "Code", "分类代码", 4).ToUpperInvariant();
        Label = Text.Required(label, "Label", "分类名称", 50);
        CountsAsSolved = countsAsSolved;
        RequiresCommitments = requiresCommitments;
        SortOrder = sortOrder;
        IsActive = isActive;
    }

    public static IReadOnlyList<ReplyClassification> Defaults() =>
    [
        Create("A", "已解决或基本解决", countsAsSolved: true, requiresCommitments: false, 1),
        Create("B", "正在解决或已列入计划逐步解决", countsAsSolved: true, requiresCommitments: true, 2),
        Create("C", "因条件限制需以后解决", countsAsSolved: false, requiresCommitments: true, 3),
        Create("D", "留作参考", countsAsSolved: false, requiresCommitments: false, 4),
    ];
}

/// <summary>The configurable deadlines in the words of page texts (see <see cref="SuggestionSettings.DeadlineTexts"/>).</summary>
public sealed record SuggestionDeadlineTexts(string Reply, string ExtendedReply, string CoOpinion, string Rehandle, string Return, string Rating);
