using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;

namespace CongressPortal.Domain.Tests.Legislation;

/// <summary>
/// Legislation of 示例市 built through the domain as staff would. "Now" is Monday 15 June 2026, 10:00 Beijing time. A
/// record in <see cref="RecordIn"/> had its 初审 at the meeting of 20 March, passed at the meeting of 28 April, was
/// submitted on 6 May (server date), approved by the province on 1 June and promulgated on 10 June.
/// </summary>
internal static class LegislationFixture
{
    public const int RegulationId = 5;

    public static readonly DateTimeOffset Now = At(2026, 6, 15);
    public static readonly DateOnly Today = new(2026, 6, 15);
    public static readonly DateOnly FirstReadingOn = new(2026, 3, 20);
    public static readonly DateOnly PassedOn = new(2026, 4, 28);
    public static readonly DateTimeOffset SubmittedAt = At(2026, 5, 6);
    public static readonly DateOnly ApprovedOn = new(2026, 6, 1);
    public static readonly DateOnly PromulgatedOn = new(2026, 6, 10);

    public static readonly Actor Staff = Actor.Staff("法工委 李明");

    /// <summary>Every role the tables know, with an account the guards accept.</summary>
    public static Actor ActorFor(string role) => role switch
    {
        PortalRole.Staff => Staff,
        PortalRole.HandlingUnit => Actor.Unit(3, "市城市管理局"),
        PortalRole.Deputy => Actor.Deputy(1, "代表1"),
        _ => new Actor(role, "某人"),
    };

    /// <summary>10:00 Beijing time on the day.</summary>
    public static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 2, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset At(DateOnly day) => At(day.Year, day.Month, day.Day);

    /// <summary>Two articles in one chapter; <paramref name="variant"/> changes the second article's words.</summary>
    public static StatuteText Text(string title = "示例市城市供水条例", string variant = "") => StatuteDetector.Detect(
        $"{title}\n第一章　总则\n第一条　为了加强城市供水管理，保障供水安全，制定本条例。\n第二条　本市行政区域内的城市供水{variant}适用本条例。").Text;

    // ---------------------------------------------------------------- records

    public static LegislationRecordDraft RecordDraft(LegislationKind kind = LegislationKind.Enact, string title = "示例市城市供水条例") =>
        new(title, kind, LegislativeField.UrbanRural, null,
            kind is LegislationKind.Amend or LegislationKind.Revise or LegislationKind.Repeal ? RegulationId : null,
            "市城市管理局", "条例起草小组", 2, "规范城市供水。");

    public static LegislationRecord NewRecord(LegislationKind kind = LegislationKind.Enact) =>
        LegislationRecord.Create(RecordDraft(kind), Staff, At(2026, 1, 10));

    public static ReadingDraft Reading(ReadingStage stage, int meetingId = 1) => new(stage, meetingId, null, "关于《示例市城市供水条例（草案）》的说明");

    public static PassDraft Vote(int? votesFor = 38) => new(2, votesFor, 0, 1);

    public static PromulgationDraft Promulgation(string number = "示例市人民代表大会常务委员会公告第12号", DateOnly? on = null, DateOnly? effective = null) =>
        new(number, on ?? PromulgatedOn, effective ?? new DateOnly(2026, 9, 1));

    /// <summary>A record walked to <paramref name="status"/> along the fixture's dates (a research record for 调研完成).</summary>
    public static LegislationRecord RecordIn(LegislationStatus status, LegislationKind kind = LegislationKind.Enact)
    {
        var record = NewRecord(status == LegislationStatus.Concluded ? LegislationKind.Research : kind);
        switch (status)
        {
            case LegislationStatus.Drafting:
                return record;
            case LegislationStatus.Concluded:
                record.ConcludeResearch("形成调研报告，建议列入明年预备项目", Staff, At(2026, 3, 1));
                return record;
            case LegislationStatus.Withdrawn:
                record.Withdraw("主任会议决定暂缓", Staff, At(2026, 3, 1));
                return record;
        }
        record.RecordReading(Reading(ReadingStage.First), FirstReadingOn, Text(), Staff, At(FirstReadingOn));
        if (status == LegislationStatus.InDeliberation) return record;
        record.Pass(Vote(), PassedOn, null, Staff, At(PassedOn));
        if (status == LegislationStatus.Passed) return record;
        record.SubmitForApproval(Staff, SubmittedAt);
        if (status == LegislationStatus.AwaitingApproval) return record;
        record.Approve(new ApprovalDraft(ApprovedOn, "关于批准《示例市城市供水条例》的决定"), Staff, At(ApprovedOn));
        if (status == LegislationStatus.Approved) return record;
        record.Promulgate(Promulgation(), RegulationId, Staff, At(PromulgatedOn));
        return record;
    }

    // ---------------------------------------------------------------- plans

    public static PlanItemDraft Item(string title = "示例市城市供水条例", PlanItemKind kind = PlanItemKind.Deliberation, int? amendmentId = null) =>
        new(kind, kind == PlanItemKind.Research ? LegislationKind.Research : LegislationKind.Enact, title,
            kind == PlanItemKind.Deliberation ? "市城市管理局" : null, 2, 4, null, null, [11, 12], amendmentId);

    public static LegislationPlan NewPlan(LegislationPlanKind kind = LegislationPlanKind.Annual, int year = 2026) =>
        LegislationPlan.Draft(new LegislationPlanDraft(kind, year, kind == LegislationPlanKind.Annual ? $"{year}年度立法计划" : $"{year}—{year + 4}年立法规划", null), Staff, At(2026, 1, 5));

    public static LegislationPlanAdoption Adoption(DateOnly? on = null, string? summary = null) => new(on ?? new DateOnly(2026, 1, 20), 1, summary);

    /// <summary>A plan with one item, in <paramref name="status"/>.</summary>
    public static LegislationPlan PlanIn(LegislationPlanStatus status)
    {
        var plan = NewPlan();
        plan.AddItem(Item(), Staff, At(2026, 1, 6));
        if (status == LegislationPlanStatus.Draft) return plan;
        plan.Adopt(Adoption(), Staff, At(2026, 1, 20));
        if (status == LegislationPlanStatus.Published) plan.Publish(Staff, At(2026, 1, 21));
        return plan;
    }

    // ---------------------------------------------------------------- the library

    public static RegulationVersionDraft VersionDraft(
        LegislationKind kind = LegislationKind.Enact, string number = "公告第1号", DateOnly? promulgated = null, DateOnly? effective = null, string title = "示例市城市供水条例") =>
        new(title, kind, number, null, null, promulgated ?? new DateOnly(2020, 3, 1), effective ?? new DateOnly(2020, 5, 1), kind == LegislationKind.Enact ? null : "修改第二条");

    public static Regulation NewRegulation(DateOnly? promulgated = null, DateOnly? effective = null) =>
        Regulation.Create(LegislativeField.UrbanRural, VersionDraft(promulgated: promulgated, effective: effective), Text(), null, Staff, Now);

    public static Regulation Published(DateOnly? promulgated = null, DateOnly? effective = null)
    {
        var regulation = NewRegulation(promulgated, effective);
        regulation.Publish(Staff, Now);
        return regulation;
    }

    public static RegulationVersionDraft Amendment(string number = "公告第7号", DateOnly? promulgated = null, DateOnly? effective = null) =>
        VersionDraft(LegislationKind.Amend, number, promulgated ?? new DateOnly(2024, 6, 1), effective ?? new DateOnly(2024, 7, 1));

    public static RepealDraft Repeal(DateOnly? promulgated = null, DateOnly? repealedOn = null) =>
        new("公告第20号", promulgated ?? new DateOnly(2026, 6, 1), repealedOn ?? new DateOnly(2026, 7, 1), "上位法已作规定");

    /// <summary>A regulation in <paramref name="state"/>; published with a second version still pending when <paramref name="pending"/>.</summary>
    public static Regulation RegulationIn(RegulationState state, bool pending = false)
    {
        var regulation = NewRegulation();
        if (state == RegulationState.Draft) return regulation;
        regulation.Publish(Staff, Now);
        if (state == RegulationState.Repealed) regulation.Repeal(Repeal(), null, Staff, Now);
        else if (pending) regulation.AddVersion(Amendment(), Text(variant: "和二次供水"), null, Staff, Now);
        return regulation;
    }

    // ---------------------------------------------------------------- filing review

    /// <summary>National Day 2026: 1–7 October off, Saturday 10 October worked instead.</summary>
    public static WorkingDayCalendar NationalDay { get; } = new(
        Enumerable.Range(1, 7).Select(day => new DateOnly(2026, 10, day)), [new DateOnly(2026, 10, 10)]);

    public static WorkingDayCalendar Weekdays => WorkingDayCalendar.WeekdaysOnly;

    public static FilingDraft Filing(DateOnly? published = null, FilingBody body = FilingBody.Government, NormativeDocumentKind kind = NormativeDocumentKind.AdministrativeNormative) =>
        new(body, kind, "示例市城市供水价格管理办法", "示政规〔2026〕3号", published ?? new DateOnly(2026, 6, 1), null);

    public static NormativeDocumentFiling Register(DateTimeOffset? now = null, DateOnly? published = null, WorkingDayCalendar? calendar = null) =>
        NormativeDocumentFiling.Register(Filing(published), Staff, now ?? Now, calendar ?? Weekdays);

    public static NormativeDocumentFiling FilingIn(FilingStatus status)
    {
        var filing = Register();
        switch (status)
        {
            case FilingStatus.Returned:
                filing.ReturnForCompletion("缺少起草说明", Staff, Now);
                break;
            case FilingStatus.UnderReview:
                filing.CheckFormat(Staff, Now);
                break;
            case FilingStatus.CorrectionRequested:
                filing.CheckFormat(Staff, Now);
                filing.RequestCorrection("第五条与上位法不一致", Staff, Now, Weekdays);
                break;
            case FilingStatus.Closed:
                filing.CheckFormat(Staff, Now);
                filing.ConcludeReview(new FilingConclusion(FilingReviewResult.NoProblem, "未发现问题"), Staff, Now);
                break;
        }
        return filing;
    }

    // ---------------------------------------------------------------- review requests

    public static ReviewRequestDraft Request(string contact = "13800138000", string reasons = "该办法第五条设定的收费项目没有法律依据。") =>
        new("示例市城市供水价格管理办法", null, reasons, "张三", contact);

    public static ReviewRequest Submitted() => ReviewRequest.Submit(Request(), "ABCDEFGHJKMN", Now);

    public static ReviewRequest RequestIn(ReviewRequestStatus status)
    {
        var request = Submitted();
        if (status != ReviewRequestStatus.Received) request.Accept(null, Staff, Now);
        if (status == ReviewRequestStatus.Answered) request.Answer(new ReviewAnswer(ReviewRequestResult.NoProblem, "经审查，未发现问题。"), Staff, Now);
        return request;
    }
}
